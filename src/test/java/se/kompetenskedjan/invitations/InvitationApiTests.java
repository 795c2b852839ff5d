package se.kompetenskedjan.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;

/**
 * Inviting a participant through the API: invite, send again, revoke, who may, the Swedish 409s, the public link
 * and the account stopping when the participant's consent or journey ends.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationApiTests {

    private static final String PASSWORD = "sommar-kaffe-i-trappan";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Invitations invitations;
    @Autowired
    Clock clock;

    private TestStaff staff;
    private TestStaff otherMunicipality;
    private ParticipantTestData participants;

    @BeforeAll
    void setUp() {
        IdentityTestData identity = new IdentityTestData(context);
        staff = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        otherMunicipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        participants = new ParticipantTestData(context);
    }

    @Test
    void aCoordinatorInvitesSendsAgainAndRevokes() throws Exception {
        UUID participant = participants.participant().registeredBy(coordinator()).create();
        ApiClient coordinator = coordinator().api(port);
        String base = "/api/v1/participants/" + participant;

        ApiClient.Response none = coordinator.get(base + "/account");
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().path("state").asString()).isEqualTo("NONE");

        Instant before = clock.instant();
        ApiClient.Response invited = coordinator.post(base + "/invitations", null);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String link = invited.json().path("link").asString();
        assertThat(link).matches("http://localhost:8080/inbjudan/[A-Za-z0-9_-]{43}");
        assertThat(Instant.parse(invited.json().path("expiresAt").asString()))
                .isBetween(before.plus(Duration.ofDays(14)), clock.instant().plus(Duration.ofDays(14)));
        assertThat(invited.json().path("emailed").asBoolean()).as("no mail server configured").isFalse();
        assertThat(invited.json().path("account").path("state").asString()).isEqualTo("INVITED");
        assertThat(invited.json().path("account").path("username").asString()).matches("testa\\.\\d{4}");

        // Only the hash of the token is kept.
        String token = link.substring(link.lastIndexOf('/') + 1);
        byte[] stored = jdbc.sql("SELECT token_hash FROM participant_invitation WHERE participant_id = :p AND state = 'PENDING'")
                .param("p", participant).query(byte[].class).single();
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));

        ApiClient.Response again = coordinator.post(base + "/invitations", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString())
                .isEqualTo("Det finns redan en inbjudan som gäller. Skicka den igen eller återkalla den.");

        assertThat(page(token).status()).isEqualTo(200);
        assertThat(page(token).body()).contains(invited.json().path("account").path("username").asString());

        ApiClient.Response resent = coordinator.post(base + "/invitations/resend", null);
        assertThat(resent.status()).as(resent.body()).isEqualTo(201);
        String newToken = resent.json().path("link").asString().replaceFirst(".*/", "");
        assertThat(newToken).isNotEqualTo(token);
        assertThat(page(token).status()).as("the old link stops working").isEqualTo(404);
        assertThat(page(token).body()).contains("Länken gäller inte längre");
        assertThat(page(newToken).status()).isEqualTo(200);

        ApiClient.Response revoked = coordinator.post(base + "/invitations/revocation", null);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("state").asString()).isEqualTo("NONE");
        assertThat(page(newToken).status()).isEqualTo(404);
        ApiClient.Response revokedAgain = coordinator.post(base + "/invitations/revocation", null);
        assertThat(revokedAgain.status()).isEqualTo(409);
        assertThat(revokedAgain.json().path("detail").asString()).isEqualTo("Det finns ingen inbjudan som gäller att återkalla.");
        assertThat(coordinator.post(base + "/invitations/resend", null).json().path("detail").asString())
                .isEqualTo("Det finns ingen inbjudan som gäller att skicka igen. Bjud in deltagaren på nytt.");
        assertThat(page("inte-en-token").status()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoMayChangeTheParticipantInvite() {
        UUID participant = participants.participant().registeredBy(coordinator()).create();
        String base = "/api/v1/participants/" + participant;
        for (TestUser denied : new TestUser[] {staff.get(Role.TEACHER), staff.get(Role.SUPERVISOR),
                staff.get(Role.ANALYST), otherMunicipality.get(Role.COORDINATOR), otherMunicipality.get(Role.ADMIN)}) {
            ApiClient client = denied.api(port);
            assertThat(client.get(base + "/account").status()).as("%s", denied.role()).isEqualTo(403);
            assertThat(client.post(base + "/invitations", null).status()).as("%s", denied.role()).isEqualTo(403);
            assertThat(client.post(base + "/invitations/revocation", null).status()).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).post(base + "/invitations", null).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM participant_invitation WHERE participant_id = :p")
                .param("p", participant).query(Long.class).single()).isZero();
        assertThat(staff.get(Role.ADMIN).api(port).post(base + "/invitations", null).status()).isEqualTo(201);
        assertThat(coordinator().api(port).get("/api/v1/participants/" + UUID.randomUUID() + "/account").status())
                .isEqualTo(404);
    }

    @Test
    void theParticipantSetsAPasswordAndTheAccountStopsWhenTheLastConsentIsWithdrawn() {
        UUID participant = participants.participant().registeredBy(coordinator())
                .consentingTo(otherMunicipality.organisation().id()).create();
        ApiClient coordinator = coordinator().api(port);
        String base = "/api/v1/participants/" + participant;
        String token = token(coordinator.post(base + "/invitations", null));

        assertThatThrownBy(() -> invitations.accept(token, "kort")).isInstanceOf(InvalidFieldException.class);
        assertThat(invitations.open(token)).as("a refused password leaves the link as it was").isPresent();
        String username = invitations.accept(token, PASSWORD).username();
        assertThat(invitations.open(token)).as("used up").isEmpty();

        ApiClient me = ApiClient.basic(port, username, PASSWORD);
        assertThat(me.get("/api/v1/me").json().path("participantId").asString()).isEqualTo(participant.toString());
        assertThat(coordinator.get(base + "/account").json().path("state").asString()).isEqualTo("ACTIVE");
        ApiClient.Response active = coordinator.post(base + "/invitations", null);
        assertThat(active.status()).isEqualTo(409);
        assertThat(active.json().path("detail").asString()).isEqualTo("Deltagaren har redan ett konto som fungerar.");

        UUID consent = SignedIn.as(coordinator().username(),
                () -> context.getBean(ParticipantRegister.class).consents(participant).get(0).id());
        assertThat(coordinator.post(base + "/consents/" + consent + "/withdrawal", null).status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(coordinator.get(base + "/account").json().path("state").asString()).isEqualTo("STOPPED"));
        assertThat(me.get("/api/v1/me").status()).isEqualTo(401);

        // Invited again: once the new link is used, the same login works again.
        String again = token(coordinator.post(base + "/invitations", null));
        assertThat(invitations.open(again).orElseThrow().username()).isEqualTo(username);
        invitations.accept(again, PASSWORD + "-2");
        assertThat(ApiClient.basic(port, username, PASSWORD + "-2").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theAccountStopsWhenTheJourneyEndsAndNothingIsOpen() {
        UUID participant = participants.participant().registeredBy(coordinator()).create();
        JourneyView journey = new JourneyTestData(context).journey(participant)
                .on(new LadderTestData(context).ladder().ownedBy(coordinator()).create()).by(coordinator()).create();
        ApiClient coordinator = coordinator().api(port);
        String base = "/api/v1/participants/" + participant;
        String username = invitations.accept(token(coordinator.post(base + "/invitations", null)), PASSWORD).username();
        assertThat(ApiClient.basic(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);

        SignedIn.as(coordinator().username(), () -> context.getBean(Journeys.class).record(participant, journey.id(),
                new JourneyEventCommand(JourneyEventType.ENDED_EARLY, SwedishTime.today(clock), null, "Flyttar",
                        DropoutReason.MOVED, null, journey.version())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(coordinator.get(base + "/account").json().path("state").asString()).isEqualTo("STOPPED"));
        assertThat(ApiClient.basic(port, username, PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    private TestUser coordinator() {
        return staff.get(Role.COORDINATOR);
    }

    private ApiClient.Response page(String token) {
        return ApiClient.anonymous(port).get("/inbjudan/" + token);
    }

    private static String token(ApiClient.Response issued) {
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().path("link").asString().replaceFirst(".*/", "");
    }
}
