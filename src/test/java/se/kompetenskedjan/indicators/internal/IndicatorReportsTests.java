package se.kompetenskedjan.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.DurationTable;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.indicators.TestIndicatorSource;
import se.kompetenskedjan.indicators.disclosure.SubtractionAttack;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.EnrolCommand;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyEnded;
import se.kompetenskedjan.plans.JourneyEnrolled;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyStepEntered;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's figures on a hand-built municipality like Linköping's: 15 enrolled in the period (9 women, 6 men;
 * one woman returning after an earlier journey), 10 moved on from step 1 to step 2 sixty days ago and 6 of them on to
 * step 3 thirty days ago, 3 men ended early twenty days ago (health twice, moved once; one outcome recorded), so 12 are
 * active today. Every expected number is counted by hand below; the published report is then held to the true counts
 * (a shown figure is the true one, a small one carries no value), for each role.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorReportsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Journeys journeys;
    @Autowired
    IndicatorReportService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JourneyReadModel readModel;
    @LocalServerPort
    int port;

    final LocalDate today = TestDates.today();
    final LocalDate from = today.minusDays(120);
    TestStaff municipality;
    TestUser coordinator;
    LadderView ladder;
    StepView step1;
    StepView step2;
    StepView step3;
    final List<UUID> participants = new ArrayList<>();

    @BeforeAll
    void buildTheMunicipality() {
        IdentityTestData identity = new IdentityTestData(context);
        municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        coordinator = municipality.get(Role.COORDINATOR);
        ladder = new LadderTestData(context).ladder().ownedBy(coordinator).named("Indikatorkedjan").create();
        step1 = LadderTestData.firstStep(ladder);
        step2 = ladder.step(step1.nextStepIds().get(0)).orElseThrow();
        step3 = ladder.step(step2.nextStepIds().get(0)).orElseThrow();
        ParticipantTestData register = new ParticipantTestData(context);
        int year = today.getYear();
        for (int i = 0; i < 15; i++) {
            Integer born = i < 3 ? Integer.valueOf(year - 20) : i == 13 ? Integer.valueOf(year - 60)
                    : i == 14 ? null : Integer.valueOf(1988);
            ParticipantTestData.ParticipantBuilder participant = register.participant().registeredBy(coordinator)
                    .gender(i < 9 ? Gender.WOMAN : Gender.MAN).bornIn(born);
            if (born == null) {
                participant.withoutPersonnummer(); // else the register takes the year from the personnummer
            }
            participants.add(participant.create());
        }
        List<UUID> journeyIds = new ArrayList<>();
        SignedIn.as(coordinator.username(), () -> {
            JourneyView earlier = enrol(participants.get(0), today.minusDays(200));
            record(earlier, JourneyEventType.COMPLETED, today.minusDays(150), null, null, null);
            journeyIds.add(earlier.id());
            for (int i = 0; i < 15; i++) {
                JourneyView journey = enrol(participants.get(i), today.minusDays(100 - i));
                journeyIds.add(journey.id());
                if (i < 10) {
                    journey = record(journey, JourneyEventType.ADVANCED, today.minusDays(60), step2.id(), null, null);
                }
                if (i < 6) {
                    record(journey, JourneyEventType.ADVANCED, today.minusDays(30), step3.id(), null, null);
                }
                if (i >= 12) {
                    journey = record(journey, JourneyEventType.ENDED_EARLY, today.minusDays(20), null,
                            i == 14 ? DropoutReason.MOVED : DropoutReason.HEALTH, null);
                }
                if (i == 12) {
                    record(journey, JourneyEventType.OUTCOME, today.minusDays(10), null, null, Outcome.NO_ACTIVITY);
                }
            }
        });
        // 16 enrolments, 1 completion, 16 moves, 3 early ends, 1 outcome: the listeners copy them after commit.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM indicators_journey_event WHERE journey_id IN (:ids)").param("ids", journeyIds)
                .query(Long.class).single() == 37L);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM indicators_stay WHERE journey_id IN (:ids)").param("ids", journeyIds)
                .query(Long.class).single() == 1 + 15 + 10 + 6L);
    }

    private JourneyView enrol(UUID participant, LocalDate on) {
        return journeys.enrol(participant, new EnrolCommand(ladder.id(), step1.id(), on, "Inskriven i testet"));
    }

    private JourneyView record(JourneyView journey, JourneyEventType type, LocalDate on, UUID step,
            DropoutReason reason, Outcome outcome) {
        return journeys.record(journey.participantId(), journey.id(),
                new JourneyEventCommand(type, on, step, null, reason, outcome, journey.version()));
    }

    private IndicatorReportService.Counted counted(LocalDate on) {
        return SignedIn.as(coordinator.username(), () -> service.count(ReportScope.ORGANISATION,
                municipality.organisation().id(), from, today, on));
    }

    private static CountTable table(IndicatorReportService.Counted counted, String key) {
        return counted.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no table " + key));
    }

    private static long count(CountTable table, Object row, String column) {
        int r = JourneyTables.index(table.rows(), row.toString());
        int c = JourneyTables.index(table.columns(), column);
        assertThat(r).as("row %s of %s", row, table.key()).isNotNegative();
        assertThat(c).as("column %s of %s", column, table.key()).isNotNegative();
        return table.count(r, c);
    }

    @Test
    void inflowCountsTheFifteenEnrolledAndTheReturningWomanApart() {
        CountTable inflow = table(counted(today), "journeys.inflow.gender");
        assertThat(inflow.total()).isEqualTo(15);
        assertThat(count(inflow, "NEW", "WOMAN")).isEqualTo(8);
        assertThat(count(inflow, "RETURNING", "WOMAN")).isEqualTo(1);
        assertThat(count(inflow, "NEW", "MAN")).isEqualTo(6);
        assertThat(count(inflow, "RETURNING", "MAN")).isZero();

        CountTable byAge = table(counted(today), "journeys.inflow.ageBand");
        assertThat(byAge.columnTotal(JourneyTables.index(byAge.columns(), "UNDER_25"))).isEqualTo(3);
        assertThat(byAge.columnTotal(JourneyTables.index(byAge.columns(), "FROM_30_TO_54"))).isEqualTo(10);
        assertThat(byAge.columnTotal(JourneyTables.index(byAge.columns(), "FROM_55"))).isEqualTo(1);
        assertThat(byAge.columnTotal(JourneyTables.index(byAge.columns(), "UNKNOWN"))).as("no birth year").isEqualTo(1);
        assertThat(table(counted(today), "journeys.inflow.referralSource").rowTotal(0))
                .as("every table of a population has the same row totals").isEqualTo(14);
    }

    @Test
    void participantsPerStepTodayAndOnAPastDate() {
        CountTable now = table(counted(today), "journeys.onStep.gender");
        assertThat(now.total()).as("15 enrolled, 3 ended early").isEqualTo(12);
        assertThat(count(now, step1.id(), "MAN")).isEqualTo(2);
        assertThat(count(now, step1.id(), "WOMAN")).isZero();
        assertThat(count(now, step2.id(), "WOMAN")).isEqualTo(3);
        assertThat(count(now, step2.id(), "MAN")).isEqualTo(1);
        assertThat(count(now, step3.id(), "WOMAN")).isEqualTo(6);

        CountTable before = table(counted(today.minusDays(45)), "journeys.onStep.gender");
        assertThat(before.total()).isEqualTo(15);
        assertThat(before.rowTotal(JourneyTables.index(before.rows(), step1.id().toString()))).isEqualTo(5);
        assertThat(before.rowTotal(JourneyTables.index(before.rows(), step2.id().toString()))).isEqualTo(10);
        assertThat(before.rowTotal(JourneyTables.index(before.rows(), step3.id().toString()))).isZero();
        assertThat(table(counted(today.minusDays(170)), "journeys.onStep.gender").total())
                .as("only the earlier journey, on step 1").isEqualTo(1);
        assertThat(table(counted(today.minusDays(300)), "journeys.onStep.gender").total()).isZero();
    }

    @Test
    void transitionsEndingsAndOutcomesInThePeriod() {
        IndicatorReportService.Counted counted = counted(today);
        CountTable moves = table(counted, "journeys.transitions.gender");
        assertThat(moves.total()).isEqualTo(19);
        assertThat(moves.rowTotal(JourneyTables.index(moves.rows(), step1.id() + ">" + step2.id()))).isEqualTo(10);
        assertThat(moves.rowTotal(JourneyTables.index(moves.rows(), step2.id() + ">" + step3.id()))).isEqualTo(6);
        assertThat(moves.rowTotal(JourneyTables.index(moves.rows(), step1.id() + ">ENDED_EARLY"))).isEqualTo(3);
        assertThat(moves.rows().categories().get(0).label()).isEqualTo(step1.name() + " → " + step2.name());

        CountTable early = table(counted, "journeys.endedEarly.gender");
        assertThat(early.total()).isEqualTo(3);
        assertThat(count(early, "HEALTH", "MAN")).isEqualTo(2);
        assertThat(count(early, "MOVED", "MAN")).isEqualTo(1);

        CountTable outcomes = table(counted, "journeys.outcomes.gender");
        assertThat(outcomes.total()).as("the earlier journey ended before the period").isEqualTo(3);
        assertThat(outcomes.rowTotal(JourneyTables.index(outcomes.rows(), "NO_ACTIVITY"))).isEqualTo(1);
        assertThat(outcomes.rowTotal(JourneyTables.index(outcomes.rows(), "NONE"))).isEqualTo(2);
    }

    @Test
    void mediansAndQuartilesOfDaysOnAStepOnlyForGroupsAtTheThreshold() {
        DurationTable days = counted(today).durations();
        int s1 = JourneyTables.index(days.rows(), step1.id().toString());
        int s2 = JourneyTables.index(days.rows(), step2.id().toString());
        int all = JourneyTables.index(days.columns(), "ALL");
        int women = JourneyTables.index(days.columns(), "WOMAN");
        int men = JourneyTables.index(days.columns(), "MAN");
        // Step 1, left in the period: 40, 39, ..., 31 days (moved on) and 68, 67, 66 (ended early): 13 stays.
        assertThat(days.cells().get(s1).get(all)).isEqualTo(new DurationTable.Duration(true, 34.0, 37.0, 40.0));
        assertThat(days.cells().get(s1).get(women).median()).as("40 ... 32").isEqualTo(36.0);
        assertThat(days.cells().get(s1).get(men)).as("4 stays, under 5").isEqualTo(DurationTable.Duration.hidden());
        assertThat(days.cells().get(s2).get(all)).isEqualTo(new DurationTable.Duration(true, 30.0, 30.0, 30.0));
        assertThat(days.cells().get(s2).get(men).shown()).isFalse();
    }

    @Test
    void theCountsOfEverySourceBeanByGenderOrByOrganisation() {
        UUID org = municipality.organisation().id();
        List<IndicatorCount> given = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            given.add(new IndicatorCount(TestIndicatorSource.CHECK_INS, org, participants.get(i), 1));
        }
        given.add(new IndicatorCount(TestIndicatorSource.CHECK_INS, org, participants.get(9), 2));
        given.add(new IndicatorCount(TestIndicatorSource.PLACES, org, null, 3));
        TestIndicatorSource.give(org, given);

        IndicatorReportService.Counted counted = counted(today);
        CountTable checkIns = table(counted, "source." + TestIndicatorSource.CHECK_INS + ".gender");
        assertThat(count(checkIns, TestIndicatorSource.CHECK_INS, "WOMAN")).isEqualTo(7);
        assertThat(count(checkIns, TestIndicatorSource.CHECK_INS, "MAN")).isEqualTo(2);
        CountTable places = table(counted, "source." + TestIndicatorSource.PLACES + ".organisation");
        assertThat(count(places, org, "COUNT")).isEqualTo(3);
        assertThat(places.definitions().get(0).definition()).isEqualTo("Platser öppna den valda dagen.");
    }

    @Test
    void everyPublishedFigureIsTheTrueCountOrCarriesNoValueForEveryRoleThatMaySeeIt() {
        String query = "/api/v1/indicators?scope=ORGANISATION&from=" + from + "&to=" + today + "&on=" + today;
        IndicatorReportService.Counted truth = counted(today);
        for (Role role : List.of(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER, Role.ANALYST)) {
            Response response = municipality.get(role).api(port).get(query);
            assertThat(response.status()).as(role.name()).isEqualTo(200);
            JsonNode report = response.json().path("report");
            assertThat(report.path("threshold").asInt()).isEqualTo(5);
            assertThat(report.path("tables").size()).isEqualTo(truth.tables().size());
            for (JsonNode table : report.path("tables")) {
                CountTable counts = table(truth, table.path("key").asString());
                for (int r = 0; r < counts.rows().size(); r++) {
                    for (int c = 0; c < counts.columns().size(); c++) {
                        held(table.path("cells").get(r).get(c), counts.count(r, c), counts.key());
                    }
                    held(table.path("rowTotals").get(r), counts.rowTotal(r), counts.key());
                }
                held(table.path("total"), counts.total(), counts.key());
            }
        }
        JsonNode onStep = municipality.get(Role.ANALYST).api(port).get(query).json().path("report").path("tables")
                .valueStream().filter(t -> t.path("key").asString().equals("journeys.onStep.gender")).findFirst()
                .orElseThrow();
        int s1 = JourneyTables.index(table(truth, "journeys.onStep.gender").rows(), step1.id().toString());
        int men = JourneyTables.index(table(truth, "journeys.onStep.gender").columns(), "MAN");
        JsonNode twoMen = onStep.path("cells").get(s1).get(men);
        assertThat(twoMen.path("protection").asString()).isEqualTo("SMALL");
        assertThat(twoMen.path("value").isMissingNode() || twoMen.path("value").isNull()).as("no value at all").isTrue();
    }

    @Test
    void theSubtractionAttackOnEveryTableOfTheReportFindsNoHiddenFigure() {
        IndicatorReportService.Counted truth = counted(today);
        List<ProtectedTable> published = SignedIn.as(coordinator.username(), () -> service.report(
                ReportScope.ORGANISATION, from, today, today)).report().tables();
        assertThat(published).extracting(ProtectedTable::key)
                .containsExactlyElementsOf(truth.tables().stream().map(CountTable::key).toList());
        assertThat(published).as("something is hidden, so the attack has work to do")
                .anyMatch(t -> t.total().isShown() && t.cells().stream().flatMap(List::stream)
                        .anyMatch(f -> !f.isShown()));

        SubtractionAttack.on(truth.tables(), published, 5).assertSafe();
    }

    private static void held(JsonNode figure, long truth, String table) {
        if (truth < 5) {
            assertThat(figure.path("protection").asString()).as("small figure in %s", table).isNotEqualTo("SHOWN");
        }
        if (figure.path("protection").asString().equals("SHOWN")) {
            assertThat(figure.path("value").asLong()).as("shown figure in %s", table).isEqualTo(truth);
        } else {
            assertThat(figure.path("value").isMissingNode() || figure.path("value").isNull()).isTrue();
        }
    }

    @Test
    void theRegionIsForRegionalAnalystsAndCountsKindsOfSteps() {
        String region = "/api/v1/indicators?scope=REGION&from=" + from + "&to=" + today;
        for (Role role : List.of(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER, Role.ANALYST)) {
            assertThat(municipality.get(role).api(port).get(region).status()).as(role.name()).isEqualTo(403);
        }
        for (Role role : List.of(Role.SUPERVISOR, Role.TEACHER)) {
            assertThat(municipality.get(role).api(port).get("/api/v1/indicators").status()).as(role.name())
                    .isEqualTo(403);
        }
        TestUser participant = new IdentityTestData(context).participantLogin(municipality.organisation().id(),
                participants.get(0));
        assertThat(participant.api(port).get("/api/v1/indicators").status()).isEqualTo(403);

        TestUser regional = new IdentityTestData(context).staffedOrganisation(OrganisationType.REGION)
                .get(Role.ANALYST);
        Response answer = regional.api(port).get(region);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode inflow = answer.json().path("report").path("tables").valueStream()
                .filter(t -> t.path("key").asString().equals("journeys.inflow.gender")).findFirst().orElseThrow();
        assertThat(inflow.path("total").path("value").asLong()).as("every organisation's, ours included")
                .isGreaterThanOrEqualTo(15);
        JsonNode onStep = answer.json().path("report").path("tables").valueStream()
                .filter(t -> t.path("key").asString().equals("journeys.onStep.gender")).findFirst().orElseThrow();
        assertThat(onStep.path("rows").path("key").asString()).isEqualTo("stepType");
        assertThat(onStep.path("rows").path("categories").valueStream().map(c -> c.path("code").asString()))
                .contains("INTRODUCTION", "SHADOWING");
        JsonNode own = regional.api(port).get("/api/v1/indicators?from=" + from + "&to=" + today).json()
                .path("report").path("tables").valueStream()
                .filter(t -> t.path("key").asString().equals("journeys.inflow.gender")).findFirst().orElseThrow();
        assertThat(own.path("total").path("protection").asString()).as("the regional body has no journeys")
                .isEqualTo("SMALL");
    }

    @Test
    void eachReportIsLoggedOnceAndNoParticipantReadIsAudited() {
        TestUser analyst = municipality.get(Role.ANALYST);
        long logged = jdbc.sql("SELECT count(*) FROM indicators_report_log WHERE user_id = :u")
                .param("u", analyst.id()).query(Long.class).single();
        assertThat(analyst.api(port).get("/api/v1/indicators").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM indicators_report_log WHERE user_id = :u")
                .param("u", analyst.id()).query(Long.class).single()).isEqualTo(logged + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor_id = :u").param("u", analyst.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void eventsHandledTwiceOrOutOfOrderEndInTheSameJourneyAndStays() {
        UUID journey = UUID.randomUUID();
        UUID participant = participants.get(3);
        UUID organisation = UUID.randomUUID(); // counted apart from the municipality above
        LocalDate enrolled = today.minusDays(50);
        LocalDate moved = today.minusDays(30);
        LocalDate ended = today.minusDays(5);
        JourneyStepEntered move = new JourneyStepEntered(journey, participant, organisation, ladder.id(), step2.id(),
                false, moved);
        // Handled (asynchronously, like the listeners) before the enrolment, then again after it.
        readModel.on(move);
        readModel.on(new JourneyEnded(journey, participant, organisation, ladder.id(), false, DropoutReason.HEALTH,
                ended));
        readModel.on(new JourneyEnrolled(journey, participant, organisation, ladder.id(), step1.id(), enrolled, false));
        readModel.on(move);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT step_id, entered_on, left_on, left_to, left_by FROM indicators_stay WHERE journey_id = :j
                ORDER BY position""").param("j", journey).query((rs, n) -> List.of(rs.getObject(1),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        String.valueOf(rs.getObject(4)), rs.getString(5))).list())
                .containsExactly(List.of(step1.id(), enrolled, moved, step2.id().toString(), "STEP"),
                        List.of(step2.id(), moved, ended, "null", "ENDED_EARLY")));
        assertThat(jdbc.sql("SELECT count(*) FROM indicators_journey_event WHERE journey_id = :j").param("j", journey)
                .query(Long.class).single()).as("the repeated move copied once").isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT ended_on, dropout_reason, gender, age_band FROM indicators_journey WHERE journey_id = :j""")
                .param("j", journey).query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).single())
                .as("the attributes taken at enrolment").containsExactly(ended, "HEALTH", "WOMAN", "FROM_30_TO_54");
    }

    @Test
    void badDatesAreA400InSwedish() {
        Response malformed = coordinator.api(port).get("/api/v1/indicators?from=2026-13-01");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.fieldError("from")).isNotBlank();
        Response backwards = coordinator.api(port).get("/api/v1/indicators?from=" + today + "&to=" + today.minusDays(1));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.fieldError("to")).isEqualTo("Perioden kan inte sluta innan den börjar");
    }
}
