package se.kompetenskedjan.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.MvcResult;

/** The read-only pages of ladders and profiles, and copying a template from the list page. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class LadderPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    UUID elderCareTemplate() {
        return jdbc.sql("select id from ladder where template and name like 'Kompetenskedja i äldreomsorgen%'")
                .query(UUID.class).single();
    }

    @Test
    void theListShowsTemplatesOwnLaddersAndProfilesAndTheCopyButtonOnlyToThoseAllowed() throws Exception {
        String chef = page("chef", "/stegmodeller");
        assertThat(chef).contains("<h1 class=\"govuk-heading-xl\">Stegmodeller</h1>")
                .contains("Kompetenskedja i äldreomsorgen – från introduktion till undersköterska")
                .contains("Instegsjobb i kök – från förspår till köksbiträde")
                .contains("Kulturtolk i förskolan")
                .contains("Kompetenskedja äldreomsorg – Älvstads hemtjänst")
                .contains("Servicebiträde i Älvstads hemtjänst (AB-anställning)")
                .contains("Kopiera mallen").contains("name=\"_csrf\"");
        assertThat(page("handledare", "/stegmodeller")).contains("Mallar").doesNotContain("Kopiera mallen");
        assertThat(page("chef", "/")).contains("href=\"/stegmodeller\"");
    }

    @Test
    void copyingATemplateFromThePageNeedsCsrfAndOpensTheCopy() throws Exception {
        String path = "/stegmodeller/mallar/" + elderCareTemplate() + "/kopiera";
        mvc.perform(post(path).with(user("chef"))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(user("handledare")).with(csrf())).andExpect(status().isForbidden());

        MvcResult copied = mvc.perform(post(path).with(user("chef")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = copied.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/stegmodeller/");
        // The redirect's flash message travels in the session, as in a browser.
        org.springframework.mock.web.MockHttpSession session =
                (org.springframework.mock.web.MockHttpSession) copied.getRequest().getSession();
        String copy = mvc.perform(get(location).with(user("chef")).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(copy).contains("Mallen är kopierad").contains("Kopierad från en mall");
    }

    @Test
    void theLadderPageShowsTheStepsInOrderWithTypesDurationsDecidersExitRequirementsAndBranches() throws Exception {
        String ladder = page("deltagare", "/stegmodeller/" + elderCareTemplate());
        assertThat(ladder).contains("Steg 1: Förberedande introduktion").contains("Steg 2: Skuggning som serviceassistent")
                .contains("Sidospår").contains("Skuggning").contains("Anställning med stöd")
                .contains("Normal tid").contains("12 veckor").contains("Längsta tid").contains("Ingen gräns")
                .contains("Handledare").contains("Chef hos arbetsgivaren")
                .contains("Krav för att gå vidare").contains("Dessa krav i kravprofilen:").contains("Alla krav i kravprofilen")
                .contains("Serviceassistent i hemtjänst och på trygghetsboende, version 1")
                .contains("Leder till").contains("href=\"#steg-5\"").contains("Sista steget");
        assertThat(ladder.indexOf("Steg 1:")).isLessThan(ladder.indexOf("Steg 2:"));
    }

    @Test
    void theProfilePageGroupsMandatoryAndMeritingItemsWithTheScaleAndTasks() throws Exception {
        UUID version = jdbc.sql("select id from requirement_profile_version where title = 'Serviceassistent i hemtjänst och på trygghetsboende' and version_number = 1 and profile_id in (select id from requirement_profile where organisation_id is null)")
                .query(UUID.class).single();
        String profile = page("koordinator", "/kravprofiler/versioner/" + version);
        assertThat(profile).contains("Kravprofil, version 1").contains("Publicerad")
                .contains("Obligatoriska krav").contains("Meriterande krav")
                .contains("Med visst stöd").contains("Självständigt").contains("Ja")
                .contains("Jag kan cykla.").contains("Praktisk förmåga")
                .contains("Servera måltider i matsalen och duka av").contains("Kräver:")
                .contains("Nivåskalan").contains("Inte påbörjat").contains("Plattformens mall");
        assertThat(profile.indexOf("Obligatoriska krav")).isLessThan(profile.indexOf("Meriterande krav"));
        assertThat(page("koordinator", "/kravprofiler/versioner/" + version + "?lang=en")).contains("Mandatory requirements")
                .contains("With some support");

        UUID profileId = jdbc.sql("select profile_id from requirement_profile_version where id = :id").param("id", version)
                .query(UUID.class).single();
        mvc.perform(get("/kravprofiler/" + profileId).with(user("koordinator")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kravprofiler/versioner/" + UUID.randomUUID()).with(user("koordinator")))
                .andExpect(status().isNotFound());
    }
}
