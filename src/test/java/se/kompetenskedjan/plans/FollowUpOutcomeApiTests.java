package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Outcomes 90 and 180 days after a journey ended, through the API: the points and their days, recorded and corrected
 * by those who may change the participant, the event published, and the refusals (an open journey, a day before the
 * point or after today, a reader who may not change the participant).
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class FollowUpOutcomeApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestUser coordinator;
    TestUser manager;
    ApiClient koordinator;
    LadderView ladder;
    UUID participant;
    LocalDate today;

    @BeforeEach
    void aParticipantOnALadder() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation municipality = identity.organisation().create();
        TestOrganisation care = identity.organisation().name("Omsorgen").create();
        coordinator = identity.user(municipality, Role.COORDINATOR).create();
        manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        koordinator = coordinator.api(port);
        ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        today = TestDates.today();
    }

    @Test
    void anEndedJourneyHasTwoPointsWhoseOutcomesAreRecordedCorrectedAndPublished(AssertablePublishedEvents events) {
        JourneyView journey = new JourneyTestData(context).journey(participant).on(ladder)
                .since(today.minusDays(300)).by(coordinator).create();
        LocalDate ended = today.minusDays(200);
        assertThat(koordinator.post(events(journey.id()), Map.of("type", "COMPLETED", "on", ended.toString(),
                "version", journey.version())).status()).isEqualTo(200);

        JsonNode points = koordinator.get("/api/v1/participants/" + participant + "/follow-ups").json();
        assertThat(points).hasSize(2);
        assertThat(points.get(0).path("point").asString()).isEqualTo("DAYS_90");
        assertThat(points.get(0).path("dueOn").asString()).isEqualTo(ended.plusDays(90).toString());
        assertThat(points.get(0).path("outcome").isNull()).isTrue();
        assertThat(points.get(1).path("point").asString()).isEqualTo("DAYS_180");
        assertThat(points.get(1).path("dueOn").asString()).isEqualTo(ended.plusDays(180).toString());

        ApiClient.Response recorded = koordinator.post(followUps(journey.id()), Map.of("point", "DAYS_90",
                "outcome", "SUBSIDISED_EMPLOYMENT", "on", ended.plusDays(92).toString(), "note", "Lönebidrag"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().path("outcome").asString()).isEqualTo("SUBSIDISED_EMPLOYMENT");
        assertThat(recorded.json().path("recordedByName").asString()).isEqualTo(coordinator.displayName());
        assertThat(events.ofType(JourneyFollowUpOutcomeRecorded.class)
                .matching(e -> e.journeyId().equals(journey.id()))).singleElement().satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(participant);
                    assertThat(e.ladderId()).isEqualTo(ladder.id());
                    assertThat(e.point()).isEqualTo(FollowUpPoint.DAYS_90);
                    assertThat(e.outcome()).isEqualTo(Outcome.SUBSIDISED_EMPLOYMENT);
                    assertThat(e.endedOn()).isEqualTo(ended);
                    assertThat(e.on()).isEqualTo(ended.plusDays(92));
                });

        assertThat(koordinator.post(followUps(journey.id()), Map.of("point", "DAYS_90", "outcome",
                "REGULAR_EMPLOYMENT", "on", ended.plusDays(95).toString())).status()).isEqualTo(200);
        assertThat(koordinator.post(followUps(journey.id()), Map.of("point", "DAYS_180", "outcome", "STUDIES",
                "on", today.toString())).status()).isEqualTo(200);
        points = koordinator.get("/api/v1/participants/" + participant + "/follow-ups").json();
        assertThat(points.get(0).path("outcome").asString()).as("corrected").isEqualTo("REGULAR_EMPLOYMENT");
        assertThat(points.get(0).path("foundOn").asString()).isEqualTo(ended.plusDays(95).toString());
        assertThat(points.get(0).path("note").isNull()).isTrue();
        assertThat(points.get(1).path("outcome").asString()).isEqualTo("STUDIES");
        assertThat(events.ofType(JourneyFollowUpOutcomeRecorded.class)
                .matching(e -> e.journeyId().equals(journey.id()))).hasSize(3);

        ApiClient employer = manager.api(port);
        assertThat(employer.get("/api/v1/participants/" + participant + "/follow-ups").status())
                .as("a reader by consent reads").isEqualTo(200);
        assertThat(employer.post(followUps(journey.id()), Map.of("point", "DAYS_90", "outcome", "UNKNOWN",
                "on", today.toString())).status()).as("but does not record").isEqualTo(403);
    }

    @Test
    void aJourneyThatHasNotEndedHasNoPointsAndWrongDaysAreRefusedInSwedish() {
        JourneyView open = new JourneyTestData(context).journey(participant).on(ladder)
                .since(today.minusDays(300)).by(coordinator).create();
        assertThat(koordinator.get("/api/v1/participants/" + participant + "/follow-ups").json()).isEmpty();
        ApiClient.Response notEnded = koordinator.post(followUps(open.id()), Map.of("point", "DAYS_90", "outcome",
                "STUDIES", "on", today.toString()));
        assertThat(notEnded.status()).isEqualTo(409);
        assertThat(notEnded.json().path("detail").asString()).startsWith("Resan är inte avslutad");

        LocalDate ended = today.minusDays(100);
        assertThat(koordinator.post(events(open.id()), Map.of("type", "ENDED_EARLY", "on", ended.toString(),
                "dropoutReason", "MOVED", "version", open.version())).status()).isEqualTo(200);
        ApiClient.Response early = koordinator.post(followUps(open.id()), Map.of("point", "DAYS_90", "outcome",
                "STUDIES", "on", ended.plusDays(89).toString()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.fieldError("on")).isEqualTo("Datumet kan inte vara före den dag tidpunkten infaller");
        ApiClient.Response notYet = koordinator.post(followUps(open.id()), Map.of("point", "DAYS_180", "outcome",
                "STUDIES", "on", today.plusDays(80).toString()));
        assertThat(notYet.status()).isEqualTo(400);
        assertThat(notYet.fieldError("on")).isEqualTo("Datumet kan inte vara senare än i dag");
        ApiClient.Response noOutcome = koordinator.post(followUps(open.id()), Map.of("point", "DAYS_90",
                "on", today.toString()));
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.fieldError("outcome")).isEqualTo("Välj utfall");
        assertThat(koordinator.post(followUps(UUID.randomUUID()), Map.of("point", "DAYS_90", "outcome", "STUDIES",
                "on", today.toString())).status()).isEqualTo(404);
        assertThat(koordinator.get("/api/v1/participants/" + participant + "/follow-ups").json()
                .valueStream().map(p -> p.path("outcome").isNull())).as("nothing saved").containsOnly(true);
    }

    private String events(UUID journeyId) {
        return "/api/v1/participants/" + participant + "/journeys/" + journeyId + "/events";
    }

    private String followUps(UUID journeyId) {
        return "/api/v1/participants/" + participant + "/journeys/" + journeyId + "/follow-ups";
    }
}
