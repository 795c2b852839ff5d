package se.kompetenskedjan.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.matching.TravelMode;

/**
 * A generated region for benchmarks (fixed seed): participants and placements spread over 31 towns of western
 * Sweden (Västra Götaland, Värmland, Örebro and Jönköping, lat 57.5–59.7, lon 11.2–15.2) in proportion to their
 * population, with distributions a coordinator would recognise: Swedish levels skewed low (most in SFI), few driving
 * licences, 30–60 minutes of travel at most, mostly by bus; plans aiming at one of 7 entry occupations, each with 40
 * requirement items, with 0–15 gaps; SFI mornings as busy time; placements of those occupations with 3–10 items,
 * 1–4 seats and day, morning or afternoon hours, grouped into units of 1–5 placements with 1–2 supervisors of
 * 1–3 participants each (so supervisors, not seats, are often what runs out).
 */
final class SwedishRegion {

    /** Town, latitude, longitude, population in thousands (rounded). */
    private static final Object[][] TOWNS = {
        {"Göteborg", 57.7089, 11.9746, 600}, {"Mölndal", 57.6554, 12.0138, 70}, {"Partille", 57.7394, 12.1064, 40},
        {"Kungsbacka", 57.4872, 12.0761, 85}, {"Kungälv", 57.8706, 11.9805, 48}, {"Lerum", 57.7705, 12.2690, 44},
        {"Alingsås", 57.9303, 12.5334, 42}, {"Borås", 57.7210, 12.9401, 115}, {"Kinna", 57.5100, 12.6900, 35},
        {"Ulricehamn", 57.7916, 13.4186, 25}, {"Stenungsund", 58.0705, 11.8181, 27},
        {"Uddevalla", 58.3498, 11.9382, 57},
        {"Lysekil", 58.2743, 11.4358, 14}, {"Strömstad", 58.9365, 11.1713, 13}, {"Trollhättan", 58.2837, 12.2886, 60},
        {"Vänersborg", 58.3807, 12.3234, 40}, {"Åmål", 59.0510, 12.7036, 12}, {"Lidköping", 58.5052, 13.1577, 40},
        {"Skövde", 58.3903, 13.8461, 57}, {"Falköping", 58.1731, 13.5510, 33}, {"Mariestad", 58.7097, 13.8237, 24},
        {"Tidaholm", 58.1814, 13.9598, 13}, {"Hjo", 58.3044, 14.2863, 9}, {"Karlsborg", 58.5367, 14.5069, 7},
        {"Karlstad", 59.3793, 13.5036, 95}, {"Kristinehamn", 59.3098, 14.1081, 24}, {"Säffle", 59.1327, 12.9302, 15},
        {"Arvika", 59.6553, 12.5852, 26}, {"Örebro", 59.2753, 15.2134, 160}, {"Askersund", 58.8800, 14.9020, 11},
        {"Jönköping", 57.7826, 14.1618, 145},
    };

    /** Entry occupations (SSYK 2012): care assistant, personal assistant, kitchen assistant, cook, cleaner,
     * property caretaker, gardener. */
    static final String[] OCCUPATIONS = {"5321", "5343", "9412", "5120", "9111", "5153", "6113"};
    static final int ITEMS_PER_OCCUPATION = 40;

    /** Share of participants per Swedish rank 0 (none) … 7 (fluent): most are in SFI. */
    private static final double[] SWEDISH = {0.10, 0.12, 0.18, 0.22, 0.15, 0.10, 0.07, 0.06};
    /** Lowest Swedish rank placements accept. */
    private static final int[] MIN_SWEDISH = {0, 0, 0, 2, 2, 3, 3, 3, 4, 5};

    final List<CandidateFacts> candidates;
    final List<PlacementFacts> placements;
    /** Seats per placement, by index in {@link #placements}. */
    final int[] seats;
    /** Supervisor indices per placement: the placements of one unit share its supervisors. */
    final int[][] supervisorsOfPlacement;
    /** Slots per supervisor. */
    final int[] supervisorSlots;

    private final Random random;
    private final double[] townWeights;
    private final UUID[][] items;

    SwedishRegion(long seed, int candidateCount, int placementCount) {
        random = new Random(seed);
        townWeights = new double[TOWNS.length];
        for (int t = 0; t < TOWNS.length; t++) {
            townWeights[t] = ((Integer) TOWNS[t][3]).doubleValue();
        }
        items = new UUID[OCCUPATIONS.length][ITEMS_PER_OCCUPATION];
        for (int o = 0; o < OCCUPATIONS.length; o++) {
            for (int i = 0; i < ITEMS_PER_OCCUPATION; i++) {
                items[o][i] = new UUID(0x17E4L << 48 | o, i);
            }
        }
        candidates = new ArrayList<>(candidateCount);
        for (int c = 0; c < candidateCount; c++) {
            candidates.add(candidate());
        }
        placements = new ArrayList<>(placementCount);
        seats = new int[placementCount];
        supervisorsOfPlacement = new int[placementCount][];
        List<Integer> slots = new ArrayList<>();
        int p = 0;
        while (p < placementCount) {
            int town = pick(townWeights);
            int occupation = random.nextInt(OCCUPATIONS.length);
            int unitSize = Math.min(placementCount - p, 1 + random.nextInt(5));
            int supervisorCount = 1 + random.nextInt(2);
            int[] supervisors = new int[supervisorCount];
            for (int s = 0; s < supervisorCount; s++) {
                supervisors[s] = slots.size();
                slots.add(1 + random.nextInt(3));
            }
            GeoPoint unitSite = pointIn(town);
            for (int k = 0; k < unitSize; k++, p++) {
                placements.add(placement(occupation, random.nextInt(3) == 0 ? pointIn(town) : unitSite));
                seats[p] = 1 + random.nextInt(4);
                supervisorsOfPlacement[p] = supervisors;
            }
        }
        supervisorSlots = slots.stream().mapToInt(Integer::intValue).toArray();
    }

    private CandidateFacts candidate() {
        int swedish = pick(SWEDISH);
        Set<String> licences = new HashSet<>();
        if (random.nextDouble() < 0.20) {
            licences.add("B");
            if (random.nextDouble() < 0.15) {
                licences.add("BE");
            }
            if (random.nextDouble() < 0.10) {
                licences.add("C");
            }
        } else if (random.nextDouble() < 0.05) {
            licences.add("AM");
        }
        TravelMode mode;
        double r = random.nextDouble();
        if (licences.contains("B") && r < 0.6) {
            mode = TravelMode.CAR;
        } else if (r < 0.70) {
            mode = TravelMode.PUBLIC_TRANSPORT;
        } else if (r < 0.88) {
            mode = TravelMode.BICYCLE;
        } else {
            mode = TravelMode.WALK;
        }
        int maxMinutes = 30 + 5 * random.nextInt(7);
        GeoPoint home = random.nextDouble() < 0.02 ? null : pointIn(pick(townWeights));

        int occupation = random.nextInt(OCCUPATIONS.length);
        Map<UUID, Integer> levels = new HashMap<>();
        Map<UUID, Integer> gaps = new HashMap<>();
        boolean mapped = random.nextDouble() < 0.8;
        if (mapped) {
            int gapCount = random.nextInt(16);
            for (int i = 0; i < ITEMS_PER_OCCUPATION; i++) {
                UUID item = items[occupation][i];
                if (i < gapCount) {
                    int level = random.nextInt(3);
                    levels.put(item, level);
                    gaps.put(item, 1 + random.nextInt(3 - level));
                } else if (random.nextDouble() < 0.3) {
                    levels.put(item, 2 + random.nextInt(2));
                }
            }
            // a few levels mapped against items of another occupation (an earlier plan)
            if (random.nextDouble() < 0.3) {
                int other = random.nextInt(OCCUPATIONS.length);
                for (int i = 0; i < 5; i++) {
                    levels.putIfAbsent(items[other][random.nextInt(ITEMS_PER_OCCUPATION)], random.nextInt(4));
                }
            }
        }
        Set<String> interests = new HashSet<>();
        if (random.nextDouble() < 0.85) {
            interests.add(OCCUPATIONS[occupation]);
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                String code = OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
                interests.add(code.substring(0, 2 + random.nextInt(3)));
            }
        }
        List<WeeklySlot> busy = new ArrayList<>();
        if (swedish >= 1 && swedish <= 4 && random.nextDouble() < 0.8) {
            LocalTime from = random.nextBoolean() ? LocalTime.of(8, 30) : LocalTime.of(9, 0);
            for (int day = 1; day <= 4; day++) {
                busy.add(new WeeklySlot(DayOfWeek.of(day), from, from.plusMinutes(195)));
            }
        }
        return new CandidateFacts(new UUID(random.nextLong(), random.nextLong()), swedish, licences,
                random.nextDouble() < 0.7, home, mode, maxMinutes, levels, gaps, interests, busy);
    }

    private PlacementFacts placement(int occupation, GeoPoint location) {
        int minSwedish = MIN_SWEDISH[random.nextInt(MIN_SWEDISH.length)];
        Set<String> licences = random.nextDouble() < 0.10 ? Set.of("B") : Set.of();
        boolean cycling = OCCUPATIONS[occupation].equals("5321") && random.nextDouble() < 0.2;
        Map<UUID, Integer> targets = new HashMap<>();
        int itemCount = 3 + random.nextInt(8);
        while (targets.size() < itemCount) {
            targets.put(items[occupation][random.nextInt(ITEMS_PER_OCCUPATION)], 1 + random.nextInt(3));
        }
        List<WeeklySlot> schedule = new ArrayList<>();
        double r = random.nextDouble();
        int days = r < 0.85 ? 5 : 3;
        LocalTime from;
        LocalTime to;
        if (r < 0.40) {
            from = LocalTime.of(8, 0);
            to = LocalTime.of(16, 30);
        } else if (r < 0.60) {
            from = LocalTime.of(8, 0);
            to = LocalTime.of(12, 0);
        } else if (r < 0.85) {
            from = LocalTime.of(12, 30);
            to = LocalTime.of(16, 30);
        } else {
            from = LocalTime.of(7, 0);
            to = LocalTime.of(15, 0);
        }
        for (int day = 1; day <= days; day++) {
            schedule.add(new WeeklySlot(DayOfWeek.of(day), from, to));
        }
        return new PlacementFacts(new UUID(random.nextLong(), random.nextLong()), minSwedish, licences, cycling,
                random.nextDouble() < 0.01 ? null : location, OCCUPATIONS[occupation], targets, schedule);
    }

    /** A point around the town: normal spread of 2 km plus 0.4 km per √(thousand inhabitants). */
    private GeoPoint pointIn(int town) {
        double lat = (Double) TOWNS[town][1];
        double lon = (Double) TOWNS[town][2];
        double sdKm = 2 + 0.4 * Math.sqrt((Integer) TOWNS[town][3]);
        double dLat = random.nextGaussian() * sdKm / 111.2;
        double dLon = random.nextGaussian() * sdKm / (111.2 * Math.cos(Math.toRadians(lat)));
        return new GeoPoint(lat + dLat, lon + dLon);
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static int townCount() {
        return TOWNS.length;
    }
}
