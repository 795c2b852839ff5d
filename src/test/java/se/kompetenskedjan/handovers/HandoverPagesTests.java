package se.kompetenskedjan.handovers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;

/** The hand-over pages: propose from the participant's file, answer from the receiver's list, errors in a summary. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class HandoverPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorProposesFromTheFileAndTheReceiverAcceptsFromTheList() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff sender = identity.staffedOrganisation(OrganisationType.PUBLIC_EMPLOYMENT_SERVICE);
        TestStaff receiver = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(sender.get(Role.COORDINATOR))
                .consentingTo(receiver.organisation().id()).create();
        TestUser af = sender.get(Role.COORDINATOR);
        TestUser kommun = receiver.get(Role.COORDINATOR);
        String file = "/deltagare/" + participant + "/overlamning";

        assertThat(page(af, "/deltagare/" + participant).select("a[href=" + file + "]")).hasSize(1);
        assertThat(page(kommun, "/deltagare/" + participant).select("a[href=" + file + "]"))
                .as("a reader through consent is not offered the hand-over").isEmpty();
        Document form = page(af, file);
        assertThat(form.select("select#toOrganisationId option").eachAttr("value"))
                .containsExactly(receiver.organisation().id().toString());
        mvc.perform(post(file).with(user(af.username())).with(csrf())
                        .param("toOrganisationId", receiver.organisation().id().toString()).param("note", "Flytt"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(file));
        assertThat(page(af, file).select("select#toOrganisationId")).as("one pending hand-over at a time").isEmpty();

        Document list = page(kommun, "/overlamningar");
        Element card = list.selectFirst(".govuk-summary-card");
        assertThat(card.text()).contains(sender.organisation().name()).contains("Flytt");
        String decline = card.select("form").get(1).attr("action");
        mvc.perform(post(decline).with(user(kommun.username())).with(csrf()).param("reason", " "))
                .andExpect(redirectedUrl("/overlamningar")).andExpect(flash().attributeExists("errors"));
        String accept = card.selectFirst("form").attr("action");
        mvc.perform(post(accept).with(user(kommun.username())).with(csrf())
                        .param("coordinatorId", kommun.id().toString()))
                .andExpect(redirectedUrl("/overlamningar")).andExpect(flash().attributeExists("saved"));

        assertThat(page(kommun, "/overlamningar").select(".govuk-summary-card")).isEmpty();
        assertThat(page(kommun, "/deltagare/" + participant).select("a[href=" + file + "]"))
                .as("now responsible, the receiver may hand the participant on").hasSize(1);
        mvc.perform(get(file).with(user(af.username()))).andExpect(status().isForbidden());
    }

    private Document page(TestUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
