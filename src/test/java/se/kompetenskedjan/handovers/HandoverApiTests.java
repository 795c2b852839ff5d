package se.kompetenskedjan.handovers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantHandedOver;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Hand-over between organisations (issue 13, item 5): Arbetsförmedlingen proposes, with the participant's consent, the
 * municipality accepts or declines; on acceptance responsibility and coordinator move and the sender keeps only what
 * consent allows; every step is one audited access.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class HandoverApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEmploymentServiceHandsAParticipantToTheMunicipalityWhichAcceptsAndTakesOver(
            AssertablePublishedEvents events) {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff employmentService = identity.staffedOrganisation(OrganisationType.PUBLIC_EMPLOYMENT_SERVICE);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser sender = employmentService.get(Role.COORDINATOR);
        TestUser receiver = municipality.get(Role.COORDINATOR);
        TestUser colleague = identity.user(municipality.organisation(), Role.COORDINATOR).create();
        ParticipantTestData participants = new ParticipantTestData(context);
        UUID withoutConsent = participants.participant().registeredBy(sender).create();
        UUID consenting = participants.participant().registeredBy(sender)
                .consentingTo(municipality.organisation().id()).create();
        UUID to = municipality.organisation().id();
        ApiClient af = sender.api(port);
        ApiClient kommun = receiver.api(port);

        ApiClient.Response noConsent = af.post(path(withoutConsent), Map.of("toOrganisationId", to.toString()));
        assertThat(noConsent.status()).as(noConsent.body()).isEqualTo(409);
        assertThat(noConsent.json().path("detail").asString()).contains("samtyckt");
        assertThat(af.post(path(consenting), Map.of()).fieldError("toOrganisationId")).contains("Välj organisationen");
        assertThat(af.post(path(consenting), Map.of("toOrganisationId", UUID.randomUUID().toString()))
                .fieldError("toOrganisationId")).contains("finns inte");
        assertThat(af.post(path(consenting), Map.of("toOrganisationId", employmentService.organisation().id()
                .toString())).fieldError("toOrganisationId")).contains("hör redan till");
        assertThat(kommun.post(path(consenting), Map.of("toOrganisationId", to.toString())).status())
                .as("the receiver reads through consent but may not hand the participant anywhere").isEqualTo(403);
        assertThat(af.post(path(consenting), Map.of("toOrganisationId", to.toString(), "colour", "red")).status())
                .as("unknown fields are refused").isEqualTo(400);

        long auditBefore = auditRows(consenting);
        ApiClient.Response proposed = af.post(path(consenting), Map.of("toOrganisationId", to.toString(),
                "note", "Flyttar till kommunen, behöver arbetsmarknadsinsatser"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        JsonNode handover = proposed.json();
        assertThat(proposed.header("Location")).endsWith("/api/v1/handovers/" + handover.path("id").asString());
        assertThat(handover.path("status").asString()).isEqualTo("PROPOSED");
        assertThat(auditRows(consenting)).as("one audit row for the proposal").isEqualTo(auditBefore + 1);
        assertThat(af.post(path(consenting), Map.of("toOrganisationId", to.toString())).status())
                .as("one pending hand-over at a time").isEqualTo(409);

        JsonNode incoming = kommun.get("/api/v1/handovers/incoming").json();
        assertThat(incoming.path("totalItems").asLong()).isEqualTo(1);
        assertThat(incoming.path("items").get(0).path("participantName").asString()).isNotBlank();
        assertThat(incoming.path("items").get(0).path("fromOrganisationName").asString())
                .isEqualTo(employmentService.organisation().name());
        assertThat(municipality.get(Role.SUPERVISOR).api(port).get("/api/v1/handovers/incoming").status())
                .isEqualTo(403);
        String id = handover.path("id").asString();
        assertThat(af.post("/api/v1/handovers/" + id + "/acceptance", Map.of()).status())
                .as("the sender cannot answer its own proposal").isEqualTo(404);
        assertThat(kommun.post("/api/v1/handovers/" + id + "/acceptance",
                Map.of("coordinatorId", sender.id().toString())).fieldError("coordinatorId")).isNotNull();

        ApiClient.Response accepted = kommun.post("/api/v1/handovers/" + id + "/acceptance",
                Map.of("coordinatorId", colleague.id().toString()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode now = kommun.get("/api/v1/participants/" + consenting).json();
        assertThat(now.path("organisationId").asString()).isEqualTo(to.toString());
        assertThat(now.path("coordinatorId").asString()).isEqualTo(colleague.id().toString());
        assertThat(events.ofType(ParticipantHandedOver.class)
                .matching(e -> e.participantId().equals(consenting) && e.toOrganisationId().equals(to)
                        && e.fromOrganisationId().equals(employmentService.organisation().id())))
                .hasSize(1);
        assertThat(af.get("/api/v1/participants/" + consenting).status())
                .as("no consent shares the participant with the sender any more").isEqualTo(403);
        assertThat(kommun.post("/api/v1/handovers/" + id + "/decline", Map.of("reason", "Sent")).status())
                .as("answered once").isEqualTo(409);
        JsonNode outgoing = af.get("/api/v1/handovers/outgoing").json();
        assertThat(outgoing.path("items").get(0).path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(outgoing.path("items").get(0).path("participantName").isNull())
                .as("the sender no longer sees the name").isTrue();
    }

    @Test
    void theReceiverDeclinesWithAReasonAndTheSenderMayWithdrawAPendingProposal() {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff alvstad = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff bergsjo = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        ParticipantTestData participants = new ParticipantTestData(context);
        UUID participant = participants.participant().registeredBy(alvstad.get(Role.COORDINATOR))
                .consentingTo(bergsjo.organisation().id()).create();
        ApiClient from = alvstad.get(Role.COORDINATOR).api(port);
        ApiClient to = bergsjo.get(Role.ADMIN).api(port);
        String target = bergsjo.organisation().id().toString();

        String first = from.post(path(participant), Map.of("toOrganisationId", target)).json().path("id").asString();
        assertThat(to.post("/api/v1/handovers/" + first + "/decline", Map.of("reason", " ")).fieldError("reason"))
                .contains("varför");
        ApiClient.Response declined = to.post("/api/v1/handovers/" + first + "/decline",
                Map.of("reason", "Deltagaren bor kvar i Älvstad"));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(from.get("/api/v1/participants/" + participant).json().path("organisationId").asString())
                .as("declined: nothing moved").isEqualTo(alvstad.organisation().id().toString());
        assertThat(from.get(path(participant)).json().get(0).path("declineReason").asString())
                .isEqualTo("Deltagaren bor kvar i Älvstad");

        String second = from.post(path(participant), Map.of("toOrganisationId", target)).json().path("id").asString();
        assertThat(to.post("/api/v1/handovers/" + second + "/withdrawal", null).status())
                .as("only the sender withdraws").isEqualTo(404);
        assertThat(from.post("/api/v1/handovers/" + second + "/withdrawal", null).json().path("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(to.get("/api/v1/handovers/incoming").json().path("totalItems").asLong()).isZero();
    }

    private static String path(UUID participant) {
        return "/api/v1/participants/" + participant + "/handovers";
    }

    private long auditRows(UUID participant) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p").param("p", participant)
                .query(Long.class).single();
    }
}
