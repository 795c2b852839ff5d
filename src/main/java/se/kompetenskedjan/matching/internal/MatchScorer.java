package se.kompetenskedjan.matching.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import se.kompetenskedjan.matching.Criterion;
import se.kompetenskedjan.matching.HardRequirement;
import se.kompetenskedjan.matching.TravelMode;

/**
 * Scores, explains and ranks pairs of a participant and a placement, in memory (no Spring, no database).
 *
 * <h2>Hard requirements</h2>
 * A pair is eligible when each of these is met or waived for the pair by a coordinator:
 * <ul>
 * <li>{@code SWEDISH_LEVEL}: the participant's Swedish level (rank 0–7) is at least the placement's minimum;</li>
 * <li>{@code DRIVING_LICENCE}: the participant holds every licence category the placement requires;</li>
 * <li>{@code CYCLING}: the placement does not require cycling, or the participant can cycle;</li>
 * <li>{@code TRAVEL_TIME}: the estimated journey is at most the participant's longest travel time; met (and
 * explained as unknown) when the participant's home or the placement's location is unknown.</li>
 * </ul>
 *
 * <h2>Travel time estimate</h2>
 * The road distance is taken as 1.3 × the great-circle distance (haversine) between home and placement. Minutes =
 * waiting + road km / speed, rounded up to whole minutes, with: walking 5 km/h; bicycle 15 km/h; public transport
 * 25 km/h plus 10 minutes of waiting; car 45 km/h plus 5 minutes (parking). A rough estimate that needs no routing
 * service; the coordinator sees the minutes and the km and can waive the requirement.
 *
 * <h2>Score</h2>
 * Each {@link Criterion} gives weight × fraction points; the score is the sum rounded to a whole number (0–100).
 * <ul>
 * <li>{@code GAP_COVERAGE} (35): of the level steps the participant's plan still lacks (the gaps' distances), the
 * share in items the placement trains (the item is one of its targets). No gaps known: 0.5, neutral.</li>
 * <li>{@code READINESS} (25): the mean over the placement's targets of min(level / target, 1); a level not mapped
 * counts as 0, a target of 0 as met. No targets: 1.</li>
 * <li>{@code INTEREST} (15): the longest common SSYK prefix of the placement's occupation and one of the
 * participant's interests: 4 digits 1, 3 digits 0.75, 2 digits 0.5, 1 digit 0.25, none 0. No interests or no
 * occupation on the placement: 0.5, neutral.</li>
 * <li>{@code TRAVEL} (15): 1 up to 15 minutes, then falling linearly to 0 at the participant's longest travel time
 * (1 − (minutes − 15) / (max(longest, 16) − 15), at least 0). Unknown: 0.5, neutral.</li>
 * <li>{@code SCHEDULE} (10): 1 − the share of the placement's weekly minutes that clash with the participant's
 * courses (each working slot counts at most its own length). No schedule: 1.</li>
 * </ul>
 * Every sum inside a fraction is exact (whole numbers, or fixed point for readiness), so a score does not depend on
 * the iteration order of the maps and is the same on every node.
 *
 * <h2>Ranking</h2>
 * {@link #quickScore} computes the same score without explanations and answers -1 as soon as a hard requirement
 * fails (a far placement is ruled out by its north-south distance before any trigonometry). The rankings keep only
 * the best {@code limit} eligible pairs in a bounded heap, order them by score descending and then id ascending
 * ({@link UUID#compareTo}), and explain only those.
 */
final class MatchScorer {

    static final double ROAD_FACTOR = 1.3;
    /** Up to this many minutes a journey counts as fully convenient. */
    static final int SHORT_JOURNEY_MINUTES = 15;
    static final double NEUTRAL = 0.5;
    /** Travel minutes when home or location is unknown. */
    static final int UNKNOWN = -1;

    private static final long FIXED_POINT = 1_000_000_000L;

    private MatchScorer() {
    }

    // ------------------------------------------------------------------------------------------ travel estimate

    static double speedKmh(TravelMode mode) {
        return switch (mode) {
            case WALK -> 5;
            case BICYCLE -> 15;
            case PUBLIC_TRANSPORT -> 25;
            case CAR -> 45;
        };
    }

    static int waitingMinutes(TravelMode mode) {
        return switch (mode) {
            case WALK, BICYCLE -> 0;
            case PUBLIC_TRANSPORT -> 10;
            case CAR -> 5;
        };
    }

    /**
     * Estimated door-to-door minutes for a great-circle distance (see the class comment). The rounding up ignores
     * a billionth of a minute, so that 10 km by bicycle is 52 minutes and not 53 because 1.3 × 10 is not exact in
     * binary.
     */
    static int travelMinutes(double greatCircleKm, TravelMode mode) {
        return (int) Math.ceil(waitingMinutes(mode) + ROAD_FACTOR * greatCircleKm / speedKmh(mode) * 60 - 1e-9);
    }

    /** Estimated minutes from the participant's home to the placement, or {@link #UNKNOWN}. */
    static int travelMinutes(CandidateFacts c, PlacementFacts p) {
        if (c.home() == null || p.location() == null) {
            return UNKNOWN;
        }
        return travelMinutes(c.home().kmTo(p.location()), c.travelMode());
    }

    /**
     * True when even the north-south distance alone takes longer than the participant's longest travel time, so the
     * exact estimate would too (it is never shorter). Both points known.
     */
    private static boolean surelyTooFar(CandidateFacts c, PlacementFacts p) {
        TravelMode mode = c.travelMode();
        double lowerBound = waitingMinutes(mode) + ROAD_FACTOR * c.home().kmNorthSouthTo(p.location())
                / speedKmh(mode) * 60;
        return lowerBound > c.maxTravelMinutes() + 1e-6;
    }

    // --------------------------------------------------------------------------------------------- fractions

    static double gapCoverage(CandidateFacts c, PlacementFacts p) {
        long total = 0;
        long covered = 0;
        Map<UUID, Integer> targets = p.itemTargets();
        for (Map.Entry<UUID, Integer> gap : c.gaps().entrySet()) {
            int distance = gap.getValue();
            if (distance > 0) {
                total += distance;
                if (targets.containsKey(gap.getKey())) {
                    covered += distance;
                }
            }
        }
        return total == 0 ? NEUTRAL : (double) covered / total;
    }

    static double readiness(CandidateFacts c, PlacementFacts p) {
        Map<UUID, Integer> targets = p.itemTargets();
        if (targets.isEmpty()) {
            return 1.0;
        }
        // Fixed point, so that the sum is exact whatever order the map iterates in.
        long sum = 0;
        Map<UUID, Integer> levels = c.levels();
        for (Map.Entry<UUID, Integer> item : targets.entrySet()) {
            sum += itemReadiness(levels.get(item.getKey()), item.getValue());
        }
        return (double) sum / (FIXED_POINT * targets.size());
    }

    /** min(level / target, 1) in units of 1 / {@link #FIXED_POINT}. */
    private static long itemReadiness(Integer level, int target) {
        if (target <= 0) {
            return FIXED_POINT;
        }
        int held = level == null ? 0 : Math.max(0, Math.min(level, target));
        return Math.round((double) held / target * FIXED_POINT);
    }

    static double interest(CandidateFacts c, PlacementFacts p) {
        if (p.ssykCode() == null || c.interests().isEmpty()) {
            return NEUTRAL;
        }
        return bestInterestDigits(c, p) / 4.0;
    }

    /** Length (0–4) of the longest common prefix of the placement's SSYK code and one of the interests. */
    private static int bestInterestDigits(CandidateFacts c, PlacementFacts p) {
        String code = p.ssykCode();
        int best = 0;
        for (String interest : c.interests()) {
            int n = Math.min(4, Math.min(code.length(), interest.length()));
            int common = 0;
            while (common < n && code.charAt(common) == interest.charAt(common)) {
                common++;
            }
            best = Math.max(best, common);
        }
        return best;
    }

    static double travel(int minutes, int maxTravelMinutes) {
        if (minutes == UNKNOWN) {
            return NEUTRAL;
        }
        if (minutes <= SHORT_JOURNEY_MINUTES) {
            return 1.0;
        }
        double span = Math.max(maxTravelMinutes, SHORT_JOURNEY_MINUTES + 1) - SHORT_JOURNEY_MINUTES;
        return Math.max(0, 1 - (minutes - SHORT_JOURNEY_MINUTES) / span);
    }

    static double schedule(CandidateFacts c, PlacementFacts p) {
        List<WeeklySlot> slots = p.schedule();
        if (slots.isEmpty()) {
            return 1.0;
        }
        int scheduled = scheduledMinutes(p);
        return scheduled == 0 ? 1.0 : 1 - (double) clashMinutes(c, p) / scheduled;
    }

    private static int scheduledMinutes(PlacementFacts p) {
        int minutes = 0;
        for (WeeklySlot slot : p.schedule()) {
            minutes += slot.minutes();
        }
        return minutes;
    }

    /** Working minutes that clash with the participant's courses; each working slot counts at most its length. */
    private static int clashMinutes(CandidateFacts c, PlacementFacts p) {
        List<WeeklySlot> busy = c.busy();
        if (busy.isEmpty()) {
            return 0;
        }
        int clash = 0;
        for (WeeklySlot slot : p.schedule()) {
            int overlap = 0;
            for (WeeklySlot course : busy) {
                overlap += slot.overlapMinutes(course);
            }
            clash += Math.min(overlap, slot.minutes());
        }
        return clash;
    }

    // ----------------------------------------------------------------------------------------- quick score

    /**
     * The score of {@link #explain} without building any explanation, or -1 when a hard requirement is neither met
     * nor waived.
     */
    static int quickScore(CandidateFacts c, PlacementFacts p, Set<HardRequirement> waived) {
        if (c.swedishRank() < p.minSwedishRank() && !waived.contains(HardRequirement.SWEDISH_LEVEL)) {
            return -1;
        }
        if (!p.requiredLicences().isEmpty() && !c.drivingLicences().containsAll(p.requiredLicences())
                && !waived.contains(HardRequirement.DRIVING_LICENCE)) {
            return -1;
        }
        if (p.requiresCycling() && !c.canCycle() && !waived.contains(HardRequirement.CYCLING)) {
            return -1;
        }
        int minutes = UNKNOWN;
        if (c.home() != null && p.location() != null) {
            boolean travelWaived = waived.contains(HardRequirement.TRAVEL_TIME);
            if (!travelWaived && surelyTooFar(c, p)) {
                return -1;
            }
            minutes = travelMinutes(c.home().kmTo(p.location()), c.travelMode());
            if (minutes > c.maxTravelMinutes() && !travelWaived) {
                return -1;
            }
        }
        double sum = 0;
        sum += Criterion.GAP_COVERAGE.weight() * gapCoverage(c, p);
        sum += Criterion.READINESS.weight() * readiness(c, p);
        sum += Criterion.INTEREST.weight() * interest(c, p);
        sum += Criterion.TRAVEL.weight() * travel(minutes, c.maxTravelMinutes());
        sum += Criterion.SCHEDULE.weight() * schedule(c, p);
        return (int) Math.round(sum);
    }

    // ------------------------------------------------------------------------------------------- explanation

    /** Every hard check and every criterion of the pair, with messages that say what was compared. */
    static MatchResult explain(CandidateFacts c, PlacementFacts p, Set<HardRequirement> waived) {
        int minutes = travelMinutes(c, p);
        List<HardCheck> checks = List.of(
                swedishCheck(c, p, waived.contains(HardRequirement.SWEDISH_LEVEL)),
                licenceCheck(c, p, waived.contains(HardRequirement.DRIVING_LICENCE)),
                cyclingCheck(c, p, waived.contains(HardRequirement.CYCLING)),
                travelCheck(c, p, minutes, waived.contains(HardRequirement.TRAVEL_TIME)));
        List<CriterionScore> criteria = List.of(
                gapScore(c, p), readinessScore(c, p), interestScore(c, p), travelScore(c, p, minutes),
                scheduleScore(c, p));
        boolean eligible = checks.stream().allMatch(HardCheck::passes);
        double sum = 0;
        for (CriterionScore criterion : criteria) {
            sum += criterion.points();
        }
        return new MatchResult(c.participantId(), p.placementId(), eligible, (int) Math.round(sum), checks, criteria);
    }

    private static HardCheck swedishCheck(CandidateFacts c, PlacementFacts p, boolean waived) {
        boolean met = c.swedishRank() >= p.minSwedishRank();
        if (p.minSwedishRank() <= 0) {
            return new HardCheck(HardRequirement.SWEDISH_LEVEL, met, waived, "match.hard.swedish.notRequired",
                    List.of());
        }
        return new HardCheck(HardRequirement.SWEDISH_LEVEL, met, waived,
                met ? "match.hard.swedish.met" : "match.hard.swedish.notMet",
                List.of(c.swedishRank(), p.minSwedishRank()));
    }

    private static HardCheck licenceCheck(CandidateFacts c, PlacementFacts p, boolean waived) {
        Set<String> required = p.requiredLicences();
        if (required.isEmpty()) {
            return new HardCheck(HardRequirement.DRIVING_LICENCE, true, waived, "match.hard.licence.notRequired",
                    List.of());
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(c.drivingLicences());
        String requiredText = String.join(", ", new TreeSet<>(required));
        if (missing.isEmpty()) {
            return new HardCheck(HardRequirement.DRIVING_LICENCE, true, waived, "match.hard.licence.met",
                    List.of(requiredText));
        }
        return new HardCheck(HardRequirement.DRIVING_LICENCE, false, waived, "match.hard.licence.notMet",
                List.of(String.join(", ", missing), requiredText));
    }

    private static HardCheck cyclingCheck(CandidateFacts c, PlacementFacts p, boolean waived) {
        if (!p.requiresCycling()) {
            return new HardCheck(HardRequirement.CYCLING, true, waived, "match.hard.cycling.notRequired", List.of());
        }
        return new HardCheck(HardRequirement.CYCLING, c.canCycle(), waived,
                c.canCycle() ? "match.hard.cycling.met" : "match.hard.cycling.notMet", List.of());
    }

    private static HardCheck travelCheck(CandidateFacts c, PlacementFacts p, int minutes, boolean waived) {
        if (minutes == UNKNOWN) {
            return new HardCheck(HardRequirement.TRAVEL_TIME, true, waived,
                    c.home() == null ? "match.hard.travel.unknownHome" : "match.hard.travel.unknownPlace",
                    List.of(c.maxTravelMinutes()));
        }
        boolean met = minutes <= c.maxTravelMinutes();
        return new HardCheck(HardRequirement.TRAVEL_TIME, met, waived,
                met ? "match.hard.travel.met" : "match.hard.travel.notMet",
                List.of(minutes, c.maxTravelMinutes(), roundedKm(c, p), c.travelMode().ordinal()));
    }

    private static CriterionScore gapScore(CandidateFacts c, PlacementFacts p) {
        double fraction = gapCoverage(c, p);
        int items = 0;
        int coveredItems = 0;
        long steps = 0;
        long coveredSteps = 0;
        for (Map.Entry<UUID, Integer> gap : c.gaps().entrySet()) {
            if (gap.getValue() > 0) {
                items++;
                steps += gap.getValue();
                if (p.itemTargets().containsKey(gap.getKey())) {
                    coveredItems++;
                    coveredSteps += gap.getValue();
                }
            }
        }
        if (items == 0) {
            return score(Criterion.GAP_COVERAGE, fraction, "match.gap.unknown", List.of());
        }
        return score(Criterion.GAP_COVERAGE, fraction, "match.gap.covers",
                List.of(coveredItems, items, coveredSteps, steps));
    }

    private static CriterionScore readinessScore(CandidateFacts c, PlacementFacts p) {
        double fraction = readiness(c, p);
        if (p.itemTargets().isEmpty()) {
            return score(Criterion.READINESS, fraction, "match.readiness.noRequirements", List.of());
        }
        int reached = 0;
        int stepsLeft = 0;
        for (Map.Entry<UUID, Integer> item : p.itemTargets().entrySet()) {
            Integer level = c.levels().get(item.getKey());
            int held = level == null ? 0 : level;
            if (held >= item.getValue()) {
                reached++;
            } else {
                stepsLeft += item.getValue() - Math.max(0, held);
            }
        }
        return score(Criterion.READINESS, fraction, "match.readiness.levels",
                List.of(reached, p.itemTargets().size(), stepsLeft));
    }

    private static CriterionScore interestScore(CandidateFacts c, PlacementFacts p) {
        double fraction = interest(c, p);
        if (p.ssykCode() == null) {
            return score(Criterion.INTEREST, fraction, "match.interest.noOccupation", List.of());
        }
        if (c.interests().isEmpty()) {
            return score(Criterion.INTEREST, fraction, "match.interest.noInterests", List.of());
        }
        int digits = bestInterestDigits(c, p);
        if (digits == 4) {
            return score(Criterion.INTEREST, fraction, "match.interest.exact", List.of(p.ssykCode()));
        }
        if (digits == 0) {
            return score(Criterion.INTEREST, fraction, "match.interest.none", List.of(p.ssykCode()));
        }
        return score(Criterion.INTEREST, fraction, "match.interest.sameGroup",
                List.of(p.ssykCode(), p.ssykCode().substring(0, digits), digits));
    }

    private static CriterionScore travelScore(CandidateFacts c, PlacementFacts p, int minutes) {
        double fraction = travel(minutes, c.maxTravelMinutes());
        if (minutes == UNKNOWN) {
            return score(Criterion.TRAVEL, fraction, "match.travel.unknown", List.of());
        }
        int mode = c.travelMode().ordinal();
        if (minutes <= SHORT_JOURNEY_MINUTES) {
            return score(Criterion.TRAVEL, fraction, "match.travel.short", List.of(minutes, roundedKm(c, p), mode));
        }
        return score(Criterion.TRAVEL, fraction, "match.travel.minutes",
                List.of(minutes, c.maxTravelMinutes(), roundedKm(c, p), mode));
    }

    private static CriterionScore scheduleScore(CandidateFacts c, PlacementFacts p) {
        double fraction = schedule(c, p);
        int scheduled = scheduledMinutes(p);
        if (scheduled == 0) {
            return score(Criterion.SCHEDULE, fraction, "match.schedule.noSchedule", List.of());
        }
        double hours = Math.round(scheduled / 6.0) / 10.0;
        int clash = clashMinutes(c, p);
        if (clash == 0) {
            return score(Criterion.SCHEDULE, fraction, "match.schedule.free", List.of(hours));
        }
        return score(Criterion.SCHEDULE, fraction, "match.schedule.clash",
                List.of(clash, hours, firstClashDay(c, p).getValue()));
    }

    private static DayOfWeek firstClashDay(CandidateFacts c, PlacementFacts p) {
        DayOfWeek first = null;
        for (WeeklySlot slot : p.schedule()) {
            for (WeeklySlot course : c.busy()) {
                if (slot.overlapMinutes(course) > 0 && (first == null || slot.day().compareTo(first) < 0)) {
                    first = slot.day();
                }
            }
        }
        return first;
    }

    private static CriterionScore score(Criterion criterion, double fraction, String key, List<Object> args) {
        return new CriterionScore(criterion, fraction, criterion.weight() * fraction, key, args);
    }

    /** Great-circle km with one decimal, for messages. */
    private static double roundedKm(CandidateFacts c, PlacementFacts p) {
        return Math.round(c.home().kmTo(p.location()) * 10) / 10.0;
    }

    // ------------------------------------------------------------------------------------------------ ranking

    /** The best eligible placements for one participant (see the class comment). */
    static Ranking rankPlacements(CandidateFacts c, List<PlacementFacts> placements,
            Map<UUID, Set<HardRequirement>> waiversByPlacement, int limit) {
        Map<UUID, Set<HardRequirement>> waivers = waiversByPlacement == null ? Map.of() : waiversByPlacement;
        TopN top = new TopN(limit);
        int eligible = 0;
        for (int i = 0; i < placements.size(); i++) {
            PlacementFacts p = placements.get(i);
            int score = quickScore(c, p, waiversFor(waivers, p.placementId()));
            if (score >= 0) {
                eligible++;
                top.offer(score, p.placementId(), i);
            }
        }
        List<MatchResult> results = new ArrayList<>();
        for (int i : top.indexesInOrder()) {
            PlacementFacts p = placements.get(i);
            results.add(explain(c, p, waiversFor(waivers, p.placementId())));
        }
        return new Ranking(results, eligible, placements.size());
    }

    /** The best eligible participants for one placement (see the class comment). */
    static Ranking rankCandidates(PlacementFacts p, List<CandidateFacts> candidates,
            Map<UUID, Set<HardRequirement>> waiversByParticipant, int limit) {
        Map<UUID, Set<HardRequirement>> waivers = waiversByParticipant == null ? Map.of() : waiversByParticipant;
        TopN top = new TopN(limit);
        int eligible = 0;
        for (int i = 0; i < candidates.size(); i++) {
            CandidateFacts c = candidates.get(i);
            int score = quickScore(c, p, waiversFor(waivers, c.participantId()));
            if (score >= 0) {
                eligible++;
                top.offer(score, c.participantId(), i);
            }
        }
        List<MatchResult> results = new ArrayList<>();
        for (int i : top.indexesInOrder()) {
            CandidateFacts c = candidates.get(i);
            results.add(explain(c, p, waiversFor(waivers, c.participantId())));
        }
        return new Ranking(results, eligible, candidates.size());
    }

    private static Set<HardRequirement> waiversFor(Map<UUID, Set<HardRequirement>> waivers, UUID id) {
        if (waivers.isEmpty()) {
            return Set.of();
        }
        Set<HardRequirement> waived = waivers.get(id);
        return waived == null ? Set.of() : waived;
    }

    /**
     * The best {@code limit} entries by (score descending, id ascending), kept in a binary heap whose root is the
     * worst kept entry, so that n offers cost O(n log limit) and nothing else is sorted.
     */
    static final class TopN {

        private final int limit;
        private int[] scores;
        private UUID[] ids;
        private int[] indexes;
        private int size;

        TopN(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit < 0");
            }
            this.limit = limit;
            int capacity = Math.min(limit, 1024);
            this.scores = new int[capacity];
            this.ids = new UUID[capacity];
            this.indexes = new int[capacity];
        }

        void offer(int score, UUID id, int index) {
            if (limit == 0) {
                return;
            }
            if (size < limit) {
                if (size == scores.length) {
                    int capacity = (int) Math.min(limit, 2L * size);
                    scores = Arrays.copyOf(scores, capacity);
                    ids = Arrays.copyOf(ids, capacity);
                    indexes = Arrays.copyOf(indexes, capacity);
                }
                set(size, score, id, index);
                siftUp(size++);
            } else if (worse(scores[0], ids[0], score, id)) {
                set(0, score, id, index);
                siftDown(0);
            }
        }

        /** Indexes of the kept entries, best first. */
        int[] indexesInOrder() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Integer.compare(scores[b], scores[a])
                    : ids[a].compareTo(ids[b]));
            int[] result = new int[size];
            for (int i = 0; i < size; i++) {
                result[i] = indexes[order[i]];
            }
            return result;
        }

        /** True when entry (s1, id1) ranks below (s2, id2). */
        private static boolean worse(int s1, UUID id1, int s2, UUID id2) {
            return s1 != s2 ? s1 < s2 : id1.compareTo(id2) > 0;
        }

        private boolean worseAt(int i, int j) {
            return worse(scores[i], ids[i], scores[j], ids[j]);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worseAt(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int worst = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < size && worseAt(left, worst)) {
                    worst = left;
                }
                if (right < size && worseAt(right, worst)) {
                    worst = right;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void set(int i, int score, UUID id, int index) {
            scores[i] = score;
            ids[i] = id;
            indexes[i] = index;
        }

        private void swap(int i, int j) {
            int s = scores[i];
            UUID id = ids[i];
            int x = indexes[i];
            set(i, scores[j], ids[j], indexes[j]);
            set(j, s, id, x);
        }
    }
}
