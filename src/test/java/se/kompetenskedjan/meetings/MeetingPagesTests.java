package se.kompetenskedjan.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
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

/** A coordinator plans a working-group meeting with a partner on the form, records it held and adds a decision. */
class MeetingPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorPlansAMeetingWithAPartnerRecordsItHeldAndItsDecision() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff care = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser manager = care.get(Role.EMPLOYER_MANAGER);
        MockHttpSession session = signIn(coordinator);
        LocalDate today = TestDates.today();

        assertThat(page(session, "/").select("nav a[href=/moten]").text()).isEqualTo("Möten");
        Document list = page(session, "/moten");
        assertThat(list.select("a[href=/moten/nytt]")).hasSize(1);
        Document empty = page(session, "/moten/nytt");
        assertThat(empty.select("input[name=kind]")).extracting(e -> e.val())
                .containsExactly("STEERING_GROUP", "WORKING_GROUP", "WORKPLACE_MEETING");
        assertThat(empty.select("input[name=attendeeIds][checked]").eachAttr("value")).as("the planner is checked")
                .containsExactly(coordinator.id().toString());
        assertThat(empty.select("#attendeeIds")).as("the error summary's target").hasSize(1);
        assertThat(empty.text()).doesNotContain(manager.displayName());

        Document withPartner = Jsoup.parse(mvc.perform(meetingForm(session, coordinator, today, "10:00", "11:00")
                .param("action", "organisation").param("addOrganisation", care.organisation().id().toString()))
                .andReturn().getResponse().getContentAsString());
        assertThat(withPartner.select(".govuk-error-summary")).as("choosing people is not saving").isEmpty();
        assertThat(withPartner.select("label.govuk-checkboxes__label").eachText())
                .anyMatch(l -> l.startsWith(manager.displayName() + ", " + care.organisation().name()));
        assertThat(withPartner.select("input[name=organisations]").val()).isEqualTo(care.organisation().id().toString());

        MvcResult wrong = mvc.perform(meetingForm(session, coordinator, today, "10:00", "11:00")
                .param("organisations", care.organisation().id().toString())
                .param("attendeeIds", manager.id().toString())
                .param("agenda[2].text", "x".repeat(501))).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        Document errors = Jsoup.parse(wrong.getResponse().getContentAsString());
        assertThat(errors.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#agenda[2].text");
        assertThat(errors.select("[id=\"agenda[2].text\"]")).hasSize(1);
        assertThat(errors.select("[id=\"agenda[0].text\"]").val()).isEqualTo("Nya skuggplatser");
        Document backwards = Jsoup.parse(mvc.perform(meetingForm(session, coordinator, today, "11:00", "10:00")
                .param("attendeeIds", manager.id().toString())).andReturn().getResponse().getContentAsString());
        assertThat(backwards.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#endTime");
        assertThat(backwards.select(".govuk-error-summary").text()).contains("efter starttiden");
        assertThat(backwards.select("label.govuk-checkboxes__label").eachText()).as("the partner stays offered")
                .anyMatch(l -> l.startsWith(manager.displayName()));

        MvcResult saved = mvc.perform(meetingForm(session, coordinator, today, "09:00", "10:30")
                .param("organisations", care.organisation().id().toString())
                .param("attendeeIds", manager.id().toString())).andReturn();
        String path = saved.getResponse().getRedirectedUrl();
        assertThat(path).as(saved.getResponse().getContentAsString()).startsWith("/moten/");
        Document meeting = page(session, path);
        assertThat(meeting.select(".govuk-notification-banner").text()).contains("Mötet är planerat");
        assertThat(meeting.select("h1").text()).isEqualTo("Onsdagsmöte äldreomsorgen");
        assertThat(meeting.select("ol li").eachText()).containsExactly("Nya skuggplatser", "Handledarutbildning");
        assertThat(meeting.select("#notes-hint").text()).contains("Skriv inte om enskilda deltagare");
        assertThat(page(session, "/moten").select("a[href=" + path + "]").text()).isEqualTo("Onsdagsmöte äldreomsorgen");

        String version = meeting.select("form[action$=/hallet] input[name=lockVersion]").val();
        MvcResult held = mvc.perform(post(path + "/hallet").session(session).with(csrf())
                .param("notes", "Två nya platser i februari.\nHandledarutbildning i mars.")
                .param("lockVersion", version)).andReturn();
        assertThat(held.getResponse().getRedirectedUrl()).isEqualTo(path);
        Document after = page(session, path);
        assertThat(after.select(".kk-pre-line").first().text()).startsWith("Två nya platser i februari.");
        assertThat(after.select("#ownerId option").eachText()).contains(manager.displayName());

        Document noOwner = Jsoup.parse(mvc.perform(post(path + "/beslut").session(session).with(csrf())
                .param("text", "Ordna två skuggplatser").param("ownerId", "").param("dueDate",
                        today.plusWeeks(2).toString())).andReturn().getResponse().getContentAsString());
        assertThat(noOwner.select(".govuk-error-summary a").attr("href")).isEqualTo("#ownerId");
        MvcResult decided = mvc.perform(post(path + "/beslut").session(session).with(csrf())
                .param("text", "Ordna två skuggplatser").param("ownerId", manager.id().toString())
                .param("dueDate", today.plusWeeks(2).toString())).andReturn();
        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo(path + "#beslut");
        Document decisions = page(session, path);
        assertThat(decisions.select("#beslut + div tbody tr").text()).contains("Ordna två skuggplatser",
                manager.displayName(), today.plusWeeks(2).toString(), "Pågår");

        Document found = page(signIn(manager), "/moten/beslut?q=skuggplats");
        assertThat(found.select(".govuk-summary-card").text()).contains("Ordna två skuggplatser",
                "Onsdagsmöte äldreomsorgen");
        assertThat(page(session, "/moten/beslut?from=" + today + "&to=" + today.minusDays(1))
                .select(".govuk-error-summary a").attr("href")).isEqualTo("#to");
    }

    @Test
    void aSupervisorSeesTheirMeetingsButIsNotOfferedToPlanAndTheThreePartyFormOffersTheParticipantsPeople()
            throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        MockHttpSession supervisor = signIn(municipality.get(Role.SUPERVISOR));
        assertThat(page(supervisor, "/moten").select("a[href=/moten/nytt]")).isEmpty();
        assertThat(mvc.perform(get("/moten/nytt").session(supervisor)).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        TestUser coordinator = municipality.get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        TestUser login = identity.participantLogin(municipality.organisation().id(), participant);
        MockHttpSession session = signIn(coordinator);
        assertThat(page(session, "/deltagare/" + participant).select("a[href=/moten/nytt?deltagare=" + participant + "]"))
                .hasSize(1);
        Document form = page(session, "/moten/nytt?deltagare=" + participant);
        assertThat(form.select(".govuk-caption-l").text()).startsWith("Trepartssamtal om Testa");
        assertThat(form.select("input[name=kind]").val()).isEqualTo("THREE_PARTY_FOLLOW_UP");
        assertThat(form.select("label.govuk-checkboxes__label").eachText())
                .anyMatch(l -> l.startsWith(login.displayName()) && l.endsWith("(deltagaren själv)"));
    }

    private MockHttpServletRequestBuilder meetingForm(MockHttpSession session, TestUser me, LocalDate date,
            String start, String end) {
        return post("/moten/nytt").session(session).with(csrf()).param("kind", "WORKING_GROUP")
                .param("title", "Onsdagsmöte äldreomsorgen").param("date", date.toString())
                .param("startTime", start).param("endTime", end).param("place", "Stadshuset, rum 3")
                .param("videoLink", "").param("participantId", "")
                .param("attendeeIds", me.id().toString())
                .param("agenda[0].text", "Nya skuggplatser").param("agenda[1].text", "")
                .param("agenda[2].text", "Handledarutbildning");
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
