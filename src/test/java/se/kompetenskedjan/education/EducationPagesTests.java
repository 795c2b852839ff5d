package se.kompetenskedjan.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.TestDates;

/**
 * The education pages with MockMvc: a teacher plans a course and an occasion on the forms, a coordinator enrols two
 * participants from the participant's page, and the teacher takes today's attendance on the one-page form (a
 * fieldset per participant, radios with labels) reached from the start page; the warning shows below the share.
 */
class EducationPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theTeacherTakesTodaysAttendanceOnOneForm() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff provider = identity.staffedOrganisation(OrganisationType.ADULT_EDUCATION);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser teacher = provider.get(Role.TEACHER);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        ParticipantTestData participants = new ParticipantTestData(context);
        UUID amina = participants.participant().registeredBy(coordinator).named("Amina", "Testsdotter")
                .consentingTo(provider.organisation().id()).create();
        UUID bashir = participants.participant().registeredBy(coordinator).named("Bashir", "Testsson")
                .consentingTo(provider.organisation().id()).create();
        LocalDate today = TestDates.today();

        Document start = page(teacher, "/utbildning");
        assertThat(start.select("nav a[href=/utbildning]")).as("the nav item").hasSize(1);
        assertThat(start.select("a[href=/utbildning/kurser/ny]")).hasSize(1);
        mvc.perform(form(post("/utbildning/kurser/ny"), teacher).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select(".govuk-error-summary li").eachText()).contains("Skriv kursens namn",
                                "Välj vilken sorts kurs det är"));
        String course = redirect(form(post("/utbildning/kurser/ny"), teacher).param("name", "Svenska för vård")
                .param("kind", "SWEDISH_FOR_CARE"));
        Document occasionForm = page(teacher, course + "/tillfallen/ny");
        assertThat(occasionForm.select("input[name=teacherIds][checked]").eachAttr("value"))
                .as("the teacher who plans is ticked").containsExactly(teacher.id().toString());
        MockHttpServletRequestBuilder occasion = form(post(course + "/tillfallen/ny"), teacher)
                .param("startsOn", today.minusDays(7).toString()).param("endsOn", today.plusDays(7).toString())
                .param("startTime", "09:00").param("endTime", "12:00").param("place", "Sal 3").param("seats", "10")
                .param("teacherIds", teacher.id().toString());
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            occasion.param("weekdays", day);
        }
        String occasionPage = redirect(occasion);
        UUID occasionId = UUID.fromString(occasionPage.substring(occasionPage.lastIndexOf('/') + 1));

        for (UUID participant : List.of(amina, bashir)) {
            Document file = page(coordinator, "/deltagare/" + participant + "/utbildning");
            assertThat(file.select("select#occasionId option").eachAttr("value")).contains(occasionId.toString());
            mvc.perform(form(post("/deltagare/" + participant + "/utbildning"), coordinator)
                            .param("occasionId", occasionId.toString()))
                    .andExpect(redirectedUrl("/deltagare/" + participant + "/utbildning"))
                    .andExpect(flash().attributeExists("saved"));
        }

        Element todays = page(teacher, "/utbildning").selectFirst("ul.govuk-list li:has(.govuk-tag--yellow) a");
        assertThat(todays).as("today's session with attendance to record").isNotNull();
        String sheet = todays.attr("href");
        Document attendance = page(teacher, sheet);
        List<Element> fieldsets = attendance.select("form fieldset");
        assertThat(fieldsets).hasSize(2);
        assertThat(attendance.select("form legend").eachText()).containsExactly("Amina Testsdotter", "Bashir Testsson");
        for (Element radio : attendance.select("form input[type=radio]")) {
            assertThat(attendance.select("label[for=" + radio.id() + "]")).as("a label for " + radio.id()).hasSize(1);
        }
        assertThat(fieldsets.get(0).select("label").eachText())
                .containsExactly("Närvarande", "Sen", "Giltig frånvaro", "Frånvarande");
        mvc.perform(form(post(sheet), teacher)).andExpect(redirectedUrl(sheet))
                .andExpect(flash().attribute("errors", List.of("Markera närvaro för minst en deltagare")));
        String aminaField = fieldsets.get(0).selectFirst("input").attr("name");
        String bashirField = fieldsets.get(1).selectFirst("input").attr("name");
        mvc.perform(form(post(sheet), teacher).param(aminaField, "PRESENT").param(bashirField, "ABSENT"))
                .andExpect(redirectedUrl(sheet)).andExpect(flash().attribute("saved", "Närvaron är sparad."));

        Document saved = page(teacher, sheet);
        assertThat(saved.select("input[checked]").eachAttr("value")).containsExactly("PRESENT", "ABSENT");
        Document group = page(teacher, occasionPage);
        Element bashirCard = group.select(".govuk-summary-card").stream()
                .filter(c -> c.text().contains("Bashir Testsson")).findFirst().orElseThrow();
        assertThat(bashirCard.select(".govuk-tag--red").text()).isEqualTo("Under 80 %");
        assertThat(page(coordinator, "/deltagare/" + amina + "/utbildning").text()).contains("100 % närvaro");

        TestUser colleague = identity.user(provider.organisation(), Role.TEACHER).create();
        mvc.perform(get(sheet).with(user(colleague.username()))).andExpect(status().isForbidden());
        mvc.perform(get("/utbildning").with(user(provider.get(Role.SUPERVISOR).username())))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, TestUser user) {
        return request.with(user(user.username())).with(csrf());
    }

    private String redirect(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    private Document page(TestUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
