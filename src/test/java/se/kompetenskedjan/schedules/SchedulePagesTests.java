package se.kompetenskedjan.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
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
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The schedule pages with MockMvc: the coordinator's view of a participant's week (linked from the participant),
 * "Min vecka" in Ukrainian, the supervisor's participants' days, and the calendar link shown once and revoked.
 */
class SchedulePagesTests extends PageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Schedules schedules;

    @Test
    void weeksForStaffParticipantAndSupervisorAndTheCalendarLink() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestOrganisation care = identity.organisation().name("Hemtjänsten Schemasidor").create();
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        TestUser supervisorUser = identity.user(care, Role.SUPERVISOR).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named("Yusuf", "Sidprovsson").consentingTo(care.id()).create();
        TestUser participantUser = identity.participantLogin(municipality.organisation().id(), participant);
        LocalDate today = TestDates.today();
        PlacementTestData placements = new PlacementTestData(context);
        SupervisorView supervisor = placements.supervisor().at(manager).withLogin(supervisorUser).create();
        ProposalView proposal = placements.proposal(participant).by(coordinator).at(manager).supervisedBy(supervisor)
                .period(today.minusWeeks(2), today.plusWeeks(5)).active().create();
        SignedIn.as(coordinator.username(), () -> schedules.setPattern(proposal.id(), new WorkPatternCommand(
                List.of(DayOfWeek.values()), Alternation.EVERY_WEEK, null, DayPart.MORNING, null, null, null)));

        Document file = page(coordinator, "/deltagare/" + participant);
        assertThat(file.select("a[href=/deltagare/" + participant + "/schema]")).hasSize(1);
        Document week = page(coordinator, "/deltagare/" + participant + "/schema");
        assertThat(week.select("h2.govuk-heading-m")).as("a heading per day at work").hasSize(7);
        assertThat(week.select("main li").eachText()).anyMatch(t -> t.contains("08:00–12:00") && t.contains("Arbetsplatsen"));
        assertThat(week.select("a[href*=vecka=]")).hasSize(2);
        mvc.perform(get("/deltagare/" + participant + "/schema?vecka=2027-W53").with(user(coordinator.username())))
                .andExpect(status().isBadRequest());

        Document mine = page(participantUser, "/min-sida/vecka?lang=uk");
        assertThat(mine.select("h1").text()).isEqualTo("Мій тиждень");
        assertThat(mine.select("main li").eachText()).anyMatch(t -> t.contains("Робоче місце"));
        assertThat(page(participantUser, "/min-sida?lang=sv").select("a[href=/min-sida/vecka]").eachText())
                .as("what waits, and the link below it").containsExactly(
                        "Din vecka: 7 dagar med kurs eller arbetsplats", "Min vecka");
        mvc.perform(get("/min-sida/vecka").with(user(coordinator.username()))).andExpect(status().isForbidden());

        Document supervised = page(supervisorUser, "/schema/mina-deltagare");
        assertThat(supervised.select("main h2").eachText()).containsExactly("Yusuf Sidprovsson");
        assertThat(supervised.select("main h2 + ul li")).hasSizeBetween(1, 7);

        Document feed = page(participantUser, "/kalender?lang=sv");
        assertThat(feed.select("form[action=/kalender/ta-bort]")).as("nothing to revoke yet").isEmpty();
        // The link is shown once, on the page the form leads to, through the signed-in session (a flash attribute).
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(participantUser.username())
                .password(IdentityTestData.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn().getRequest()
                .getSession(false);
        mvc.perform(post("/kalender").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        Document shown = Jsoup.parse(mvc.perform(get("/kalender").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String link = shown.select("input#feed-link").attr("value");
        assertThat(link).matches("http://localhost/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(shown.select("label[for=feed-link]")).hasSize(1);
        String path = link.substring("http://localhost".length());
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("BEGIN:VCALENDAR");
        Document again = page(participantUser, "/kalender");
        assertThat(again.select("input#feed-link")).as("shown once").isEmpty();
        mvc.perform(post("/kalender/ta-bort").with(user(participantUser.username())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get("/kalender").with(user(coordinator.username()))).andExpect(status().isForbidden());
    }

    @Test
    void theCoordinatorSetsTheWorkPatternOnAFormAndSeesTheClashesItMakes() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff school = identity.staffedOrganisation(OrganisationType.ADULT_EDUCATION);
        TestOrganisation care = identity.organisation().name("Hemtjänsten Formulärgatan").create();
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        TestUser supervisorUser = identity.user(care, Role.SUPERVISOR).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id(), school.organisation().id()).create();
        LocalDate today = TestDates.today();
        PlacementTestData placements = new PlacementTestData(context);
        SupervisorView supervisor = placements.supervisor().at(manager).withLogin(supervisorUser).create();
        ProposalView proposal = placements.proposal(participant).by(coordinator).at(manager).supervisedBy(supervisor)
                .period(today.minusWeeks(1), today.plusWeeks(6)).active().create();
        String schedule = "/deltagare/" + participant + "/schema";
        String form = schedule + "/arbetsschema/" + proposal.id();

        Document week = page(coordinator, schedule);
        assertThat(week.select(".kk-arrangements dd").eachText()).contains("Inget arbetsschema är satt.");
        assertThat(week.select(".kk-arrangements a").attr("href")).isEqualTo(form);
        Document supervisorsWeek = page(supervisorUser, schedule);
        assertThat(supervisorsWeek.select(".kk-arrangements a")).as("the supervisor reads, the parties arrange")
                .isEmpty();
        mvc.perform(get(form).with(user(supervisorUser.username()))).andExpect(status().isForbidden());

        Document empty = submit(coordinator, form, "alternation", "EVERY_WEEK", "dayPart", "MORNING",
                "startTime", "8.00");
        assertThat(empty.select(".govuk-error-summary a").eachText()).containsExactlyInAnyOrder(
                "Välj minst en dag", "Skriv tiden som timmar och minuter, till exempel 08:00");
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).contains("#weekdays", "#startTime");
        assertThat(empty.select("input#startTime").val()).as("kept as typed").isEqualTo("8.00");

        String saved = mvc.perform(post(form).with(user(coordinator.username())).with(csrf())
                .param("weekdays", "MONDAY", "TUESDAY").param("alternation", "EVERY_OTHER_WEEK")
                .param("dayPart", "MORNING")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(saved).isEqualTo(schedule);
        Document after = page(coordinator, schedule);
        assertThat(after.select(".kk-arrangements dd.govuk-summary-list__value").text())
                .isEqualTo("måndag, tisdag; Varannan vecka; 08:00–12:00");
        Document edit = page(coordinator, form);
        assertThat(edit.select("input[name=weekdays][checked]").eachAttr("value")).containsExactly("MONDAY", "TUESDAY");
        assertThat(edit.select("input[name=version]").val()).isEqualTo("1");
        assertThat(edit.select("input[name=alternation][checked]").val()).isEqualTo("EVERY_OTHER_WEEK");
        assertThat(edit.select("input[name=dayPart][checked]").val()).isEqualTo("MORNING");
        assertThat(edit.select("label[for=dayPart]").text()).isEqualTo("Heldag");

        // A course every weekday morning: the next pattern is saved, and the form says what it clashes with.
        var occasion = SignedIn.as(school.get(Role.TEACHER).username(), () -> {
            var course = context.getBean(se.kompetenskedjan.education.Courses.class).createCourse(
                    new se.kompetenskedjan.education.CourseCommand("Svenska för vården",
                            se.kompetenskedjan.education.CourseKind.SWEDISH_FOR_CARE, null, null));
            return context.getBean(se.kompetenskedjan.education.Courses.class).createOccasion(course.id(),
                    new se.kompetenskedjan.education.OccasionCommand(today.minusDays(7), today.plusDays(30), 5,
                            java.util.EnumSet.allOf(DayOfWeek.class), java.time.LocalTime.of(9, 0),
                            java.time.LocalTime.of(11, 0), "Sal 3", null));
        });
        SignedIn.as(coordinator.username(), () -> context.getBean(se.kompetenskedjan.education.Enrolments.class)
                .enrol(occasion.id(), new se.kompetenskedjan.education.EnrolmentCommand(participant,
                        today.minusDays(7))));
        Document clashing = submit(coordinator, form, "weekdays", "WEDNESDAY", "alternation", "EVERY_WEEK",
                "dayPart", "FULL_DAY", "version", "1");
        assertThat(clashing.select("#clashes h2").text()).isEqualTo("Schemat krockar med kursdagar");
        assertThat(clashing.select("#clashes li").eachText()).isNotEmpty()
                .allMatch(line -> line.startsWith("onsdag") && line.contains("Svenska för vården 09:00–11:00"));
        assertThat(clashing.select("input[name=version]").val()).as("saved all the same").isEqualTo("2");
        Document stale = submit(coordinator, form, "weekdays", "FRIDAY", "alternation", "EVERY_WEEK",
                "dayPart", "FULL_DAY", "version", "1");
        assertThat(stale.select(".govuk-error-summary").text())
                .contains("Någon annan har ändrat arbetsschemat. Läs in det igen.");
    }

    /** Posts the form and returns the page it answers with (200: the form again, with its errors or clashes). */
    private Document submit(TestUser user, String path, String... fields) throws Exception {
        var request = post(path).with(user(user.username())).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Document page(TestUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
