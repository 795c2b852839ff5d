package se.kompetenskedjan.participants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ConsentExpired;
import se.kompetenskedjan.participants.ConsentGiven;
import se.kompetenskedjan.participants.ConsentWithdrawn;
import se.kompetenskedjan.participants.ParticipantChanged;
import se.kompetenskedjan.participants.ParticipantRegistered;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ParticipantStatusChanged;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.participants.SwedishLevelRecorded;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/** The participants module's domain events, published by the changes that make them (through the REST API). */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class ParticipantEventsTests {

    @LocalServerPort
    int port;

    @Autowired
    ConsentExpiry consentExpiry;

    @Autowired
    ApplicationContext context;

    TestUser coordinator;
    TestOrganisation care;
    TestOrganisation employmentService;

    @BeforeEach
    void aCoordinatorAndTwoOrganisationsToShareWith() {
        IdentityTestData identity = new IdentityTestData(context);
        coordinator = identity.user(identity.organisation().name("Arbetsmarknadsförvaltningen").create(),
                Role.COORDINATOR).create();
        care = identity.organisation().name("Omsorgsförvaltningen").create();
        employmentService = identity.organisation().name("Arbetsförmedlingen")
                .type(OrganisationType.PUBLIC_EMPLOYMENT_SERVICE).create();
    }

    ApiClient coordinator() {
        return coordinator.api(port);
    }

    @Test
    void registeringAndChangingAParticipantPublishTheFactsWithoutPersonalData(AssertablePublishedEvents events) {
        ApiClient.Response created = coordinator().post("/api/v1/participants",
                se.kompetenskedjan.support.ParticipantJson.aParticipant().with("status", "MAPPING")
                        .with("swedishLevel", "SFI_B").build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        UUID organisation = UUID.fromString(created.json().path("organisationId").asString());

        assertThat(events.ofType(ParticipantRegistered.class).matching(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.organisationId()).isEqualTo(organisation);
                    assertThat(e.status()).isEqualTo(ParticipantStatus.MAPPING);
                    assertThat(e.registeredOn()).isEqualTo(TestDates.today());
                });

        JsonNode read = created.json();
        ApiClient.Response updated = coordinator().put("/api/v1/participants/" + id,
                se.kompetenskedjan.support.ParticipantJson.aParticipant().with("status", "ACTIVE")
                        .with("swedishLevel", "SFI_C").with("version", read.path("version").asLong()).build());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        assertThat(events.ofType(ParticipantChanged.class).matching(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.version()).isEqualTo(read.path("version").asLong() + 1));
        assertThat(events.ofType(ParticipantStatusChanged.class).matching(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(ParticipantStatus.MAPPING);
                    assertThat(e.to()).isEqualTo(ParticipantStatus.ACTIVE);
                });
        assertThat(events.ofType(SwedishLevelRecorded.class).matching(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(SwedishLevel.SFI_B);
                    assertThat(e.to()).isEqualTo(SwedishLevel.SFI_C);
                });

        ApiClient.Response unchanged = coordinator().put("/api/v1/participants/" + id,
                se.kompetenskedjan.support.ParticipantJson.aParticipant().with("status", "ACTIVE")
                        .with("swedishLevel", "SFI_C").with("version", read.path("version").asLong() + 1).build());
        assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(200);
        assertThat(events.ofType(ParticipantChanged.class).matching(e -> e.participantId().equals(id))).hasSize(2);
        assertThat(events.ofType(ParticipantStatusChanged.class).matching(e -> e.participantId().equals(id)))
                .as("no status change, no event").hasSize(1);
        assertThat(events.ofType(SwedishLevelRecorded.class).matching(e -> e.participantId().equals(id)))
                .as("the same level, no event").hasSize(1);
    }

    @Test
    void consentGivenWithdrawnAndExpiredArePublishedOnce(AssertablePublishedEvents events) {
        ApiClient.Response created = coordinator().post("/api/v1/participants",
                se.kompetenskedjan.support.ParticipantJson.aParticipant().build());
        UUID id = UUID.fromString(created.json().path("id").asString());

        ApiClient.Response given = coordinator().post("/api/v1/participants/" + id + "/consents", Map.of(
                "purpose", "Praktik i hemtjänst", "organisationIds", List.of(care.id()),
                "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString()));
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        UUID consent = UUID.fromString(given.json().path("id").asString());
        assertThat(events.ofType(ConsentGiven.class).matching(e -> e.consentId().equals(consent))).singleElement()
                .satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(id);
                    assertThat(e.organisationIds()).containsExactly(care.id());
                    assertThat(e.validUntil()).isEqualTo(TestDates.today().plusMonths(6));
                });

        assertThat(coordinator().post("/api/v1/participants/" + id + "/consents/" + consent + "/withdrawal", null)
                .status()).isEqualTo(200);
        assertThat(events.ofType(ConsentWithdrawn.class).matching(e -> e.consentId().equals(consent))).singleElement()
                .satisfies(e -> assertThat(e.withdrawnOn()).isEqualTo(TestDates.today()));

        ApiClient.Response lapsed = coordinator().post("/api/v1/participants/" + id + "/consents", Map.of(
                "purpose", "Kartläggning", "organisationIds", List.of(employmentService.id()),
                "givenOn", TestDates.today().minusMonths(2).toString(),
                "validUntil", TestDates.today().minusDays(1).toString()));
        assertThat(lapsed.status()).as(lapsed.body()).isEqualTo(201);
        UUID lapsedId = UUID.fromString(lapsed.json().path("id").asString());

        assertThat(consentExpiry.announceExpired()).extracting(ConsentExpired::consentId).contains(lapsedId)
                .doesNotContain(consent);
        assertThat(events.ofType(ConsentExpired.class).matching(e -> e.consentId().equals(lapsedId))).singleElement()
                .satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(id);
                    assertThat(e.validUntil()).isEqualTo(TestDates.today().minusDays(1));
                });
        assertThat(consentExpiry.announceExpired()).extracting(ConsentExpired::consentId)
                .as("announced once").doesNotContain(lapsedId);
    }
}
