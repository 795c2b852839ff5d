package se.kompetenskedjan.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.matching.HardRequirement;
import se.kompetenskedjan.matching.TravelMode;

/**
 * Object mother for matching facts: {@code Facts.aCandidate().swedish(4).licences("B").build()}. Defaults describe a
 * participant and a place that meet every hard requirement and about whom nothing else is known.
 */
final class Facts {

    static final GeoPoint GOTHENBURG = new GeoPoint(57.7089, 11.9746);

    private static long nextId = 1;

    private Facts() {
    }

    static CandidateBuilder aCandidate() {
        return new CandidateBuilder();
    }

    static PlacementBuilder aPlacement() {
        return new PlacementBuilder();
    }

    /** A readable, stable id: 00000000-0000-0000-0000-00000000000n. */
    static UUID id(long n) {
        return new UUID(0, n);
    }

    /** A requirement item key. */
    static UUID item(int n) {
        return new UUID(1, n);
    }

    static WeeklySlot slot(DayOfWeek day, String from, String to) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    /** A point straight north of Gothenburg, {@code km} great-circle km away. */
    static GeoPoint northOfGothenburg(double km) {
        return new GeoPoint(GOTHENBURG.lat() + Math.toDegrees(km / GeoPoint.EARTH_RADIUS_KM), GOTHENBURG.lon());
    }

    private static synchronized UUID newId() {
        return id(nextId++);
    }

    static final class CandidateBuilder {
        private UUID id = newId();
        private int swedish = 7;
        private final Set<String> licences = new HashSet<>();
        private boolean canCycle = true;
        private GeoPoint home;
        private TravelMode mode = TravelMode.PUBLIC_TRANSPORT;
        private int maxMinutes = 60;
        private final Map<UUID, Integer> levels = new HashMap<>();
        private final Map<UUID, Integer> gaps = new HashMap<>();
        private final Set<String> interests = new HashSet<>();
        private final List<WeeklySlot> busy = new ArrayList<>();

        CandidateBuilder id(UUID value) {
            id = value;
            return this;
        }

        CandidateBuilder swedish(int rank) {
            swedish = rank;
            return this;
        }

        CandidateBuilder licences(String... categories) {
            licences.addAll(List.of(categories));
            return this;
        }

        CandidateBuilder canCycle(boolean value) {
            canCycle = value;
            return this;
        }

        CandidateBuilder home(GeoPoint value) {
            home = value;
            return this;
        }

        CandidateBuilder travels(TravelMode value, int maxTravelMinutes) {
            mode = value;
            maxMinutes = maxTravelMinutes;
            return this;
        }

        CandidateBuilder level(UUID item, int level) {
            levels.put(item, level);
            return this;
        }

        CandidateBuilder gap(UUID item, int distance) {
            gaps.put(item, distance);
            return this;
        }

        CandidateBuilder interests(String... ssykCodes) {
            interests.addAll(List.of(ssykCodes));
            return this;
        }

        CandidateBuilder busy(WeeklySlot... slots) {
            busy.addAll(List.of(slots));
            return this;
        }

        CandidateFacts build() {
            return new CandidateFacts(id, swedish, licences, canCycle, home, mode, maxMinutes, levels, gaps, interests,
                    busy);
        }
    }

    static final class PlacementBuilder {
        private UUID id = newId();
        private int minSwedish;
        private final Set<String> licences = new HashSet<>();
        private boolean cycling;
        private GeoPoint location;
        private String ssyk;
        private final Map<UUID, Integer> targets = new HashMap<>();
        private final List<WeeklySlot> schedule = new ArrayList<>();

        PlacementBuilder id(UUID value) {
            id = value;
            return this;
        }

        PlacementBuilder minSwedish(int rank) {
            minSwedish = rank;
            return this;
        }

        PlacementBuilder licences(String... categories) {
            licences.addAll(List.of(categories));
            return this;
        }

        PlacementBuilder requiresCycling() {
            cycling = true;
            return this;
        }

        PlacementBuilder at(GeoPoint value) {
            location = value;
            return this;
        }

        PlacementBuilder ssyk(String code) {
            ssyk = code;
            return this;
        }

        PlacementBuilder target(UUID item, int level) {
            targets.put(item, level);
            return this;
        }

        PlacementBuilder schedule(WeeklySlot... slots) {
            schedule.addAll(List.of(slots));
            return this;
        }

        PlacementFacts build() {
            return new PlacementFacts(id, minSwedish, licences, cycling, location, ssyk, targets, schedule);
        }
    }

    // ------------------------------------------------------------------------- random facts for property tests

    private static final String[] LICENCES = {"AM", "A", "B", "BE", "C", "CE"};
    private static final String[] SSYK = {"5321", "5322", "5329", "5311", "5120", "5111", "9111", "9412", "2341",
        "4222"};

    /** A participant with everything varied, unknowns included, over a small area and a small set of items. */
    static CandidateFacts randomCandidate(Random random) {
        CandidateBuilder b = aCandidate().id(new UUID(random.nextLong(), random.nextLong()))
                .swedish(random.nextInt(8)).canCycle(random.nextInt(4) > 0)
                .travels(TravelMode.values()[random.nextInt(4)], random.nextInt(5) == 0 ? random.nextInt(20)
                        : 10 + random.nextInt(80));
        for (String licence : LICENCES) {
            if (random.nextInt(4) == 0) {
                b.licences(licence);
            }
        }
        if (random.nextInt(10) > 0) {
            b.home(randomPoint(random));
        }
        for (int item = 0; item < 20; item++) {
            if (random.nextInt(3) == 0) {
                b.level(item(item), random.nextInt(4));
            }
            if (random.nextInt(4) == 0) {
                b.gap(item(item), random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3));
            }
        }
        int interests = random.nextInt(4);
        for (int i = 0; i < interests; i++) {
            String code = SSYK[random.nextInt(SSYK.length)];
            b.interests(code.substring(0, 1 + random.nextInt(4)));
        }
        if (random.nextBoolean()) {
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
            b.busy(slot(day, "08:30", "11:45"));
            if (random.nextBoolean()) {
                b.busy(slot(day, "10:00", "12:00"));
            }
        }
        return b.build();
    }

    /** A placement with everything varied, unknowns included. */
    static PlacementFacts randomPlacement(Random random) {
        PlacementBuilder b = aPlacement().id(new UUID(random.nextLong(), random.nextLong()))
                .minSwedish(random.nextInt(3) == 0 ? 0 : random.nextInt(8));
        if (random.nextInt(5) == 0) {
            b.licences(LICENCES[random.nextInt(LICENCES.length)]);
        }
        if (random.nextInt(8) == 0) {
            b.requiresCycling();
        }
        if (random.nextInt(10) > 0) {
            b.at(randomPoint(random));
        }
        if (random.nextInt(8) > 0) {
            b.ssyk(SSYK[random.nextInt(SSYK.length)]);
        }
        int items = random.nextInt(8);
        for (int i = 0; i < items; i++) {
            b.target(item(random.nextInt(20)), random.nextInt(4));
        }
        int days = random.nextInt(6);
        for (int day = 1; day <= days; day++) {
            b.schedule(slot(DayOfWeek.of(day), random.nextBoolean() ? "08:00" : "10:30",
                    random.nextBoolean() ? "12:00" : "16:30"));
        }
        return b.build();
    }

    static Set<HardRequirement> randomWaivers(Random random) {
        Set<HardRequirement> waived = EnumSet.noneOf(HardRequirement.class);
        for (HardRequirement requirement : HardRequirement.values()) {
            if (random.nextInt(6) == 0) {
                waived.add(requirement);
            }
        }
        return waived;
    }

    /** Somewhere within about 40 km of Gothenburg. */
    private static GeoPoint randomPoint(Random random) {
        return new GeoPoint(GOTHENBURG.lat() + (random.nextDouble() - 0.5) * 0.7,
                GOTHENBURG.lon() + (random.nextDouble() - 0.5) * 1.2);
    }
}
