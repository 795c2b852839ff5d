package se.kompetenskedjan.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.kompetenskedjan.support.DemoUsers;

/** The search page /yrken and the concept page, for every signed-in user. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TaxonomyPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aParticipantSearchesForAnOccupation() throws Exception {
        String page = mvc.perform(get("/yrken").param("q", "underskö").with(user(DemoUsers.PARTICIPANT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Yrken och kompetenser</h1>")
                .contains("Undersköterska, hemtjänst, äldreboende och habilitering")
                .contains("<label class=\"govuk-label\" for=\"q\">Sök</label>")
                .contains("träffar</caption>")
                .contains("href=\"/yrken\"");

        String fragment = mvc.perform(get("/yrken").param("q", "5321").header("HX-Request", "true")
                        .with(user(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering");

        String english = mvc.perform(get("/yrken").param("lang", "en").with(user(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Occupations and skills").contains("Occupation</td>");
    }

    @Test
    void theConceptPageShowsItsPlaceInTheTree() throws Exception {
        UUID id = jdbc.sql("select id from taxonomy_concept where concept_id = 'bSEB_VKd_Ub3'").query(UUID.class).single();

        String page = mvc.perform(get("/yrken/" + id).with(user(DemoUsers.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Undersköterska, hemtjänst, äldreboende och habilitering")
                .contains("5 Service-, omsorgs- och försäljningsyrken").contains("532 Undersköterskor")
                .contains("5321 Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering")
                .contains("bSEB_VKd_Ub3");

        UUID group = jdbc.sql("select id from taxonomy_concept where ssyk_code = '5321'").query(UUID.class).single();
        assertThat(mvc.perform(get("/yrken/" + group).with(user(DemoUsers.SUPERVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Ingår här").contains("Beskrivning");

        mvc.perform(get("/yrken/" + UUID.randomUUID()).with(user(DemoUsers.SUPERVISOR))).andExpect(status().isNotFound());
        mvc.perform(get("/yrken")).andExpect(status().is3xxRedirection());
    }
}
