package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.followup.CheckInTestData.answer;
import static se.kompetenskedjan.followup.CheckInTestData.checkIn;
import static se.kompetenskedjan.followup.CheckInTestData.participantAnswers;
import static se.kompetenskedjan.followup.CheckInTestData.supervisorAnswers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;
import tools.jackson.databind.JsonNode;

/**
 * Check-ins through the API: the participant answers in their page language, the supervisor for a participant they
 * supervise, the coordinator reviews and turns a flag into a task; one per period; bad answers refused in Swedish;
 * missed weeks counted for the caseload.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class CheckInApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckIns checkIns;

    CheckInTestData data;
    ApiClient coordinator;

    @BeforeEach
    void anOrganisationWithALadder() {
        data = new CheckInTestData(context);
        coordinator = data.coordinator.api(port);
    }

    @Test
    void theParticipantAnswersInArabicAndTheCoordinatorReviewsAndTurnsTheObstacleIntoATask(
            AssertablePublishedEvents events) {
        CheckInTestData.OnStep amal = data.participantOnStepSince(TestDates.today().minusWeeks(2));
        ApiClient inArabic = amal.login().api(port).withHeader("Cookie", "KKLANG=ar");

        JsonNode form = ok(inArabic.get("/api/v1/participants/" + amal.id() + "/check-in-form?audience=PARTICIPANT"));
        assertThat(form.path("batteryName").asString()).isEqualTo("Veckans avstämning – deltagare");
        assertThat(form.path("answeredId").isNull()).isTrue();
        assertThat(form.path("period").path("start").asString())
                .isEqualTo(CheckInPeriod.of(FollowUpFrequency.WEEKLY, TestDates.today()).start().toString());

        long audit = auditRows(amal.id());
        ApiClient.Response answered = inArabic.post("/api/v1/participants/" + amal.id() + "/check-ins",
                checkIn("PARTICIPANT", participantAnswers("RED", "3"), List.of("CHILDCARE")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(auditRows(amal.id())).as("one audited write").isEqualTo(audit + 1);
        JsonNode view = answered.json();
        String id = view.path("id").asString();
        assertThat(view.path("language").asString()).as("the page language, stored").isEqualTo("ar");
        assertThat(view.path("flags").valueStream().map(f -> f.path("reason").asString()))
                .containsExactlyInAnyOrder("RED_LIGHT", "OBSTACLE");
        assertThat(events.ofType(CheckInAnswered.class).matching(e -> e.checkInId().toString().equals(id)
                && e.flagged())).hasSize(1);
        assertThat(events.ofType(CheckInFlagRaised.class).matching(e -> e.checkInId().toString().equals(id)))
                .hasSize(2);
        assertThat(inArabic.post("/api/v1/participants/" + amal.id() + "/check-ins",
                checkIn("PARTICIPANT", participantAnswers("GREEN", "4"), List.of())).status())
                .as("one per period").isEqualTo(409);
        assertThat(ok(inArabic.get("/api/v1/participants/" + amal.id() + "/check-in-form?audience=PARTICIPANT"))
                .path("answeredId").asString()).isEqualTo(id);

        JsonNode list = ok(coordinator.get("/api/v1/participants/" + amal.id() + "/check-ins"));
        assertThat(list.path("items").get(0).path("openFlags").asInt()).isEqualTo(2);
        audit = auditRows(amal.id());
        JsonNode read = ok(coordinator.get("/api/v1/check-ins/" + id));
        assertThat(auditRows(amal.id())).as("one audited read").isEqualTo(audit + 1);
        assertThat(read.path("mayReview").asBoolean()).isTrue();
        assertThat(read.path("answers").get(0).path("value").asString()).isEqualTo("RED");
        assertThat(read.path("answers").get(0).path("flagged").asBoolean()).isTrue();
        assertThat(read.path("obstacles").valueStream().map(JsonNode::asString)).containsExactly("CHILDCARE");

        assertThat(ok(coordinator.post("/api/v1/check-ins/" + id + "/review",
                Map.of("note", "Ringer om förskolan."))).path("reviewNote").asString()).isEqualTo("Ringer om förskolan.");
        assertThat(coordinator.post("/api/v1/check-ins/" + id + "/review", Map.of("note", "Igen")).status())
                .isEqualTo(409);

        String childcare = flag(read, "OBSTACLE");
        String red = flag(read, "RED_LIGHT");
        TestUser colleague = new IdentityTestData(context).user(data.staff.organisation(), Role.COORDINATOR).create();
        LocalDate due = TestDates.today().plusWeeks(1);
        JsonNode acted = ok(coordinator.post("/api/v1/check-ins/" + id + "/flags/" + childcare + "/action",
                Map.of("title", "Hjälp med ansökan om förskoleplats", "ownerId", colleague.id().toString(),
                        "dueDate", due.toString())));
        JsonNode actedFlag = acted.path("flags").valueStream().filter(f -> f.path("id").asString().equals(childcare))
                .findFirst().orElseThrow();
        assertThat(actedFlag.path("status").asString()).isEqualTo("ACTION");
        List<TaskView> mine = SignedIn.as(colleague.username(), () -> context.getBean(Tasks.class).mine(false, 0, 20))
                .items();
        assertThat(mine).extracting(TaskView::title).containsExactly("Hjälp med ansökan om förskoleplats");
        assertThat(mine.get(0).participantId()).isEqualTo(amal.id());
        assertThat(mine.get(0).sourceKind()).isEqualTo("CHECK_IN_ACTION");
        assertThat(mine.get(0).id().toString()).isEqualTo(actedFlag.path("taskId").asString());
        assertThat(coordinator.post("/api/v1/check-ins/" + id + "/flags/" + childcare + "/action",
                Map.of("title", "Igen", "ownerId", colleague.id().toString(), "dueDate", due.toString())).status())
                .isEqualTo(409);
        ApiClient.Response outsider = coordinator.post("/api/v1/check-ins/" + id + "/flags/" + red + "/action",
                Map.of("title", "Fel ansvarig", "ownerId", new IdentityTestData(context).staffedOrganisation(
                        se.kompetenskedjan.identity.OrganisationType.MUNICIPALITY).get(Role.COORDINATOR).id().toString(),
                        "dueDate", due.toString()));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.fieldError("ownerId")).contains("kollega");

        ApiClient.Response noNote = coordinator.post("/api/v1/check-ins/" + id + "/flags/" + red + "/closing",
                Map.of("note", " "));
        assertThat(noNote.status()).isEqualTo(400);
        JsonNode closed = ok(coordinator.post("/api/v1/check-ins/" + id + "/flags/" + red + "/closing",
                Map.of("note", "Pratat med Amal, veckan var tung men det är löst.")));
        assertThat(closed.path("flags").valueStream().filter(f -> f.path("id").asString().equals(red))
                .findFirst().orElseThrow().path("status").asString()).isEqualTo("CLOSED");
        assertThat(events.ofType(FlagTurnedIntoAction.class).matching(e -> e.flagId().toString().equals(childcare)))
                .hasSize(1);
        assertThat(events.ofType(FlagClosed.class).matching(e -> e.flagId().toString().equals(red))).hasSize(1);
        assertThat(events.ofType(CheckInReviewed.class).matching(e -> e.checkInId().toString().equals(id))).hasSize(1);

        JsonNode own = ok(inArabic.get("/api/v1/check-ins/" + id));
        assertThat(own.path("reviewNote").isNull()).as("the coordinator's notes are for staff").isTrue();
        assertThat(own.path("mayReview").asBoolean()).isFalse();
        assertThat(inArabic.post("/api/v1/check-ins/" + id + "/review", Map.of()).status()).isEqualTo(403);
        assertThat(data.staff.get(Role.TEACHER).api(port).get("/api/v1/check-ins/" + id).status()).isEqualTo(403);
    }

    @Test
    void aSupervisorAnswersForAParticipantTheySuperviseAndNoOneElse() {
        CheckInTestData.OnStep placed = data.participantOnStepSince(TestDates.today().minusWeeks(1));
        CheckInTestData.OnStep other = data.participantOnStepSince(TestDates.today().minusWeeks(1));
        data.supervise(placed.id());
        ApiClient supervisor = data.supervisor.api(port);

        JsonNode mine = ok(supervisor.get("/api/v1/check-ins/supervised"));
        assertThat(mine.valueStream().map(s -> s.path("participant").path("id").asString()))
                .containsExactly(placed.id().toString());
        assertThat(mine.get(0).path("checkInId").isNull()).isTrue();

        ApiClient.Response given = supervisor.post("/api/v1/participants/" + placed.id() + "/check-ins",
                checkIn("SUPERVISOR", supervisorAnswers(), List.of()));
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().path("flags").isEmpty()).isTrue();
        assertThat(ok(supervisor.get("/api/v1/check-ins/supervised")).get(0).path("checkInId").asString())
                .isEqualTo(given.json().path("id").asString());
        assertThat(supervisor.post("/api/v1/participants/" + other.id() + "/check-ins",
                checkIn("SUPERVISOR", supervisorAnswers(), List.of())).status()).as("not supervised").isEqualTo(403);
        assertThat(supervisor.post("/api/v1/participants/" + placed.id() + "/check-ins",
                checkIn("PARTICIPANT", participantAnswers("GREEN", "4"), List.of())).status())
                .as("only the participant answers about themself").isEqualTo(403);
        assertThat(coordinator.post("/api/v1/participants/" + placed.id() + "/check-ins",
                checkIn("SUPERVISOR", supervisorAnswers(), List.of())).status()).isEqualTo(403);

        ApiClient participant = placed.login().api(port);
        assertThat(participant.post("/api/v1/participants/" + placed.id() + "/check-ins",
                checkIn("PARTICIPANT", participantAnswers("GREEN", "1"), List.of())).status()).isEqualTo(201);
        assertThat(ok(participant.get("/api/v1/participants/" + placed.id() + "/check-ins")).path("items")
                .valueStream().map(c -> c.path("audience").asString())).as("the participant sees their own")
                .containsExactly("PARTICIPANT");
        assertThat(ok(supervisor.get("/api/v1/participants/" + placed.id() + "/check-ins")).path("items")
                .valueStream().map(c -> c.path("audience").asString())).as("the supervisor sees theirs")
                .containsExactly("SUPERVISOR");
        JsonNode both = ok(coordinator.get("/api/v1/participants/" + placed.id() + "/check-ins"));
        assertThat(both.path("items").valueStream().map(c -> c.path("audience").asString()))
                .containsExactlyInAnyOrder("PARTICIPANT", "SUPERVISOR");
        assertThat(both.path("items").valueStream().filter(c -> c.path("audience").asString().equals("PARTICIPANT"))
                .findFirst().orElseThrow().path("openFlags").asInt()).as("a 1 on the scale").isEqualTo(1);
        assertThat(participant.get("/api/v1/participants/" + other.id() + "/check-ins").status()).isEqualTo(403);
    }

    @Test
    void badAnswersAreRefusedWithSwedishMessagesAndNothingIsSaved() {
        CheckInTestData.OnStep sara = data.participantOnStepSince(TestDates.today().minusWeeks(1));
        ApiClient participant = sara.login().api(port);
        String path = "/api/v1/participants/" + sara.id() + "/check-ins";

        List<Map<String, Object>> answers = new ArrayList<>(participantAnswers("GREEN", "RED"));
        answers.remove(1); // the required yes/no question
        answers.set(4, answer("a1b2c3d4-0001-4000-8000-000000000107", "Med katten"));
        answers.add(answer(UUID.randomUUID().toString(), "YES"));
        answers.add(answer("a1b2c3d4-0001-4000-8000-000000000108", "x".repeat(1001)));
        ApiClient.Response bad = participant.post(path, checkIn("PARTICIPANT", answers, List.of()));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.fieldError("answers[1].value")).isEqualTo("Svaret ska vara en siffra från 1 till 5.");
        assertThat(bad.fieldError("answers[4].value")).isEqualTo("Svaret är inte ett av frågans svarsalternativ.");
        assertThat(bad.fieldError("answers[5].questionKey")).isEqualTo("Frågan finns inte i frågebatteriets version.");
        assertThat(bad.fieldError("answers[6].value")).isEqualTo("Svaret får vara högst 1 000 tecken.");
        assertThat(bad.fieldError("questions[1]")).isEqualTo("Svara på frågan.");

        Map<String, Object> unknownField = checkIn("PARTICIPANT", participantAnswers("GREEN", "3"), List.of());
        unknownField.put("mood", "bra");
        assertThat(participant.post(path, unknownField).status()).isEqualTo(400);
        Map<String, Object> badObstacle = checkIn("PARTICIPANT", participantAnswers("GREEN", "3"), List.of("WEATHER"));
        assertThat(participant.post(path, badObstacle).status()).isEqualTo(400);
        Map<String, Object> future = checkIn("PARTICIPANT", participantAnswers("GREEN", "3"), List.of());
        future.put("periodDate", TestDates.today().plusWeeks(1).toString());
        ApiClient.Response notOpen = participant.post(path, future);
        assertThat(notOpen.status()).isEqualTo(400);
        assertThat(notOpen.fieldError("periodDate")).contains("den här perioden eller den förra");

        assertThat(ok(coordinator.get(path)).path("totalItems").asInt()).as("nothing saved").isZero();
    }

    @Test
    void missedWeeksAreCountedForTheCaseloadAndARuleChangesTheRhythm() {
        LocalDate thisMonday = CheckInPeriod.of(FollowUpFrequency.WEEKLY, TestDates.today()).start();
        CheckInTestData.OnStep quiet = data.participantOnStepSince(thisMonday.minusWeeks(5));
        CheckInTestData.OnStep other = data.participantOnStepSince(thisMonday.minusWeeks(5));

        Map<UUID, CheckInSignals> before = SignedIn.as(data.coordinator.username(),
                () -> checkIns.signals(List.of(quiet.id(), other.id())));
        assertThat(before.get(quiet.id()).missedPeriods()).as("five whole weeks on the step").isEqualTo(5);
        assertThat(before.get(quiet.id()).lastCheckIn()).isNull();

        Map<String, Object> lastWeek = checkIn("PARTICIPANT", participantAnswers("GREEN", "3"), List.of("TRAVEL"));
        lastWeek.put("periodDate", thisMonday.minusDays(1).toString());
        assertThat(quiet.login().api(port).post("/api/v1/participants/" + quiet.id() + "/check-ins", lastWeek)
                .status()).isEqualTo(201);
        CheckInSignals after = SignedIn.as(data.coordinator.username(), () -> checkIns.signals(List.of(quiet.id())))
                .get(quiet.id());
        assertThat(after.missedPeriods()).isEqualTo(4);
        assertThat(after.latestMissed().start()).isEqualTo(thisMonday.minusWeeks(2));
        assertThat(after.lastCheckIn()).isEqualTo(TestDates.today());
        assertThat(after.openFlags()).as("the travel obstacle").isEqualTo(1);
        assertThat(SignedIn.as(data.supervisor.username(), () -> checkIns.signals(List.of(quiet.id()))))
                .as("only participants the reader may see").isEmpty();
        // The caseload asks the follow-up source once for both answers (decision 90): the same as asking twice.
        se.kompetenskedjan.shared.CaseSignalSource source = context.getBeansOfType(
                se.kompetenskedjan.shared.CaseSignalSource.class).values().stream()
                .filter(b -> b.getClass().getSimpleName().startsWith("CheckInCaseSignals")).findFirst().orElseThrow();
        java.util.Set<UUID> both = java.util.Set.of(quiet.id(), other.id());
        se.kompetenskedjan.shared.CaseSignalSource.Answer answer = SignedIn.as(data.coordinator.username(),
                () -> source.answer(both, TestDates.today()));
        assertThat(answer.lastContact()).containsExactly(Map.entry(quiet.id(), TestDates.today()));
        assertThat(answer.signals()).containsExactlyInAnyOrderElementsOf(SignedIn.as(data.coordinator.username(),
                () -> source.signals(both, TestDates.today())));
        assertThat(answer.signals().stream().filter(x -> x.participantId().equals(quiet.id()))
                .map(x -> x.kind() + " " + x.count()))
                .containsExactlyInAnyOrder("OPEN_OBSTACLE 1", "MISSED_CHECK_IN 4");
        JsonNode caseload = ok(coordinator.get("/api/v1/caseload?kinds=MISSED_CHECK_IN,OPEN_OBSTACLE"));
        JsonNode row = caseload.path("rows").path("items").valueStream()
                .filter(r -> r.path("participantId").asString().equals(quiet.id().toString())).findFirst().orElseThrow();
        assertThat(row.path("signals").valueStream().map(x -> x.path("kind").asString() + " " + x.path("count").asInt()))
                .as("the caseload hears of the missed weeks and the open obstacle")
                .containsExactlyInAnyOrder("OPEN_OBSTACLE 1", "MISSED_CHECK_IN 4");
        assertThat(caseload.path("rows").path("items").valueStream().map(r -> r.path("participantId").asString()))
                .as("the quieter participant, five weeks missed, is there too").contains(other.id().toString());

        String rules = "/api/v1/ladders/" + data.ladder.id() + "/follow-up-rules";
        JsonNode defaults = ok(coordinator.get(rules));
        assertThat(defaults.path("steps").valueStream().allMatch(s -> s.path("byDefault").asBoolean()
                && s.path("frequency").asString().equals("WEEKLY"))).isTrue();
        List<Map<String, Object>> none = defaults.path("steps").valueStream()
                .map(s -> Map.<String, Object>of("stepId", s.path("stepId").asString(), "frequency", "NONE")).toList();
        assertThat(data.supervisor.api(port).put(rules, Map.of("steps", none)).status()).isEqualTo(403);
        ApiClient.Response unknownStep = coordinator.put(rules, Map.of("steps",
                List.of(Map.of("stepId", UUID.randomUUID().toString(), "frequency", "MONTHLY"))));
        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(unknownStep.fieldError("steps[0].stepId")).isEqualTo("Steget finns inte i stegmodellen.");
        JsonNode saved = ok(coordinator.put(rules, Map.of("steps", none,
                "afterRegularJob", Map.of("frequency", "MONTHLY", "weeks", 26))));
        assertThat(saved.path("steps").valueStream().map(s -> s.path("frequency").asString())).containsOnly("NONE");
        assertThat(saved.path("afterRegularJob").path("weeks").asInt()).isEqualTo(26);
        assertThat(SignedIn.as(data.coordinator.username(), () -> checkIns.signals(List.of(other.id())))
                .get(other.id()).missedPeriods()).as("no follow-up on these steps").isZero();
    }

    private static String flag(JsonNode checkIn, String reason) {
        return checkIn.path("flags").valueStream().filter(f -> f.path("reason").asString().equals(reason))
                .findFirst().orElseThrow().path("id").asString();
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private long auditRows(UUID participantId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :id").param("id", participantId)
                .query(Long.class).single();
    }
}
