package se.kompetenskedjan.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Education through the API (issue 14, item 6): a provider's teacher creates a course and an occasion, a coordinator
 * enrols participants, the teacher records attendance and results (also from CSV); who may do what; bad input.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class EducationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestStaff provider;
    TestStaff municipality;
    TestUser teacher;
    ApiClient larare;
    ApiClient koordinator;
    ParticipantTestData participants;
    LocalDate today;

    @BeforeEach
    void aProviderAndAMunicipality() {
        IdentityTestData identity = new IdentityTestData(context);
        provider = identity.staffedOrganisation(OrganisationType.ADULT_EDUCATION);
        municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        teacher = provider.get(Role.TEACHER);
        larare = teacher.api(port);
        koordinator = municipality.get(Role.COORDINATOR).api(port);
        participants = new ParticipantTestData(context);
        today = TestDates.today();
    }

    @Test
    void courseOccasionEnrolmentAttendanceAndResult(AssertablePublishedEvents events) {
        JsonNode course = created(larare.post("/api/v1/education/courses", Map.of("name", "Svenska för vård och omsorg",
                "kind", "SWEDISH_FOR_CARE", "description", "Språket i vården, två dagar i veckan",
                "swedishLevel", "SAS_BASIC")));
        assertThat(course.path("providerName").asString()).isEqualTo(provider.organisation().name());
        assertThat(course.path("mayEdit").asBoolean()).isTrue();
        assertThat(koordinator.get("/api/v1/education/courses/" + id(course)).json().path("mayEdit").asBoolean())
                .isFalse();

        // every day from two weeks ago to a month ahead: sessions in the past to mark, and one today
        JsonNode occasion = created(larare.post("/api/v1/education/courses/" + id(course) + "/occasions",
                occasionBody(today.minusDays(14), today.plusDays(30), 2, Arrays.asList(DayOfWeek.values()))));
        assertThat(occasion.path("teachers").get(0).path("id").asString()).as("the teacher who creates it teaches it")
                .isEqualTo(teacher.id().toString());
        String occasionPath = "/api/v1/education/occasions/" + id(occasion);
        List<JsonNode> sessions = larare.get(occasionPath + "/sessions").json().valueStream().toList();
        assertThat(sessions).hasSize(45);
        assertThat(sessions.get(14).path("date").asString()).isEqualTo(today.toString());
        assertThat(sessions.get(14).path("startTime").asString()).isEqualTo("09:00:00");

        UUID anna = participants.participant().registeredBy(municipality.get(Role.COORDINATOR))
                .consentingTo(provider.organisation().id()).create();
        UUID bo = participants.participant().registeredBy(municipality.get(Role.COORDINATOR))
                .consentingTo(provider.organisation().id()).create();
        UUID cecilia = participants.participant().registeredBy(municipality.get(Role.COORDINATOR))
                .consentingTo(provider.organisation().id()).create();
        UUID noConsent = participants.participant().registeredBy(municipality.get(Role.COORDINATOR)).create();

        Response refused = koordinator.post(occasionPath + "/enrolments", Map.of("participantId", noConsent.toString()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("samtyckt");
        assertThat(larare.post(occasionPath + "/enrolments", Map.of("participantId", anna.toString())).status())
                .as("the teacher reads through consent but does not enrol").isEqualTo(403);
        assertThat(koordinator.post(occasionPath + "/enrolments", Map.of("participantId", anna.toString(),
                "fromDate", today.plusDays(31).toString())).fieldError("fromDate")).contains("period");

        long auditBefore = auditRows(anna);
        JsonNode annasEnrolment = created(koordinator.post(occasionPath + "/enrolments",
                Map.of("participantId", anna.toString(), "fromDate", today.minusDays(7).toString())));
        assertThat(auditRows(anna)).as("one audit row for the enrolment").isEqualTo(auditBefore + 1);
        created(koordinator.post(occasionPath + "/enrolments", Map.of("participantId", bo.toString(),
                "fromDate", today.minusDays(7).toString())));
        Response full = koordinator.post(occasionPath + "/enrolments", Map.of("participantId", cecilia.toString()));
        assertThat(full.status()).as("two seats").isEqualTo(409);
        assertThat(full.json().path("detail").asString()).contains("fullt");
        assertThat(koordinator.post(occasionPath + "/enrolments", Map.of("participantId", anna.toString())).status())
                .as("already enrolled").isEqualTo(409);
        assertThat(events.ofType(ParticipantEnrolled.class).matching(e -> e.participantId().equals(anna)
                && e.occasionId().toString().equals(id(occasion)) && e.fromDate().equals(today.minusDays(7))))
                .hasSize(1);
        assertThat(larare.get(occasionPath).json().path("seatsTaken").asInt()).isEqualTo(2);

        // Attendance: sessions before the enrolment never count, nor can they be marked.
        String beforeEnrolment = "/api/v1/education/sessions/" + id(sessions.get(3)) + "/attendance";
        Response early = larare.put(beforeEnrolment, Map.of("entries", List.of(entry(annasEnrolment, "PRESENT"))));
        assertThat(early.fieldError("entries[0].enrolmentId")).contains("inte anmäld den dagen");
        mark(sessions.get(7), annasEnrolment, "PRESENT");
        mark(sessions.get(8), annasEnrolment, "ABSENT");
        mark(sessions.get(9), annasEnrolment, "EXCUSED");
        auditBefore = auditRows(anna);
        JsonNode sheet = mark(sessions.get(10), annasEnrolment, "LATE");
        assertThat(auditRows(anna)).as("one audit row per participant and write").isEqualTo(auditBefore + 1);
        assertThat(sheet.path("rows")).hasSize(2);
        assertThat(events.ofType(AttendanceRecorded.class).matching(e -> e.sessionId().toString()
                .equals(id(sessions.get(10))) && e.marks().size() == 1
                && e.marks().get(0).status() == AttendanceStatus.LATE)).hasSize(1);
        String future = "/api/v1/education/sessions/" + id(sessions.get(15)) + "/attendance";
        assertThat(larare.put(future, Map.of("entries", List.of(entry(annasEnrolment, "PRESENT")))).status())
                .as("not in advance").isEqualTo(409);

        JsonNode group = larare.get(occasionPath + "/enrolments").json();
        JsonNode annaInGroup = group.valueStream().filter(e -> e.path("participantId").asString()
                .equals(anna.toString())).findFirst().orElseThrow();
        JsonNode attendance = annaInGroup.path("attendance");
        assertThat(attendance.path("present").asInt()).isEqualTo(1);
        assertThat(attendance.path("late").asInt()).isEqualTo(1);
        assertThat(attendance.path("excused").asInt()).isEqualTo(1);
        assertThat(attendance.path("absent").asInt()).isEqualTo(1);
        assertThat(attendance.path("share").asDouble()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(attendance.path("warning").asBoolean()).as("below 0.8").isTrue();
        assertThat(annaInGroup.path("participantName").asString()).startsWith("Testa ");

        // Results, and what the coordinator sees on the participant.
        Response result = larare.put("/api/v1/education/enrolments/" + id(annasEnrolment) + "/result",
                Map.of("outcome", "PASSED", "grade", "C", "decidedOn", today.toString()));
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(larare.put("/api/v1/education/enrolments/" + id(annasEnrolment) + "/result",
                Map.of("outcome", "PASSED", "decidedOn", today.plusDays(1).toString())).fieldError("decidedOn"))
                .contains("framtiden");
        assertThat(events.ofType(CourseResultRecorded.class).matching(e -> e.participantId().equals(anna)
                && e.outcome() == ResultOutcome.PASSED)).hasSize(1);
        JsonNode annas = koordinator.get("/api/v1/participants/" + anna + "/enrolments").json().get(0);
        assertThat(annas.path("courseName").asString()).isEqualTo("Svenska för vård och omsorg");
        assertThat(annas.path("attendance").path("warning").asBoolean()).isTrue();
        assertThat(annas.path("result").path("grade").asString()).isEqualTo("C");
        assertThat(annas.path("result").path("recordedByName").asString()).isEqualTo(teacher.displayName());

        // Ending frees the seat.
        Response ended = koordinator.post("/api/v1/education/enrolments/" + id(annasEnrolment) + "/end",
                Map.of("reason", "COMPLETED", "endedOn", today.toString()));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().path("endReason").asString()).isEqualTo("COMPLETED");
        assertThat(koordinator.post("/api/v1/education/enrolments/" + id(annasEnrolment) + "/end",
                Map.of("reason", "COMPLETED")).status()).isEqualTo(409);
        assertThat(events.ofType(EnrolmentEnded.class).matching(e -> e.participantId().equals(anna))).hasSize(1);
        created(koordinator.post(occasionPath + "/enrolments", Map.of("participantId", cecilia.toString())));
    }

    @Test
    void onlyTheOccasionsTeachersSeeItsGroupAndSessionsAreCancelledByTheProvider() {
        JsonNode occasion = anOccasion(today.minusDays(3), today.plusDays(10), 10);
        String occasionPath = "/api/v1/education/occasions/" + id(occasion);
        UUID participant = participants.participant().registeredBy(municipality.get(Role.COORDINATOR))
                .consentingTo(provider.organisation().id()).create();
        JsonNode enrolment = created(koordinator.post(occasionPath + "/enrolments",
                Map.of("participantId", participant.toString(), "fromDate", today.minusDays(3).toString())));
        ApiClient colleague = new IdentityTestData(context).user(provider.organisation(), Role.TEACHER).create()
                .api(port);
        List<JsonNode> sessions = larare.get(occasionPath + "/sessions").json().valueStream().toList();
        String sheet = "/api/v1/education/sessions/" + id(sessions.get(0)) + "/attendance";

        assertThat(colleague.get(occasionPath + "/enrolments").status()).as("another teacher").isEqualTo(403);
        assertThat(colleague.get(sheet).status()).isEqualTo(403);
        assertThat(koordinator.get(occasionPath + "/enrolments").status()).isEqualTo(403);
        assertThat(provider.get(Role.ADMIN).api(port).get(occasionPath + "/enrolments").status()).isEqualTo(403);
        Response othersOccasions = colleague.get("/api/v1/participants/" + participant + "/enrolments");
        assertThat(othersOccasions.status()).as(othersOccasions.body()).isEqualTo(200);
        assertThat(othersOccasions.json().isEmpty())
                .as("a teacher reading through consent sees no enrolments on others' occasions").isTrue();
        assertThat(larare.get("/api/v1/participants/" + participant + "/enrolments").json()).hasSize(1);
        assertThat(larare.get("/api/v1/education/sessions/" + UUID.randomUUID() + "/attendance").status())
                .isEqualTo(404);
        assertThat(larare.get("/api/v1/education/my-groups").json().path("items").get(0).path("id").asString())
                .isEqualTo(id(occasion));
        JsonNode day = larare.get("/api/v1/education/my-groups/today").json().get(0);
        assertThat(day.path("enrolled").asInt()).isEqualTo(1);
        assertThat(day.path("attendanceToRecord").asBoolean()).isTrue();
        assertThat(koordinator.get("/api/v1/education/my-groups").status()).isEqualTo(403);

        String cancel = "/api/v1/education/sessions/" + id(sessions.get(5)) + "/cancellation";
        assertThat(koordinator.post(cancel, Map.of("reason", "Sjuk")).status()).isEqualTo(403);
        assertThat(larare.post(cancel, Map.of("reason", " ")).fieldError("reason")).contains("varför");
        assertThat(colleague.post(cancel, Map.of("reason", "Studiedag")).json().path("cancelled").asBoolean())
                .as("the provider's teachers and admins plan").isTrue();
        assertThat(larare.put("/api/v1/education/sessions/" + id(sessions.get(5)) + "/attendance",
                Map.of("entries", List.of(entry(enrolment, "PRESENT")))).status()).isEqualTo(409);
        mark(sessions.get(0), enrolment, "ABSENT");
        Response marked = larare.post("/api/v1/education/sessions/" + id(sessions.get(0)) + "/cancellation",
                Map.of("reason", "Fel"));
        assertThat(marked.status()).as("a session with attendance stays").isEqualTo(409);
    }

    @Test
    void badInputIsRefusedWithSwedishMessages() {
        assertThat(koordinator.post("/api/v1/education/courses", Map.of("name", "Kurs", "kind", "OTHER")).status())
                .as("a coordinator plans no courses").isEqualTo(403);
        assertThat(larare.post("/api/v1/education/courses", Map.of("kind", "OTHER")).fieldError("name"))
                .contains("namn");
        assertThat(larare.post("/api/v1/education/courses", Map.of("name", "Kurs", "kind", "SFI_E")).status())
                .isEqualTo(400);
        assertThat(larare.post("/api/v1/education/courses", Map.of("name", "Kurs", "kind", "OTHER", "colour", "red"))
                .status()).as("unknown fields").isEqualTo(400);
        JsonNode course = created(larare.post("/api/v1/education/courses", Map.of("name", "SFI kurs C",
                "kind", "SFI_C", "swedishLevel", "SFI_C")));
        String occasions = "/api/v1/education/courses/" + id(course) + "/occasions";
        Map<String, Object> backwards = occasionBody(today, today.minusDays(1), 10, List.of(DayOfWeek.MONDAY));
        backwards.put("endTime", "08:00");
        Response bad = larare.post(occasions, backwards);
        assertThat(bad.fieldError("endsOn")).contains("före första dagen");
        assertThat(bad.fieldError("endTime")).contains("sluta efter");
        Map<String, Object> noDays = occasionBody(today, today.plusDays(10), 10, List.of());
        assertThat(larare.post(occasions, noDays).fieldError("weekdays")).contains("veckodag");
        Map<String, Object> otherTeacher = occasionBody(today, today.plusDays(10), 10, List.of(DayOfWeek.MONDAY));
        otherTeacher.put("teacherIds", List.of(municipality.get(Role.TEACHER).id().toString()));
        assertThat(larare.post(occasions, otherTeacher).fieldError("teacherIds")).contains("anordnare");
        assertThat(provider.get(Role.ADMIN).api(port).post(occasions,
                occasionBody(today, today.plusDays(10), 10, List.of(DayOfWeek.MONDAY))).fieldError("teacherIds"))
                .as("an admin names the teachers").contains("minst en lärare");
        assertThat(municipality.get(Role.TEACHER).api(port).post(occasions,
                occasionBody(today, today.plusDays(10), 10, List.of(DayOfWeek.MONDAY))).status())
                .as("a teacher of another organisation").isEqualTo(403);
        assertThat(larare.post("/api/v1/education/courses/" + UUID.randomUUID() + "/occasions",
                occasionBody(today, today.plusDays(10), 10, List.of(DayOfWeek.MONDAY))).status()).isEqualTo(404);
        Map<String, Object> zeroSeats = occasionBody(today, today.plusDays(10), 0, List.of(DayOfWeek.MONDAY));
        assertThat(larare.post(occasions, zeroSeats).fieldError("seats")).contains("mellan 1 och 500");
        assertThat(larare.get(occasions).json().path("totalItems").asLong()).as("nothing saved").isZero();

        JsonNode occasion = anOccasion(today.minusDays(2), today.plusDays(2), 5);
        UUID participant = participants.participant().registeredBy(municipality.get(Role.COORDINATOR))
                .consentingTo(provider.organisation().id()).create();
        JsonNode enrolment = created(koordinator.post("/api/v1/education/occasions/" + id(occasion) + "/enrolments",
                Map.of("participantId", participant.toString(), "fromDate", today.minusDays(2).toString())));
        String sheet = "/api/v1/education/sessions/" + id(larare.get("/api/v1/education/occasions/" + id(occasion)
                + "/sessions").json().get(0)) + "/attendance";
        assertThat(larare.put(sheet, Map.of("entries", List.of())).fieldError("entries")).contains("minst en");
        assertThat(larare.put(sheet, Map.of("entries", List.of(Map.of("enrolmentId", id(enrolment),
                "status", "SLEEPING")))).status()).isEqualTo(400);
        assertThat(larare.put(sheet, Map.of("entries", List.of(entry(enrolment, "PRESENT"),
                entry(enrolment, "ABSENT")))).fieldError("entries[1].enrolmentId")).contains("två gånger");
        assertThat(larare.put(sheet, Map.of("entries", List.of(Map.of("enrolmentId", UUID.randomUUID().toString(),
                "status", "PRESENT")))).fieldError("entries[0].enrolmentId")).contains("inte anmäld");
        assertThat(larare.put("/api/v1/education/enrolments/" + id(enrolment) + "/result", Map.of("grade", "A"))
                .fieldError("outcome")).contains("godkänd");
        assertThat(koordinator.post("/api/v1/education/enrolments/" + id(enrolment) + "/end",
                Map.of("reason", "WITHDRAWN", "endedOn", today.minusDays(3).toString())).fieldError("endedOn"))
                .contains("före");
        assertThat(larare.get(sheet).json().path("rows").get(0).path("status").isNull()).as("nothing saved").isTrue();
    }

    @Test
    void theTeacherFillsInTheCsvTemplateAndImportsItAllOrNothing() {
        JsonNode occasion = anOccasion(today.minusDays(2), today.plusDays(5), 5);
        String occasionPath = "/api/v1/education/occasions/" + id(occasion);
        UUID participant = participants.participant().registeredBy(municipality.get(Role.COORDINATOR))
                .consentingTo(provider.organisation().id()).create();
        JsonNode enrolment = created(koordinator.post(occasionPath + "/enrolments",
                Map.of("participantId", participant.toString(), "fromDate", today.minusDays(1).toString())));

        Response template = csv(larare, occasionPath + "/attendance.csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        List<String> lines = template.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("id;namn;datum;närvaro");
        assertThat(lines).as("the header and the two sessions since the enrolment").hasSize(3);
        assertThat(lines.get(1)).startsWith(id(enrolment) + ";Testa ").endsWith(";" + today.minusDays(1) + ";");
        assertThat(csv(koordinator, occasionPath + "/attendance.csv").status()).isEqualTo(403);

        String bad = lines.get(0) + "\n" + lines.get(1) + "närvarande\n" + lines.get(2) + "sjuk\n"
                + "inte-ett-id;X;" + today + ";närvarande\n"
                + id(enrolment) + ";X;" + today.minusDays(2) + ";sen\n";
        Response rejected = larare.postFiles(occasionPath + "/attendance-import", Map.of("file", bad));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.json().path("lines").valueStream().map(JsonNode::asInt).toList()).containsExactly(3, 4, 5);
        assertThat(rejected.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Rad 3: okänd närvaro ”sjuk”. Skriv närvarande, sen, giltig frånvaro eller frånvarande.");
        assertThat(larare.get(occasionPath + "/enrolments").json().get(0).path("attendance").path("present").asInt())
                .as("nothing saved").isZero();

        String good = lines.get(0) + "\n" + lines.get(1) + "närvarande\n" + lines.get(2) + "frånvarande\n";
        Response imported = larare.postFiles(occasionPath + "/attendance-import", Map.of("file", good));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("saved").asInt()).isEqualTo(2);
        JsonNode attendance = larare.get(occasionPath + "/enrolments").json().get(0).path("attendance");
        assertThat(attendance.path("present").asInt()).isEqualTo(1);
        assertThat(attendance.path("absent").asInt()).isEqualTo(1);
        assertThat(attendance.path("warning").asBoolean()).isTrue();

        List<String> results = csv(larare, occasionPath + "/results.csv").body().replace("\uFEFF", "").lines().toList();
        assertThat(results.get(0)).isEqualTo("id;namn;resultat;betyg;datum");
        Response badResult = larare.postFiles(occasionPath + "/results-import",
                Map.of("file", results.get(0) + "\n" + id(enrolment) + ";X;kanske;;\n"));
        assertThat(badResult.json().path("errors").get(0).path("message").asString()).startsWith("Rad 2: okänt resultat");
        Response resultImported = larare.postFiles(occasionPath + "/results-import",
                Map.of("file", "id,resultat,betyg,datum\n" + id(enrolment) + ",godkänd,E," + today + "\n"));
        assertThat(resultImported.status()).as(resultImported.body()).isEqualTo(200);
        assertThat(larare.get(occasionPath + "/enrolments").json().get(0).path("result").path("outcome").asString())
                .isEqualTo("PASSED");
        assertThat(larare.postFiles(occasionPath + "/results-import", Map.of("file", "namn;betyg\nX;A\n"))
                .json().path("errors").get(0).path("message").asString()).isEqualTo("Rad 1: kolumnen ”id” saknas");
    }

    private JsonNode anOccasion(LocalDate from, LocalDate to, int seats) {
        JsonNode course = created(larare.post("/api/v1/education/courses", Map.of("name", "SFI kurs B",
                "kind", "SFI_B")));
        return created(larare.post("/api/v1/education/courses/" + id(course) + "/occasions",
                occasionBody(from, to, seats, Arrays.asList(DayOfWeek.values()))));
    }

    private static Response csv(ApiClient client, String path) {
        return client.send("GET", path, null, "text/csv");
    }

    private JsonNode mark(JsonNode session, JsonNode enrolment, String status) {
        Response response = larare.put("/api/v1/education/sessions/" + id(session) + "/attendance",
                Map.of("entries", List.of(entry(enrolment, status))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> entry(JsonNode enrolment, String status) {
        return Map.of("enrolmentId", id(enrolment), "status", status);
    }

    private static Map<String, Object> occasionBody(LocalDate from, LocalDate to, int seats, List<DayOfWeek> days) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsOn", from.toString());
        body.put("endsOn", to.toString());
        body.put("seats", seats);
        body.put("weekdays", new ArrayList<>(days.stream().map(DayOfWeek::name).toList()));
        body.put("startTime", "09:00");
        body.put("endTime", "12:00");
        body.put("place", "Exempeltorget 8, sal 3");
        return body;
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String id(JsonNode node) {
        return node.path("id").asString();
    }

    private long auditRows(UUID participant) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p").param("p", participant)
                .query(Long.class).single();
    }
}
