package se.kompetenskedjan.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;
import tools.jackson.databind.JsonNode;

/**
 * Combined schedules through the API (issue 14, item 7): a coordinator sets a participant's work pattern, which
 * clashes with their course; the week shows both with the clashes marked; an enrolment that clashes opens a task; who
 * may see what; and the calendar feeds, parsed with ical4j (an independent iCalendar library).
 */
@ApiTest
class ScheduleApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tasks tasks;

    TestStaff municipality;
    TestStaff provider;
    TestOrganisation care;
    TestUser coordinator;
    TestUser manager;
    TestUser supervisorUser;
    TestUser teacher;
    ApiClient koordinator;
    ApiClient larare;
    ApiClient handledare;
    UUID participant;
    TestUser participantUser;
    ProposalView proposal;
    LocalDate today;

    @BeforeEach
    void aParticipantOnPlacementAndACourse() {
        IdentityTestData identity = new IdentityTestData(context);
        municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        provider = identity.staffedOrganisation(OrganisationType.ADULT_EDUCATION);
        care = identity.organisation().name("Omsorgsförvaltningen Schema").create();
        coordinator = municipality.get(Role.COORDINATOR);
        manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        supervisorUser = identity.user(care, Role.SUPERVISOR).create();
        teacher = provider.get(Role.TEACHER);
        koordinator = coordinator.api(port);
        larare = teacher.api(port);
        handledare = supervisorUser.api(port);
        today = TestDates.today();
        participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named("Zelda", "Schemaprovsson").consentingTo(care.id(), provider.organisation().id()).create();
        participantUser = identity.participantLogin(municipality.organisation().id(), participant);
        PlacementTestData placements = new PlacementTestData(context);
        SupervisorView supervisor = placements.supervisor().at(manager).withLogin(supervisorUser).create();
        proposal = placements.proposal(participant).by(coordinator).at(manager).supervisedBy(supervisor)
                .period(today.minusWeeks(2), today.plusWeeks(5)).active().create();
    }

    @Test
    void aPatternThatClashesWithTheCourseIsSavedWithItsClashesAndTheWeekMarksThem() {
        String occasion = occasion(today.minusDays(7), today.plusDays(30));
        enrol(occasion, today.minusDays(7));
        String patternPath = "/api/v1/proposals/" + proposal.id() + "/work-pattern";
        assertThat(koordinator.get(patternPath).status()).as("no pattern yet").isEqualTo(404);

        Response preview = koordinator.post(patternPath + "/preview", pattern("EVERY_WEEK", "FULL_DAY", null));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("clashes").size()).as("Mondays and Wednesdays 08–16 against 09–12 daily")
                .isGreaterThan(0);
        assertThat(koordinator.get(patternPath).status()).as("a preview saves nothing").isEqualTo(404);

        long auditBefore = auditRows(participant);
        Response saved = koordinator.put(patternPath, pattern("EVERY_WEEK", "FULL_DAY", null));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(auditRows(participant)).as("one audit row for the write").isEqualTo(auditBefore + 1);
        JsonNode view = saved.json().path("pattern");
        assertThat(view.path("version").asLong()).isEqualTo(1);
        assertThat(view.path("startTime").asString()).isEqualTo("08:00:00");
        assertThat(saved.json().path("clashes").size()).isEqualTo(preview.json().path("clashes").size());
        JsonNode clash = saved.json().path("clashes").get(0);
        assertThat(clash.path("courseName").asString()).isEqualTo("Svenska för vården");
        assertThat(LocalDate.parse(clash.path("date").asString()).getDayOfWeek())
                .isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);

        JsonNode week = ok(koordinator.get("/api/v1/participants/" + participant + "/week"));
        List<JsonNode> entries = week.path("entries").valueStream().toList();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asString()).isEqualTo("WORK");
            assertThat(e.path("clash").asBoolean()).isTrue();
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asString()).isEqualTo("COURSE");
            assertThat(e.path("title").asString()).isEqualTo("Svenska för vården");
        });
        assertThat(week.path("clashes").asInt()).isGreaterThan(0);
        assertThat(week.path("days").asInt()).as("the course runs every day").isEqualTo(7);

        // The place's hours (Mondays and Wednesdays 08–12) give the times when none are given: a morning is 08–12,
        // and the place has no afternoon.
        Map<String, Object> noAfternoon = pattern("EVERY_WEEK", "AFTERNOON", 1L);
        noAfternoon.remove("endTime");
        assertThat(koordinator.put(patternPath, noAfternoon).fieldError("endTime")).contains("efter starttiden");
        JsonNode morning = ok(koordinator.post(patternPath + "/preview", pattern("EVERY_WEEK", "MORNING", null)))
                .path("pattern");
        assertThat(morning.path("startTime").asString() + "-" + morning.path("endTime").asString())
                .isEqualTo("08:00:00-12:00:00");
        // An afternoon pattern from 12:00 no longer clashes with 09–12 sessions; the version is bumped.
        Response stale = koordinator.put(patternPath, pattern("EVERY_WEEK", "AFTERNOON", 7L));
        assertThat(stale.status()).as("a stale version: " + stale.body()).isEqualTo(409);
        Response afternoon = koordinator.put(patternPath, pattern("EVERY_WEEK", "AFTERNOON", 1L));
        assertThat(afternoon.status()).as(afternoon.body()).isEqualTo(200);
        assertThat(afternoon.json().path("pattern").path("version").asLong()).isEqualTo(2);
        assertThat(afternoon.json().path("pattern").path("startTime").asString()).isEqualTo("12:00:00");
        assertThat(afternoon.json().path("clashes").isEmpty()).isTrue();
        assertThat(ok(koordinator.get(patternPath)).path("dayPart").asString()).isEqualTo("AFTERNOON");
    }

    @Test
    void weeksAcrossTheYearEndAndBadInput() {
        String path = "/api/v1/participants/" + participant + "/week";
        JsonNode w53 = ok(koordinator.get(path + "?week=2026-W53"));
        assertThat(w53.path("monday").asString()).isEqualTo("2026-12-28");
        assertThat(w53.path("sunday").asString()).isEqualTo("2027-01-03");
        assertThat(w53.path("nextWeek").asString()).isEqualTo("2027-W01");
        assertThat(w53.path("previousWeek").asString()).isEqualTo("2026-W52");
        for (String bad : new String[] {"2027-W53", "2026-W54", "x", "99999-W01"}) {
            Response refused = koordinator.get(path + "?week=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("2026-W53");
        }
        Response badPattern = koordinator.put("/api/v1/proposals/" + proposal.id() + "/work-pattern",
                Map.of("weekdays", List.of(), "alternation", "EVERY_WEEK", "dayPart", "FULL_DAY"));
        assertThat(badPattern.fieldError("weekdays")).contains("minst en dag");
        Map<String, Object> backwards = pattern("EVERY_WEEK", "FULL_DAY", null);
        backwards.put("startTime", "15:00");
        backwards.put("endTime", "09:00");
        assertThat(koordinator.put("/api/v1/proposals/" + proposal.id() + "/work-pattern", backwards)
                .fieldError("endTime")).contains("efter");
        assertThat(koordinator.put("/api/v1/proposals/" + UUID.randomUUID() + "/work-pattern",
                pattern("EVERY_WEEK", "FULL_DAY", null)).status()).isEqualTo(404);
    }

    @Test
    void whoMaySeeAndSetWhat() {
        String patternPath = "/api/v1/proposals/" + proposal.id() + "/work-pattern";
        ApiClient otherCoordinator = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY)
                .get(Role.COORDINATOR).api(port);
        assertThat(otherCoordinator.put(patternPath, pattern("EVERY_WEEK", "FULL_DAY", null)).status())
                .as("a coordinator of another organisation").isIn(403, 404);
        assertThat(otherCoordinator.get("/api/v1/participants/" + participant + "/week").status()).isIn(403, 404);
        assertThat(handledare.put(patternPath, pattern("EVERY_WEEK", "FULL_DAY", null)).status())
                .as("the supervisor does not set the pattern").isEqualTo(403);
        Response byEmployer = manager.api(port).put(patternPath, pattern("EVERY_OTHER_WEEK", "MORNING", null));
        assertThat(byEmployer.status()).as("the host employer may: " + byEmployer.body()).isEqualTo(200);

        ApiClient me = participantUser.api(port);
        assertThat(ok(me.get("/api/v1/me/week")).path("participantId").asString()).isEqualTo(participant.toString());
        assertThat(me.put(patternPath, pattern("EVERY_WEEK", "FULL_DAY", null)).status()).isEqualTo(403);
        UUID someoneElse = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        assertThat(me.get("/api/v1/participants/" + someoneElse + "/week").status()).as("only their own")
                .isIn(403, 404);
        assertThat(koordinator.get("/api/v1/me/week").status()).isEqualTo(403);

        JsonNode supervised = ok(handledare.get("/api/v1/supervised-week"));
        assertThat(supervised.path("rows")).singleElement().satisfies(row -> {
            assertThat(row.path("participantId").asString()).isEqualTo(participant.toString());
            assertThat(row.path("participantName").asString()).isEqualTo("Zelda Schemaprovsson");
        });
        assertThat(koordinator.get("/api/v1/supervised-week").status()).isEqualTo(403);
    }

    @Test
    void anEnrolmentThatClashesWithWorkDaysOpensOneTaskForTheCoordinator() {
        ok(koordinator.put("/api/v1/proposals/" + proposal.id() + "/work-pattern",
                pattern("EVERY_WEEK", "FULL_DAY", null)));
        String enrolment = enrol(occasion(today.plusDays(1), today.plusDays(20)), today.plusDays(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<TaskView> found = SignedIn.as(coordinator.username(), () -> tasks.forParticipant(participant));
            assertThat(found).filteredOn(t -> "SCHEDULE_CLASH".equals(t.sourceKind())).singleElement()
                    .satisfies(t -> {
                        assertThat(t.ownerId()).isEqualTo(coordinator.id());
                        assertThat(t.sourceId().toString()).isEqualTo(enrolment);
                        assertThat(t.title()).isEqualTo("Kurs krockar med arbetsplatsträning");
                        assertThat(t.description()).doesNotContain("Zelda", "Schemaprovsson");
                    });
        });
    }

    @Test
    void theParticipantsFeedIsStableChangesItsSequenceAndIsRevocable() throws Exception {
        enrol(occasion(today.minusDays(7), today.plusDays(30)), today.minusDays(7));
        String patternPath = "/api/v1/proposals/" + proposal.id() + "/work-pattern";
        ok(koordinator.put(patternPath, pattern("EVERY_WEEK", "FULL_DAY", null)));
        ApiClient me = participantUser.api(port);
        assertThat(me.get("/api/v1/calendar-feed").status()).isEqualTo(404);
        Response created = me.post("/api/v1/calendar-feed", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = created.json().path("path").asString();
        assertThat(path).matches("/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(ok(me.get("/api/v1/calendar-feed")).path("path").isNull()).as("the token is shown once").isTrue();
        String token = path.substring("/kalender/".length(), path.length() - 4);
        byte[] stored = jdbc.sql("SELECT token_sha256 FROM schedules_calendar_feed WHERE revoked_at IS NULL "
                + "AND owner_user_id = :u").param("u", participantUser.id()).query(byte[].class).single();
        assertThat(stored).hasSize(32).isNotEqualTo(token.getBytes(StandardCharsets.US_ASCII));

        ApiClient anonymous = ApiClient.anonymous(port);
        long auditBefore = auditRows(participant);
        Response first = anonymous.send("GET", path, null, "text/calendar");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("text/calendar").containsIgnoringCase("charset=utf-8");
        assertThat(auditRows(participant)).as("one audit row per fetch").isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("SELECT actor_id FROM audit_entry WHERE participant_id = :p ORDER BY id DESC LIMIT 1")
                .param("p", participant).query(UUID.class).single()).as("in the owner's name")
                .isEqualTo(participantUser.id());
        assertThat(first.body()).doesNotContain("Zelda", "Schemaprovsson");
        Map<String, VEvent> events = events(first.body());
        assertThat(events.keySet()).anyMatch(uid -> uid.startsWith("session-") && uid.endsWith("@kompetenskedjan.se"));
        String workUid = events.keySet().stream().filter(uid -> uid.startsWith("work-" + proposal.id()))
                .findFirst().orElseThrow();
        VEvent work = events.get(workUid);
        assertThat(value(work, Property.SUMMARY)).isEqualTo("Arbetsplatsträning");
        assertThat(value(work, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(work, Property.DTSTART)).as("written in UTC").endsWith("Z");
        assertThat(events.values()).allSatisfy(e -> assertThat(value(e, Property.SUMMARY))
                .isIn("Arbetsplatsträning", "Kurs: Svenska för vården"));

        Map<String, VEvent> again = events(anonymous.send("GET", path, null, "text/calendar").body());
        assertThat(again.keySet()).as("stable UIDs").isEqualTo(events.keySet());

        ok(koordinator.put(patternPath, pattern("EVERY_WEEK", "MORNING", 1L)));
        Map<String, VEvent> changed = events(anonymous.send("GET", path, null, "text/calendar").body());
        assertThat(value(changed.get(workUid), Property.SEQUENCE)).as("bumped on change").isEqualTo("2");

        Response renewed = me.post("/api/v1/calendar-feed", null);
        assertThat(anonymous.send("GET", path, null, "text/calendar").status()).as("the old link").isEqualTo(404);
        String newPath = renewed.json().path("path").asString();
        assertThat(anonymous.send("GET", newPath, null, "text/calendar").status()).isEqualTo(200);
        assertThat(me.delete("/api/v1/calendar-feed").status()).isEqualTo(204);
        assertThat(anonymous.send("GET", newPath, null, "text/calendar").status()).as("revoked").isEqualTo(404);
        assertThat(anonymous.send("GET", "/kalender/inte-en-riktig-nyckel.ics", null, "text/calendar").status())
                .isEqualTo(404);
        assertThat(koordinator.post("/api/v1/calendar-feed", null).status()).as("no feed for coordinators")
                .isEqualTo(403);
    }

    @Test
    void supervisorAndTeacherFeedsNameNoParticipant() throws Exception {
        String occasion = occasion(today.minusDays(7), today.plusDays(30));
        enrol(occasion, today.minusDays(7));
        ok(koordinator.put("/api/v1/proposals/" + proposal.id() + "/work-pattern",
                pattern("EVERY_WEEK", "FULL_DAY", null)));

        String supervisorFeed = handledare.post("/api/v1/calendar-feed", null).json().path("path").asString();
        long auditBefore = auditRows(participant);
        Response body = ApiClient.anonymous(port).send("GET", supervisorFeed, null, "text/calendar");
        assertThat(body.status()).as(body.body()).isEqualTo(200);
        assertThat(auditRows(participant)).isEqualTo(auditBefore + 1);
        assertThat(body.body()).doesNotContain("Zelda", "Schemaprovsson");
        Map<String, VEvent> events = events(body.body());
        assertThat(events).isNotEmpty();
        assertThat(events.values()).allSatisfy(e -> assertThat(value(e, Property.SUMMARY))
                .isEqualTo("Deltagare på arbetsplatsen"));

        String teacherFeed = larare.post("/api/v1/calendar-feed", null).json().path("path").asString();
        Map<String, VEvent> lessons = events(ApiClient.anonymous(port).send("GET", teacherFeed, null, "text/calendar")
                .body());
        assertThat(lessons.keySet()).isNotEmpty().allMatch(uid -> uid.startsWith("session-"));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private String occasion(LocalDate from, LocalDate to) {
        JsonNode course = created(larare.post("/api/v1/education/courses", Map.of("name", "Svenska för vården",
                "kind", "SWEDISH_FOR_CARE")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsOn", from.toString());
        body.put("endsOn", to.toString());
        body.put("seats", 5);
        body.put("weekdays", new ArrayList<>(Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList()));
        body.put("startTime", "09:00");
        body.put("endTime", "12:00");
        body.put("place", "Exempeltorget 8, sal 3");
        return created(larare.post("/api/v1/education/courses/" + course.path("id").asString() + "/occasions", body))
                .path("id").asString();
    }

    private String enrol(String occasionId, LocalDate from) {
        return created(koordinator.post("/api/v1/education/occasions/" + occasionId + "/enrolments",
                Map.of("participantId", participant.toString(), "fromDate", from.toString()))).path("id").asString();
    }

    private static Map<String, Object> pattern(String alternation, String dayPart, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("weekdays", List.of("MONDAY", "WEDNESDAY"));
        body.put("alternation", alternation);
        body.put("dayPart", dayPart);
        if ("FULL_DAY".equals(dayPart)) {
            body.put("startTime", "08:00");
            body.put("endTime", "16:00");
        } else if ("AFTERNOON".equals(dayPart)) {
            body.put("endTime", "16:00");
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, VEvent> byUid = new TreeMap<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            assertThat(byUid.put(value(event, Property.UID), event)).as("unique UIDs").isNull();
        }
        return byUid;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private long auditRows(UUID participantId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p").param("p", participantId)
                .query(Long.class).single();
    }
}
