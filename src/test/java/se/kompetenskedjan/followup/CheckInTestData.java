package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.participants.SupervisionCommand;
import se.kompetenskedjan.placements.Supervisions;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * Test data for check-ins: an organisation with its staff, a ladder of its own, and participants on the ladder's first
 * step with their own logins, optionally supervised by the organisation's supervisor. Waits until this module's
 * copies of the journey and the supervision (filled from events after commit) have them.
 */
final class CheckInTestData {

    /** The platform's default weekly set for participants (V30). */
    static final String RED_LIGHT_QUESTION = "a1b2c3d4-0001-4000-8000-000000000101";

    final ApplicationContext context;
    final TestStaff staff;
    final TestUser coordinator;
    final TestUser supervisor;
    final LadderView ladder;

    CheckInTestData(ApplicationContext context) {
        this.context = context;
        this.staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        this.coordinator = staff.get(Role.COORDINATOR);
        this.supervisor = staff.get(Role.SUPERVISOR);
        this.ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
    }

    record OnStep(UUID id, TestUser login) {
    }

    /** A participant enrolled on the first step on {@code since}, with a login. */
    OnStep participantOnStepSince(LocalDate since) {
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        new JourneyTestData(context).journey(participant).on(ladder).since(since).by(coordinator).create();
        TestUser login = new IdentityTestData(context).participantLogin(staff.organisation().id(), participant);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM followup_journey_event WHERE participant_id = :p").param("p", participant)
                .query(Long.class).single() > 0);
        return new OnStep(participant, login);
    }

    /** The organisation's supervisor supervises the participant from yesterday (the access rule follows at once). */
    void supervise(UUID participant) {
        SignedIn.as(coordinator.username(), () -> context.getBean(Supervisions.class).record(participant,
                new SupervisionCommand(supervisor.id(), staff.organisation().unitId(), TestDates.today().minusDays(1),
                        null)));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            SignedIn.as(supervisor.username(), () -> context.getBean(ParticipantRegister.class).requireRead(participant));
            assertThat(jdbc.sql("SELECT count(*) FROM followup_supervision WHERE participant_id = :p")
                    .param("p", participant).query(Long.class).single()).isEqualTo(1);
        });
    }

    /** Answers to the participant's default set: the week's light, the scale, and valid answers to the rest. */
    static List<Map<String, Object>> participantAnswers(String light, String scale) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(answer(RED_LIGHT_QUESTION, light));
        answers.add(answer("a1b2c3d4-0001-4000-8000-000000000102", "YES"));
        answers.add(answer("a1b2c3d4-0001-4000-8000-000000000103", scale));
        answers.add(answer("a1b2c3d4-0001-4000-8000-000000000105", "Bussen var sen."));
        answers.add(answer("a1b2c3d4-0001-4000-8000-000000000106", "NO"));
        answers.add(answer("a1b2c3d4-0001-4000-8000-000000000107", "Med barnomsorg"));
        return answers;
    }

    /** Answers to the supervisor's default set, all well. */
    static List<Map<String, Object>> supervisorAnswers() {
        return List.of(answer("a1b2c3d4-0002-4000-8000-000000000201", "GREEN"),
                answer("a1b2c3d4-0002-4000-8000-000000000202", "4"),
                answer("a1b2c3d4-0002-4000-8000-000000000203", "3"),
                answer("a1b2c3d4-0002-4000-8000-000000000204", "YES"),
                answer("a1b2c3d4-0002-4000-8000-000000000207", "Inget"),
                answer("a1b2c3d4-0002-4000-8000-000000000208", "NO"));
    }

    static Map<String, Object> answer(String key, String value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("questionKey", key);
        answer.put("value", value);
        return answer;
    }

    static Map<String, Object> checkIn(String audience, List<Map<String, Object>> answers, List<String> obstacles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("audience", audience);
        body.put("answers", answers);
        body.put("obstacles", obstacles);
        return body;
    }
}
