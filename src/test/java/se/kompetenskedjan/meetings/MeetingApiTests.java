package se.kompetenskedjan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;
import tools.jackson.databind.JsonNode;

/**
 * Meetings through the API: plan → hold → decide → the owner's task; three-party meetings go through the participant's
 * access rule and audit trail; the decision search with Swedish stemming; bad input.
 */
@ApiTest
class MeetingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    @Autowired
    ParticipantRegister register;

    IdentityTestData identity;
    TestStaff municipality;
    TestStaff care;
    TestUser coordinator;
    ApiClient koordinator;

    @BeforeEach
    void organisations() {
        identity = new IdentityTestData(context);
        municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        care = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        coordinator = municipality.get(Role.COORDINATOR);
        koordinator = coordinator.api(port);
    }

    @Test
    void aWorkingGroupIsPlannedHeldAndItsDecisionBecomesTheOwnersTask() {
        TestUser manager = care.get(Role.EMPLOYER_MANAGER);
        LocalDate today = TestDates.today();
        ApiClient.Response planned = koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP",
                "Onsdagsmöte arbetsmarknad och äldreomsorg", today, List.of(coordinator.id(), manager.id()))
                .with("agenda", List.of("Nya platser i hemtjänsten", "Handledarutbildning")).build());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        JsonNode meeting = planned.json();
        String path = "/api/v1/meetings/" + meeting.path("id").asString();
        assertThat(meeting.path("status").asString()).isEqualTo("PLANNED");
        assertThat(meeting.path("agenda").valueStream().map(JsonNode::asString))
                .containsExactly("Nya platser i hemtjänsten", "Handledarutbildning");
        assertThat(meeting.path("startTime").asString()).startsWith("09:00");
        assertThat(meeting.path("attendees").valueStream().map(a -> a.path("organisationName").asString()))
                .containsExactlyInAnyOrder(municipality.organisation().name(), care.organisation().name());

        ApiClient partner = manager.api(port);
        assertThat(partner.get(path).json().path("mayChange").asBoolean()).as("an attendee of a partner").isFalse();
        assertThat(municipality.get(Role.ADMIN).api(port).get(path).status()).as("the organiser's admin").isEqualTo(200);
        assertThat(care.get(Role.COORDINATOR).api(port).get(path).status()).as("not an attendee").isEqualTo(404);
        assertThat(partner.get("/api/v1/meetings").json().path("items").valueStream()
                .map(m -> m.path("id").asString())).contains(meeting.path("id").asString());

        Map<String, Object> decision = Map.of("text", "Ta fram två nya skuggplatser i hemtjänsten",
                "ownerId", manager.id().toString(), "dueDate", today.plusWeeks(2).toString());
        assertThat(koordinator.post(path + "/decisions", decision).status()).as("not held yet").isEqualTo(409);
        assertThat(partner.post(path + "/held", Map.of("notes", "x", "lockVersion", meeting.path("lockVersion").asLong()))
                .status()).as("an attendee does not record it").isEqualTo(403);
        ApiClient.Response held = koordinator.post(path + "/held", Map.of("notes",
                "Hemtjänsten kan ta emot två till i februari.", "lockVersion", meeting.path("lockVersion").asLong()));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        assertThat(held.json().path("notes").asString()).startsWith("Hemtjänsten kan");

        ApiClient.Response outsider = koordinator.post(path + "/decisions", Map.of("text", "Något",
                "ownerId", care.get(Role.COORDINATOR).id().toString(), "dueDate", today.plusDays(3).toString()));
        assertThat(outsider.status()).isEqualTo(400);
        assertThat(outsider.fieldError("ownerId")).contains("en av mötets deltagare");
        ApiClient.Response decided = koordinator.post(path + "/decisions", decision);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().path("taskStatus").asString()).isEqualTo("OPEN");

        List<TaskView> mine = SignedIn.as(manager.username(), () -> tasks.mine(false, 0, 50)).items();
        assertThat(mine).filteredOn(t -> t.sourceId().equals(UUID.fromString(decided.json().path("id").asString())))
                .singleElement().satisfies(t -> {
                    assertThat(t.title()).isEqualTo("Ta fram två nya skuggplatser i hemtjänsten");
                    assertThat(t.sourceKind()).isEqualTo("MEETING_DECISION");
                    assertThat(t.organisationId()).isEqualTo(municipality.organisation().id());
                    assertThat(t.dueDate()).isEqualTo(today.plusWeeks(2));
                });
        JsonNode after = koordinator.get(path).json();
        assertThat(after.path("decisions").get(0).path("ownerName").asString()).isEqualTo(manager.displayName());
        assertThat(after.path("decisions").get(0).path("taskId").asString())
                .isEqualTo(decided.json().path("taskId").asString());
    }

    @Test
    void aThreePartyMeetingIsReadThroughTheParticipantsRuleAndAudited() {
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.organisation().id()).create();
        TestUser supervisor = care.get(Role.SUPERVISOR);
        TestUser manager = care.get(Role.EMPLOYER_MANAGER);
        supervise(participant, supervisor);
        TestUser login = identity.participantLogin(municipality.organisation().id(), participant);
        LocalDate today = TestDates.today();

        TestUser stranger = identity.staffedOrganisation(OrganisationType.MUNICIPALITY).get(Role.COORDINATOR);
        ApiClient.Response notAllowed = koordinator.post("/api/v1/meetings", threeParty(participant, today,
                List.of(coordinator.id(), supervisor.id(), stranger.id())).build());
        assertThat(notAllowed.status()).isEqualTo(400);
        assertThat(notAllowed.fieldError("attendeeIds[2]")).contains("får inte läsa om deltagaren");
        ApiClient.Response noEmployer = koordinator.post("/api/v1/meetings", threeParty(participant, today,
                List.of(coordinator.id(), login.id())).build());
        assertThat(noEmployer.fieldError("attendeeIds")).contains("handledare");
        assertThat(stranger.api(port).post("/api/v1/meetings", threeParty(participant, today,
                List.of(stranger.id())).build()).status()).as("may not read the participant").isEqualTo(403);

        long audit = auditRows(participant, null);
        long creates = auditRows(participant, "CREATE");
        ApiClient.Response planned = koordinator.post("/api/v1/meetings", threeParty(participant, today,
                List.of(coordinator.id(), supervisor.id(), manager.id(), login.id())).build());
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(auditRows(participant, "CREATE")).as("one audited write").isEqualTo(creates + 1);
        assertThat(auditRows(participant, null)).isEqualTo(audit + 1);
        String path = "/api/v1/meetings/" + planned.json().path("id").asString();

        JsonNode asSupervisor = supervisor.api(port).get(path).json();
        assertThat(asSupervisor.path("participantName").asString()).startsWith("Testa Testsson-");
        assertThat(login.api(port).get(path).status()).as("the participant themself").isEqualTo(200);
        assertThat(auditRows(participant, null)).as("one audited read each").isEqualTo(audit + 3);

        ApiClient.Response held = koordinator.post(path + "/held", Map.of("notes", "Barnomsorgen är ett hinder.",
                "lockVersion", planned.json().path("lockVersion").asLong()));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        ApiClient.Response decided = koordinator.post(path + "/decisions", Map.of("text",
                "Ansöka om förskoleplats för barnen", "ownerId", login.id().toString(),
                "dueDate", today.plusWeeks(1).toString()));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(auditRows(participant, null)).as("hold and decide: one audited write each").isEqualTo(audit + 5);
        assertThat(SignedIn.as(login.username(), () -> tasks.mine(false, 0, 20)).items())
                .extracting(TaskView::title).containsExactly("Ansöka om förskoleplats för barnen");

        long lists = auditRows(participant, "LIST");
        JsonNode found = koordinator.get("/api/v1/meetings/decisions?query=f%C3%B6rskola").json();
        assertThat(found.path("items").valueStream().map(h -> h.path("text").asString()))
                .containsExactly("Ansöka om förskoleplats för barnen");
        assertThat(auditRows(participant, "LIST")).as("the listing is audited").isEqualTo(lists + 1);
        assertThat(stranger.api(port).get("/api/v1/meetings/decisions?query=f%C3%B6rskola").json()
                .path("totalItems").asInt()).as("an outsider").isZero();
        assertThat(manager.api(port).get("/api/v1/meetings/decisions?query=f%C3%B6rskola&kind=THREE_PARTY_FOLLOW_UP")
                .json().path("totalItems").asInt()).as("an attendee sharing the consent").isEqualTo(1);

        // The consent is withdrawn: the employer's manager may no longer read the participant, nor the meeting.
        SignedIn.as(coordinator.username(), () -> register.withdrawConsent(participant,
                register.consents(participant).get(0).id()));
        assertThat(manager.api(port).get(path).status()).isEqualTo(403);
        assertThat(manager.api(port).get("/api/v1/meetings/decisions?query=f%C3%B6rskola").json()
                .path("totalItems").asInt()).isZero();
        assertThat(manager.api(port).get("/api/v1/meetings?past=false").json().path("items").valueStream()
                .map(m -> m.path("id").asString())).doesNotContain(planned.json().path("id").asString());
    }

    @Test
    void theSearchStemsSwedishWordsAndFiltersByKindPeriodAndOwner() {
        LocalDate today = TestDates.today();
        TestUser colleague = municipality.get(Role.ADMIN);
        String path = heldMeeting("STEERING_GROUP", "Styrgrupp för kompetenskedjan", today.minusDays(1),
                List.of(coordinator.id(), colleague.id()));
        assertThat(koordinator.post(path + "/decisions", Map.of("text", "Utöka antalet handledare i kökens verksamheter",
                "ownerId", colleague.id().toString(), "dueDate", today.plusMonths(1).toString())).status()).isEqualTo(201);
        assertThat(koordinator.post(path + "/decisions", Map.of("text", "Följ upp avbrotten varje månad",
                "ownerId", coordinator.id().toString(), "dueDate", today.plusMonths(1).toString())).status()).isEqualTo(201);

        assertThat(hits(koordinator, "query=handledaren")).as("stem of handledaren").containsExactly(
                "Utöka antalet handledare i kökens verksamheter");
        assertThat(hits(koordinator, "query=k%C3%B6k")).as("kökens by its stem").hasSize(1);
        assertThat(hits(koordinator, "query=styrgruppen")).as("the meeting's title").hasSize(2);
        assertThat(hits(koordinator, "query=styrgrupp&ownerId=" + coordinator.id()))
                .containsExactly("Följ upp avbrotten varje månad");
        assertThat(hits(koordinator, "query=styrgrupp&kind=WORKING_GROUP")).isEmpty();
        assertThat(hits(koordinator, "query=styrgrupp&from=" + today)).isEmpty();
        assertThat(hits(koordinator, "query=styrgrupp&from=" + today.minusDays(1) + "&to=" + today.minusDays(1)))
                .hasSize(2);
        assertThat(hits(koordinator, "query=%22%28%21%3A*")).as("only signs: no words, no filter, no error")
                .hasSize(2);
        assertThat(koordinator.get("/api/v1/meetings/decisions?from=" + today + "&to=" + today.minusDays(1))
                .status()).isEqualTo(400);
        assertThat(hits(municipality.get(Role.EMPLOYER_MANAGER).api(port), "query=styrgrupp")).as("not an attendee")
                .isEmpty();
    }

    @Test
    void badInputIsRefusedInSwedishAndNothingIsSaved() {
        LocalDate today = TestDates.today();
        List<UUID> us = List.of(coordinator.id());
        ApiClient.Response backwards = koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP", "Baklänges", today, us)
                .with("startTime", "10:00").with("endTime", "09:30").build());
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.fieldError("endTime")).contains("efter starttiden");
        ApiClient.Response nowhere = koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP", "Ingenstans", today, us)
                .with("place", null).build());
        assertThat(nowhere.fieldError("place")).contains("plats eller en videolänk");
        ApiClient.Response plainLink = koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP", "Video", today, us)
                .with("videoLink", "http://example.se/mote").build());
        assertThat(plainLink.fieldError("videoLink")).contains("https://");
        assertThat(koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP", "Okänt", today, us)
                .with("colour", "blå").build()).status()).as("unknown field").isEqualTo(400);
        assertThat(koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP", "Tid", today, us)
                .with("startTime", "nio").build()).status()).isEqualTo(400);
        TestUser participantLogin = identity.participantLogin(municipality.organisation().id(),
                new ParticipantTestData(context).participant().registeredBy(coordinator).create());
        ApiClient.Response withParticipant = koordinator.post("/api/v1/meetings", meeting("STEERING_GROUP",
                "Styrgrupp", today, List.of(coordinator.id(), participantLogin.id())).build());
        assertThat(withParticipant.fieldError("attendeeIds[1]")).as(withParticipant.body()).contains("trepartssamtal");
        assertThat(koordinator.post("/api/v1/meetings", meeting("THREE_PARTY_FOLLOW_UP", "Utan deltagare", today, us)
                .build()).fieldError("participantId")).contains("välj deltagaren");
        assertThat(koordinator.get("/api/v1/meetings?size=100").json().path("items").valueStream()
                .map(m -> m.path("title").asString())).isEmpty();

        assertThat(municipality.get(Role.SUPERVISOR).api(port).post("/api/v1/meetings",
                meeting("WORKPLACE_MEETING", "APT", today, us).build()).status()).isEqualTo(403);
        ApiClient manager = municipality.get(Role.EMPLOYER_MANAGER).api(port);
        assertThat(manager.post("/api/v1/meetings", meeting("STEERING_GROUP", "Styrgrupp", today, us).build())
                .status()).as("employer managers plan workplace meetings").isEqualTo(403);
        assertThat(manager.post("/api/v1/meetings", meeting("WORKPLACE_MEETING", "APT i hemtjänsten", today, us)
                .build()).status()).isEqualTo(201);

        JsonNode tomorrow = koordinator.post("/api/v1/meetings", meeting("WORKING_GROUP", "I morgon",
                today.plusDays(1), us).build()).json();
        String path = "/api/v1/meetings/" + tomorrow.path("id").asString();
        long version = tomorrow.path("lockVersion").asLong();
        assertThat(koordinator.post(path + "/held", Map.of("lockVersion", version)).status()).as("before its day")
                .isEqualTo(409);
        ApiClient.Response moved = koordinator.put(path, meeting("WORKING_GROUP", "I övermorgon", today.plusDays(2), us)
                .with("lockVersion", version).build());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("date").asString()).isEqualTo(today.plusDays(2).toString());
        assertThat(koordinator.put(path, meeting("WORKING_GROUP", "Gammal version", today, us)
                .with("lockVersion", version).build()).status()).as("stale version").isEqualTo(409);
        assertThat(koordinator.put(path, meeting("STEERING_GROUP", "Annan typ", today, us)
                .with("lockVersion", moved.json().path("lockVersion").asLong()).build()).fieldError("kind"))
                .contains("kan inte ändras");
        ApiClient.Response cancelled = koordinator.post(path + "/cancellation", Map.of("reason", "Sjukdom",
                "lockVersion", moved.json().path("lockVersion").asLong()));
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(koordinator.put(path, meeting("WORKING_GROUP", "Efteråt", today, us)
                .with("lockVersion", cancelled.json().path("lockVersion").asLong()).build()).status()).isEqualTo(409);
        assertThat(koordinator.post(path + "/decisions", Map.of("text", "x", "ownerId", coordinator.id().toString(),
                "dueDate", today.toString())).status()).as("a cancelled meeting has no decisions").isEqualTo(409);
        assertThat(koordinator.get(path).json().path("title").asString()).isEqualTo("I övermorgon");
    }

    private String heldMeeting(String kind, String title, LocalDate date, List<UUID> attendees) {
        JsonNode planned = koordinator.post("/api/v1/meetings", meeting(kind, title, date, attendees).build()).json();
        String path = "/api/v1/meetings/" + planned.path("id").asString();
        assertThat(koordinator.post(path + "/held", Map.of("lockVersion", planned.path("lockVersion").asLong()))
                .status()).isEqualTo(200);
        return path;
    }

    private static List<String> hits(ApiClient client, String parameters) {
        ApiClient.Response response = client.get("/api/v1/meetings/decisions?size=100&" + parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items").valueStream().map(h -> h.path("text").asString()).toList();
    }

    private void supervise(UUID participant, TestUser supervisor) {
        ApiClient.Response started = koordinator.post("/api/v1/participants/" + participant + "/supervisions",
                Map.of("supervisorId", supervisor.id().toString(), "startsOn", TestDates.today().minusDays(2).toString()));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        // Recorded by the placements module; the participants module's access rule follows its event after commit.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(supervisor.api(port)
                .get("/api/v1/participants/" + participant).status()).isEqualTo(200));
    }

    private long auditRows(UUID participant, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p"
                + (action == null ? "" : " AND action = :a")).param("p", participant)
                .param("a", action == null ? "" : action).query(Long.class).single();
    }

    static MeetingJson meeting(String kind, String title, LocalDate date, List<UUID> attendees) {
        return new MeetingJson().with("kind", kind).with("title", title).with("date", date.toString())
                .with("startTime", "09:00").with("endTime", "10:30").with("place", "Stadshuset, rum 3")
                .with("attendeeIds", attendees.stream().map(UUID::toString).toList());
    }

    static MeetingJson threeParty(UUID participant, LocalDate date, List<UUID> attendees) {
        return meeting("THREE_PARTY_FOLLOW_UP", "Trepartssamtal", date, attendees)
                .with("participantId", participant.toString());
    }

    /** Test data builder: a meeting as the API takes it. */
    static final class MeetingJson {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        MeetingJson with(String field, Object value) {
            fields.put(field, value instanceof List<?> list ? new ArrayList<>(list) : value);
            return this;
        }

        Map<String, Object> build() {
            return new LinkedHashMap<>(fields);
        }
    }
}
