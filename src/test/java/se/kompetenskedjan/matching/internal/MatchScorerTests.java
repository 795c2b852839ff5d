package se.kompetenskedjan.matching.internal;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.kompetenskedjan.matching.internal.Facts.aCandidate;
import static se.kompetenskedjan.matching.internal.Facts.aPlacement;
import static se.kompetenskedjan.matching.internal.Facts.id;
import static se.kompetenskedjan.matching.internal.Facts.item;
import static se.kompetenskedjan.matching.internal.Facts.northOfGothenburg;
import static se.kompetenskedjan.matching.internal.Facts.slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.kompetenskedjan.matching.Criterion;
import se.kompetenskedjan.matching.HardRequirement;
import se.kompetenskedjan.matching.TravelMode;

/** Hard checks, criteria, score, explanations and ranking of {@link MatchScorer}, without Spring. */
class MatchScorerTests {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final ResourceBundleMessageSource MESSAGES = messages();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/matching");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static String text(String key, List<Object> args, Locale locale) {
        return MESSAGES.getMessage(key, args.toArray(), locale);
    }

    static String text(HardCheck check) {
        return text(check.messageKey(), check.args(), SWEDISH);
    }

    static String text(CriterionScore score) {
        return text(score.messageKey(), score.args(), SWEDISH);
    }

    static MatchResult explain(CandidateFacts c, PlacementFacts p) {
        return MatchScorer.explain(c, p, Set.of());
    }

    static HardCheck check(MatchResult result, HardRequirement requirement) {
        return result.hardChecks().get(requirement.ordinal());
    }

    static CriterionScore criterion(MatchResult result, Criterion criterion) {
        return result.criteria().get(criterion.ordinal());
    }

    @Test
    void weightsAddUpTo100() {
        int sum = 0;
        for (Criterion criterion : Criterion.values()) {
            sum += criterion.weight();
        }
        assertThat(sum).isEqualTo(100);
    }

    @Test
    void everyCheckAndCriterionIsListedInEnumOrder() {
        MatchResult result = explain(aCandidate().build(), aPlacement().build());

        assertThat(result.hardChecks()).extracting(HardCheck::requirement).containsExactly(HardRequirement.values());
        assertThat(result.criteria()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
        assertThat(result.eligible()).isTrue();
    }

    @Nested
    class HardChecks {

        @Test
        void swedishLevelMetFailedAndWaived() {
            CandidateFacts sfiC = aCandidate().swedish(3).build();
            PlacementFacts needsSfiC = aPlacement().minSwedish(3).build();
            PlacementFacts needsSfiD = aPlacement().minSwedish(4).build();

            HardCheck met = check(explain(sfiC, needsSfiC), HardRequirement.SWEDISH_LEVEL);
            assertThat(met.met()).isTrue();
            assertThat(met.messageKey()).isEqualTo("match.hard.swedish.met");
            assertThat(text(met)).isEqualTo("Deltagaren har SFI kurs C. Platsen kräver minst SFI kurs C.");

            MatchResult failed = explain(sfiC, needsSfiD);
            HardCheck notMet = check(failed, HardRequirement.SWEDISH_LEVEL);
            assertThat(failed.eligible()).isFalse();
            assertThat(notMet.passes()).isFalse();
            assertThat(notMet.args()).containsExactly(3, 4);
            assertThat(text(notMet)).isEqualTo("Platsen kräver minst SFI kurs D, men deltagaren har SFI kurs C.");
            assertThat(MatchScorer.quickScore(sfiC, needsSfiD, Set.of())).isEqualTo(-1);

            MatchResult waived = MatchScorer.explain(sfiC, needsSfiD, Set.of(HardRequirement.SWEDISH_LEVEL));
            HardCheck waivedCheck = check(waived, HardRequirement.SWEDISH_LEVEL);
            assertThat(waivedCheck.met()).isFalse();
            assertThat(waivedCheck.waived()).isTrue();
            assertThat(waivedCheck.passes()).isTrue();
            assertThat(waived.eligible()).isTrue();
            assertThat(MatchScorer.quickScore(sfiC, needsSfiD, Set.of(HardRequirement.SWEDISH_LEVEL)))
                    .isEqualTo(waived.score());

            HardCheck none = check(explain(aCandidate().swedish(0).build(), aPlacement().build()),
                    HardRequirement.SWEDISH_LEVEL);
            assertThat(none.met()).isTrue();
            assertThat(text(none)).isEqualTo("Platsen kräver ingen viss nivå i svenska.");
        }

        @Test
        void drivingLicenceMetFailedAndWaived() {
            CandidateFacts holdsB = aCandidate().licences("B", "AM").build();

            HardCheck met = check(explain(holdsB, aPlacement().licences("B").build()), HardRequirement.DRIVING_LICENCE);
            assertThat(met.met()).isTrue();
            assertThat(text(met)).isEqualTo("Platsen kräver körkort B, och det har deltagaren.");

            PlacementFacts needsBAndC = aPlacement().licences("C", "B").build();
            MatchResult failed = explain(holdsB, needsBAndC);
            HardCheck notMet = check(failed, HardRequirement.DRIVING_LICENCE);
            assertThat(failed.eligible()).isFalse();
            assertThat(notMet.args()).containsExactly("C", "B, C");
            assertThat(text(notMet)).isEqualTo("Platsen kräver körkort B, C. Deltagaren saknar C.");
            assertThat(MatchScorer.quickScore(holdsB, needsBAndC, Set.of())).isEqualTo(-1);

            Set<HardRequirement> waiver = Set.of(HardRequirement.DRIVING_LICENCE);
            assertThat(MatchScorer.explain(holdsB, needsBAndC, waiver).eligible()).isTrue();
            assertThat(MatchScorer.quickScore(holdsB, needsBAndC, waiver)).isNotNegative();

            assertThat(check(explain(aCandidate().build(), aPlacement().build()), HardRequirement.DRIVING_LICENCE)
                    .messageKey()).isEqualTo("match.hard.licence.notRequired");
        }

        @Test
        void cyclingMetFailedAndWaived() {
            PlacementFacts bikeCourier = aPlacement().requiresCycling().build();
            CandidateFacts cannotCycle = aCandidate().canCycle(false).build();

            assertThat(check(explain(aCandidate().canCycle(true).build(), bikeCourier), HardRequirement.CYCLING).met())
                    .isTrue();
            MatchResult failed = explain(cannotCycle, bikeCourier);
            assertThat(failed.eligible()).isFalse();
            assertThat(text(check(failed, HardRequirement.CYCLING)))
                    .isEqualTo("Man behöver cykla i arbetet, men deltagaren kan inte cykla ännu.");
            assertThat(MatchScorer.quickScore(cannotCycle, bikeCourier, Set.of())).isEqualTo(-1);
            assertThat(MatchScorer.explain(cannotCycle, bikeCourier, Set.of(HardRequirement.CYCLING)).eligible())
                    .isTrue();
            assertThat(check(explain(cannotCycle, aPlacement().build()), HardRequirement.CYCLING).met()).isTrue();
        }

        @Test
        void travelTimeMetFailedWaivedAndUnknown() {
            // 10 km by public transport: 10 min waiting + 1.3 × 10 km / 25 km/h = 10 + 31.2 → 42 minutes
            PlacementFacts tenKmAway = aPlacement().at(northOfGothenburg(10)).build();
            CandidateFacts reaches42 = aCandidate().home(Facts.GOTHENBURG).travels(TravelMode.PUBLIC_TRANSPORT, 42)
                    .build();
            CandidateFacts reaches41 = aCandidate().home(Facts.GOTHENBURG).travels(TravelMode.PUBLIC_TRANSPORT, 41)
                    .build();

            HardCheck met = check(explain(reaches42, tenKmAway), HardRequirement.TRAVEL_TIME);
            assertThat(met.met()).isTrue();
            assertThat(met.args()).containsExactly(42, 42, 10.0, TravelMode.PUBLIC_TRANSPORT.ordinal());
            assertThat(text(met)).isEqualTo(
                    "Resan tar ungefär 42 minuter med buss eller tåg (10 km fågelvägen). "
                            + "Deltagaren kan resa högst 42 minuter.");

            MatchResult failed = explain(reaches41, tenKmAway);
            assertThat(failed.eligible()).isFalse();
            assertThat(text(check(failed, HardRequirement.TRAVEL_TIME))).isEqualTo(
                    "Resan tar ungefär 42 minuter med buss eller tåg (10 km fågelvägen), "
                            + "men deltagaren kan resa högst 41 minuter.");
            assertThat(MatchScorer.quickScore(reaches41, tenKmAway, Set.of())).isEqualTo(-1);
            assertThat(MatchScorer.quickScore(reaches41, tenKmAway, Set.of(HardRequirement.TRAVEL_TIME)))
                    .isEqualTo(MatchScorer.explain(reaches41, tenKmAway, Set.of(HardRequirement.TRAVEL_TIME)).score())
                    .isNotNegative();

            HardCheck unknownHome = check(explain(aCandidate().travels(TravelMode.CAR, 30).build(), tenKmAway),
                    HardRequirement.TRAVEL_TIME);
            assertThat(unknownHome.met()).isTrue();
            assertThat(text(unknownHome)).isEqualTo("Vi vet inte hur lång resan blir, eftersom deltagarens adress "
                    + "saknas. Deltagaren kan resa högst 30 minuter.");
            assertThat(check(explain(reaches41, aPlacement().build()), HardRequirement.TRAVEL_TIME).messageKey())
                    .isEqualTo("match.hard.travel.unknownPlace");
        }

        @Test
        void kilometresWithDecimalsAreWrittenTheSwedishWay() {
            CandidateFacts walker = aCandidate().home(Facts.GOTHENBURG).travels(TravelMode.CAR, 60).build();
            HardCheck check = check(explain(walker, aPlacement().at(northOfGothenburg(12.54)).build()),
                    HardRequirement.TRAVEL_TIME);
            assertThat(text(check)).contains("med bil (12,5 km fågelvägen)");
            assertThat(text(check.messageKey(), check.args(), Locale.ENGLISH)).contains("by car (12.5 km as the crow");
        }
    }

    @Nested
    class TravelEstimate {

        @Test
        void speedsWaitingAndRoundingUp() {
            assertThat(MatchScorer.travelMinutes(1, TravelMode.WALK)).isEqualTo(16); // 1.3 km at 5 km/h = 15.6
            assertThat(MatchScorer.travelMinutes(10, TravelMode.BICYCLE)).isEqualTo(52); // 13 km at 15 km/h
            assertThat(MatchScorer.travelMinutes(10, TravelMode.PUBLIC_TRANSPORT)).isEqualTo(42); // 10 + 31.2
            assertThat(MatchScorer.travelMinutes(10, TravelMode.CAR)).isEqualTo(23); // 5 + 17.3
            assertThat(MatchScorer.travelMinutes(0, TravelMode.CAR)).isEqualTo(5);
        }

        @Test
        void haversineDistance() {
            GeoPoint stockholm = new GeoPoint(59.3293, 18.0686);
            assertThat(Facts.GOTHENBURG.kmTo(stockholm)).isCloseTo(397.6, within(1.0));
            assertThat(Facts.GOTHENBURG.kmTo(northOfGothenburg(10))).isCloseTo(10, within(1e-9));
            assertThat(Facts.GOTHENBURG.kmTo(Facts.GOTHENBURG)).isZero();
            assertThat(Facts.GOTHENBURG.kmNorthSouthTo(stockholm)).isLessThan(Facts.GOTHENBURG.kmTo(stockholm));
        }

        @Test
        void theQuickArcsineAgreesWithTheLibrary() {
            for (int i = 0; i <= 2_000; i++) {
                double x = i * 0.1 / 2_000;
                assertThat(GeoPoint.asin(x)).as("asin %s", x).isCloseTo(Math.asin(x), within(1e-15 + 1e-14 * x));
            }
            assertThat(GeoPoint.asin(1)).isEqualTo(Math.PI / 2);
        }

        @Test
        void slotsMeasureAndOverlap() {
            WeeklySlot morning = slot(MONDAY, "08:00", "12:00");
            assertThat(morning.minutes()).isEqualTo(240);
            assertThat(morning.overlapMinutes(slot(MONDAY, "11:15", "13:00"))).isEqualTo(45);
            assertThat(morning.overlapMinutes(slot(MONDAY, "12:00", "13:00"))).isZero();
            assertThat(morning.overlapMinutes(slot(TUESDAY, "08:00", "12:00"))).isZero();
            assertThatThrownBy(() -> slot(MONDAY, "12:00", "08:00")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Criteria {

        @Test
        void gapCoverageIsTheShareOfTheMissingLevelStepsThePlaceTrains() {
            CandidateFacts c = aCandidate().gap(item(1), 2).gap(item(2), 1).gap(item(3), 1).build();
            PlacementFacts p = aPlacement().target(item(1), 3).target(item(3), 2).target(item(9), 1).build();

            CriterionScore gap = criterion(explain(c, p), Criterion.GAP_COVERAGE);
            assertThat(gap.fraction()).isEqualTo(0.75);
            assertThat(gap.points()).isEqualTo(26.25);
            assertThat(gap.args()).containsExactly(2, 3, 3L, 4L);
            assertThat(text(gap)).isEqualTo("Platsen tränar 2 av 3 saker som planen behöver (3 av 4 nivåsteg).");
            assertThat(text(gap.messageKey(), gap.args(), Locale.ENGLISH))
                    .isEqualTo("The place trains 2 of the 3 things the plan needs (3 of 4 level steps).");
        }

        @Test
        void gapCoverageIsNeutralWithoutKnownGaps() {
            CriterionScore gap = criterion(explain(aCandidate().gap(item(1), 0).build(),
                    aPlacement().target(item(1), 2).build()), Criterion.GAP_COVERAGE);
            assertThat(gap.fraction()).isEqualTo(0.5);
            assertThat(gap.messageKey()).isEqualTo("match.gap.unknown");
        }

        @Test
        void readinessIsTheMeanShareOfEachTargetLevelHeld() {
            // a: 3 of 3 → 1; b: 1 of 2 → 0.5; c: target 0 → 1; d: not mapped → 0
            CandidateFacts c = aCandidate().level(item(1), 3).level(item(2), 1).build();
            PlacementFacts p = aPlacement().target(item(1), 3).target(item(2), 2).target(item(3), 0)
                    .target(item(4), 2).build();

            CriterionScore readiness = criterion(explain(c, p), Criterion.READINESS);
            assertThat(readiness.fraction()).isEqualTo(0.625);
            assertThat(readiness.args()).containsExactly(2, 4, 3);
            assertThat(text(readiness))
                    .isEqualTo("Deltagaren klarar redan 2 av de 4 saker som platsen kräver. Det saknas 3 nivåsteg.");

            CandidateFacts above = aCandidate().level(item(1), 3).build();
            assertThat(criterion(explain(above, aPlacement().target(item(1), 2).build()), Criterion.READINESS)
                    .fraction()).isEqualTo(1.0);
            assertThat(criterion(explain(c, aPlacement().build()), Criterion.READINESS).fraction()).isEqualTo(1.0);
        }

        @Test
        void interestIsTheLongestSharedSsykPrefix() {
            PlacementFacts careAssistant = aPlacement().ssyk("5321").build();

            assertThat(interest("5321", careAssistant)).isEqualTo(1.0);
            assertThat(interest("5322", careAssistant)).isEqualTo(0.75);
            assertThat(interest("5311", careAssistant)).isEqualTo(0.5);
            assertThat(interest("53", careAssistant)).isEqualTo(0.5);
            assertThat(interest("5", careAssistant)).isEqualTo(0.25);
            assertThat(interest("9111", careAssistant)).isEqualTo(0.0);
            assertThat(criterion(explain(aCandidate().interests("9111", "5329").build(), careAssistant),
                    Criterion.INTEREST).fraction()).isEqualTo(0.75);
            assertThat(criterion(explain(aCandidate().build(), careAssistant), Criterion.INTEREST).fraction())
                    .isEqualTo(0.5);
            assertThat(criterion(explain(aCandidate().interests("5321").build(), aPlacement().build()),
                    Criterion.INTEREST).fraction()).isEqualTo(0.5);

            CriterionScore near = criterion(explain(aCandidate().interests("5322").build(), careAssistant),
                    Criterion.INTEREST);
            assertThat(near.args()).containsExactly("5321", "532", 3);
            assertThat(text(near)).isEqualTo(
                    "Platsens yrke (SSYK 5321) ligger nära deltagarens intressen: "
                            + "samma yrkesområde 532 (3 siffror lika).");
        }

        double interest(String code, PlacementFacts p) {
            return criterion(explain(aCandidate().interests(code).build(), p), Criterion.INTEREST).fraction();
        }

        @Test
        void travelIsFullUpTo15MinutesThenFallsToZeroAtTheLongestJourney() {
            assertThat(MatchScorer.travel(10, 60)).isEqualTo(1.0);
            assertThat(MatchScorer.travel(15, 60)).isEqualTo(1.0);
            assertThat(MatchScorer.travel(40, 65)).isEqualTo(0.5);
            assertThat(MatchScorer.travel(65, 65)).isEqualTo(0.0);
            assertThat(MatchScorer.travel(80, 65)).isEqualTo(0.0); // only when the travel time is waived
            assertThat(MatchScorer.travel(16, 10)).isEqualTo(0.0);
            assertThat(MatchScorer.travel(MatchScorer.UNKNOWN, 60)).isEqualTo(0.5);

            CandidateFacts c = aCandidate().home(Facts.GOTHENBURG).travels(TravelMode.BICYCLE, 60).build();
            CriterionScore near = criterion(explain(c, aPlacement().at(northOfGothenburg(2)).build()),
                    Criterion.TRAVEL);
            assertThat(near.fraction()).isEqualTo(1.0);
            assertThat(text(near)).isEqualTo("Resan är kort: ungefär 11 minuter med cykel (2 km fågelvägen).");
        }

        @Test
        void scheduleIsTheShareOfWorkingTimeFreeOfCourses() {
            CandidateFacts sfiMornings = aCandidate().busy(slot(MONDAY, "09:00", "11:00"), slot(WEDNESDAY, "08:00",
                    "14:00")).build();
            PlacementFacts p = aPlacement().schedule(slot(MONDAY, "08:00", "12:00"), slot(WEDNESDAY, "13:00", "17:00"))
                    .build();

            CriterionScore schedule = criterion(explain(sfiMornings, p), Criterion.SCHEDULE);
            assertThat(schedule.fraction()).isEqualTo(1 - 180 / 480.0);
            assertThat(text(schedule)).isEqualTo(
                    "180 minuter av platsens 8 timmar i veckan krockar med deltagarens kurser, "
                            + "till exempel på måndagar.");

            CandidateFacts doubleBooked = aCandidate().busy(slot(MONDAY, "08:00", "12:00"), slot(MONDAY, "08:00",
                    "12:00")).build();
            assertThat(criterion(explain(doubleBooked, aPlacement().schedule(slot(MONDAY, "08:00", "12:00")).build()),
                    Criterion.SCHEDULE).fraction()).isEqualTo(0.0);
            assertThat(criterion(explain(sfiMornings, aPlacement().build()), Criterion.SCHEDULE).fraction())
                    .isEqualTo(1.0);
            CriterionScore free = criterion(explain(aCandidate().build(), p), Criterion.SCHEDULE);
            assertThat(text(free)).isEqualTo("Platsens 8 timmar i veckan krockar inte med deltagarens kurser.");
        }
    }

    @Test
    void scoreIsTheRoundedSumOfThePoints() {
        CandidateFacts c = aCandidate().home(Facts.GOTHENBURG).travels(TravelMode.PUBLIC_TRANSPORT, 60)
                .gap(item(1), 2).gap(item(2), 1).gap(item(3), 1)
                .level(item(1), 3).level(item(3), 1)
                .interests("5322")
                .busy(slot(MONDAY, "09:00", "10:00"))
                .build();
        PlacementFacts p = aPlacement().at(northOfGothenburg(10)).ssyk("5321")
                .target(item(1), 3).target(item(3), 2).target(item(9), 1)
                .schedule(slot(MONDAY, "08:00", "12:00"), slot(WEDNESDAY, "13:00", "17:00"))
                .build();

        MatchResult result = explain(c, p);

        // gap 3/4 → 26.25; readiness (1 + 0.5 + 0) / 3 → 12.5; interest 3 digits → 11.25;
        // travel 42 min of 60 → 1 − 27/45 = 0.4 → 6; schedule 1 − 60/480 → 8.75; sum 64.75
        assertThat(result.criteria()).extracting(CriterionScore::fraction)
                .containsExactly(0.75, 0.5, 0.75, 0.4, 0.875);
        double sum = result.criteria().stream().mapToDouble(CriterionScore::points).sum();
        assertThat(sum).isCloseTo(64.75, within(1e-9));
        assertThat(result.score()).isEqualTo(65);
        assertThat(MatchScorer.quickScore(c, p, Set.of())).isEqualTo(65);
    }

    @Test
    void quickScoreEqualsTheExplainedScoreOverRandomPairs() {
        Random random = new Random(20260401);
        int eligible = 0;
        for (int i = 0; i < 10_000; i++) {
            CandidateFacts c = Facts.randomCandidate(random);
            PlacementFacts p = Facts.randomPlacement(random);
            Set<HardRequirement> waived = Facts.randomWaivers(random);

            MatchResult result = MatchScorer.explain(c, p, waived);
            int quick = MatchScorer.quickScore(c, p, waived);

            if (result.eligible()) {
                eligible++;
                assertThat(quick).as("pair %d", i).isEqualTo(result.score());
                assertThat(result.score()).isBetween(0, 100);
            } else {
                assertThat(quick).as("pair %d", i).isEqualTo(-1);
            }
        }
        assertThat(eligible).as("the random pairs exercise both outcomes").isBetween(1_000, 9_000);
    }

    @Test
    void everyExplanationReadsInBothLanguagesWithAllPlaceholdersFilled() {
        Random random = new Random(7);
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i < 3_000; i++) {
            MatchResult result = MatchScorer.explain(Facts.randomCandidate(random), Facts.randomPlacement(random),
                    Set.of());
            List<Object[]> messages = new ArrayList<>();
            result.hardChecks().forEach(check -> {
                keys.add(check.messageKey());
                messages.add(new Object[] {check.messageKey(), check.args()});
            });
            result.criteria().forEach(score -> {
                keys.add(score.messageKey());
                messages.add(new Object[] {score.messageKey(), score.args()});
            });
            for (Object[] message : messages) {
                @SuppressWarnings("unchecked")
                List<Object> args = (List<Object>) message[1];
                assertThat(args).allMatch(arg -> arg instanceof Number || arg instanceof String);
                for (Locale locale : List.of(SWEDISH, Locale.ENGLISH)) {
                    assertThat(text((String) message[0], args, locale)).doesNotContain("{", "}");
                }
            }
        }
        assertThat(keys).as("the random pairs reach almost every message").hasSizeGreaterThanOrEqualTo(25);
    }

    @Nested
    class Rankings {

        @Test
        void topPlacementsEqualAFullSortOfTheEligibleOnes() {
            Random random = new Random(42);
            List<PlacementFacts> placements = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                placements.add(Facts.randomPlacement(random));
            }
            for (int round = 0; round < 40; round++) {
                CandidateFacts c = Facts.randomCandidate(random);
                Map<UUID, Set<HardRequirement>> waivers = new HashMap<>();
                for (int w = 0; w < 20; w++) {
                    waivers.put(placements.get(random.nextInt(placements.size())).placementId(),
                            Facts.randomWaivers(random));
                }
                List<MatchResult> all = placements.stream()
                        .map(p -> MatchScorer.explain(c, p, waivers.getOrDefault(p.placementId(), Set.of())))
                        .filter(MatchResult::eligible)
                        .sorted(Comparator.comparingInt(MatchResult::score).reversed()
                                .thenComparing(MatchResult::placementId))
                        .toList();
                for (int limit : new int[] {0, 1, 7, 50, 1_000}) {
                    Ranking ranking = MatchScorer.rankPlacements(c, placements,
                            waivers, limit);
                    assertThat(ranking.top()).isEqualTo(all.subList(0, Math.min(limit, all.size())));
                    assertThat(ranking.eligibleCount()).isEqualTo(all.size());
                    assertThat(ranking.consideredCount()).isEqualTo(placements.size());
                }
            }
        }

        @Test
        void topCandidatesEqualAFullSortOfTheEligibleOnes() {
            Random random = new Random(43);
            List<CandidateFacts> candidates = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                candidates.add(Facts.randomCandidate(random));
            }
            for (int round = 0; round < 40; round++) {
                PlacementFacts p = Facts.randomPlacement(random);
                List<MatchResult> all = candidates.stream().map(c -> MatchScorer.explain(c, p, Set.of()))
                        .filter(MatchResult::eligible)
                        .sorted(Comparator.comparingInt(MatchResult::score).reversed()
                                .thenComparing(MatchResult::participantId))
                        .toList();
                Ranking ranking = MatchScorer.rankCandidates(p, candidates, null,
                        25);
                assertThat(ranking.top()).isEqualTo(all.subList(0, Math.min(25, all.size())));
                assertThat(ranking.eligibleCount()).isEqualTo(all.size());
                assertThat(ranking.consideredCount()).isEqualTo(400);
            }
        }

        @Test
        void tiesAreOrderedByIdAndIneligibleOnesOnlyCountedWhenWaived() {
            CandidateFacts c = aCandidate().swedish(2).build();
            List<PlacementFacts> placements = new ArrayList<>();
            for (long n : new long[] {5, 3, 9, 1, 7}) {
                placements.add(aPlacement().id(id(n)).build());
            }
            placements.add(aPlacement().id(id(2)).minSwedish(7).build());
            placements.add(aPlacement().id(id(4)).minSwedish(7).build());
            Map<UUID, Set<HardRequirement>> waivers = Map.of(id(4), EnumSet.of(HardRequirement.SWEDISH_LEVEL));

            Ranking ranking = MatchScorer.rankPlacements(c, placements, waivers,
                    4);

            assertThat(ranking.top()).extracting(MatchResult::placementId).containsExactly(id(1), id(3), id(4), id(5));
            assertThat(ranking.eligibleCount()).isEqualTo(6);
            assertThat(ranking.consideredCount()).isEqualTo(7);
            assertThat(check(ranking.top().get(2), HardRequirement.SWEDISH_LEVEL).waived()).isTrue();
        }

        @Test
        void theHeapGrowsForLargeLimitsAndKeepsTheBest() {
            Random random = new Random(5);
            MatchScorer.TopN top = new MatchScorer.TopN(3_000);
            List<int[]> offered = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                int score = random.nextInt(101);
                top.offer(score, id(i), i);
                offered.add(new int[] {score, i});
            }
            int[] expected = offered.stream()
                    .sorted(Comparator.<int[]>comparingInt(e -> -e[0]).thenComparing(e -> id(e[1])))
                    .limit(3_000).mapToInt(e -> e[1]).toArray();
            assertThat(top.indexesInOrder()).containsExactly(expected);
        }

        @Test
        void aNegativeLimitIsRefused() {
            assertThatThrownBy(() -> MatchScorer.rankPlacements(aCandidate().build(), List.of(), Map.of(), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
