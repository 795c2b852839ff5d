package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.ExternalWorkplaceJson;
import se.kompetenskedjan.support.PageTest;

/** The pages of workplaces without an account: the list, the form with its error summary, and the place page's label. */
class ExternalWorkplacePagesTests extends PageTest {

    static final String BERGSJO = DemoUsers.OTHER_MUNICIPALITY_COORDINATOR;
    static final Pattern WORKPLACE_LINK = Pattern.compile("href=\"/arbetsplatser-utan-konto/([0-9a-f-]{36})\"");

    Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Sidtestet " + System.nanoTime() + " AB");
        form.put("orgNumber", ExternalWorkplaceJson.orgNumber());
        form.put("address", "Torget 1, Bergsjö");
        form.put("contactName", "Sam Sidtest");
        form.put("contactEmail", "sam@sidtest.example");
        form.put("contactPhone", "");
        return form;
    }

    @Test
    void theMunicipalitysCoordinatorSeesItsWorkplacesAndMayRegisterOne() throws Exception {
        String list = page(BERGSJO, "/arbetsplatser-utan-konto");
        assertThat(list).contains("Bergsjö Lanthandel AB").contains("href=\"/arbetsplatser-utan-konto/ny\"")
                .doesNotContain("Sjömarks Handelsträdgård AB");
        assertThat(page(BERGSJO, "/platser")).contains("href=\"/arbetsplatser-utan-konto\"");
        assertThat(page(DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR, "/arbetsplatser-utan-konto"))
                .doesNotContain("href=\"/arbetsplatser-utan-konto/ny\"");
        mvc.perform(get("/arbetsplatser-utan-konto/ny").session(as(DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/arbetsplatser-utan-konto/ny").session(as(DemoUsers.EMPLOYER_MANAGER)))
                .andExpect(status().isForbidden());

        Matcher link = WORKPLACE_LINK.matcher(list);
        assertThat(link.find()).isTrue();
        String shop = page(BERGSJO, "/arbetsplatser-utan-konto/" + link.group(1));
        assertThat(shop).contains("Arbetsplats utan konto – hanteras av Bergsjö kommun – Arbetsmarknadsförvaltningen")
                .contains("002100-0005").contains("Karin Lund")
                .contains("href=\"/arbetsplatser-utan-konto/" + link.group(1) + "/andra\"");
        mvc.perform(get("/arbetsplatser-utan-konto/" + link.group(1) + "/andra").session(as("koordinator.sjomark")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormShowsAnErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String empty = mvc.perform(form(post("/arbetsplatser-utan-konto"), BERGSJO, Map.of()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("govuk-error-summary").contains("Det finns fel i formuläret")
                .contains("href=\"#name\"").contains("Skriv arbetsgivarens namn")
                .contains("href=\"#orgNumber\"").contains("Skriv arbetsgivarens organisationsnummer")
                .contains("href=\"#contactName\"").contains("Skriv namnet på arbetsgivarens kontaktperson");

        Map<String, String> wrongDigit = valid();
        wrongDigit.put("orgNumber", "556123-4568");
        String refused = mvc.perform(form(post("/arbetsplatser-utan-konto"), BERGSJO, wrongDigit))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("kontrollsiffran")
                .contains("value=\"556123-4568\"").contains("value=\"" + wrongDigit.get("name") + "\"");
        assertThat(page(BERGSJO, "/arbetsplatser-utan-konto")).doesNotContain(wrongDigit.get("name"));
    }

    @Test
    void aRegisteredWorkplaceShowsWhoManagesIt() throws Exception {
        Map<String, String> form = valid();
        String shown = submit("/arbetsplatser-utan-konto", BERGSJO, form);
        assertThat(shown).contains("Arbetsplatsen är registrerad").contains(form.get("name"))
                .contains("Arbetsplats utan konto – hanteras av Bergsjö kommun – Arbetsmarknadsförvaltningen")
                .contains(form.get("orgNumber"));
        assertThat(page(BERGSJO, "/platser/ny")).as("the place form offers the workplace").contains(form.get("name"));
    }

    @Test
    void theDemoPlaceInTheSharedPoolSaysWhoHandlesIt() throws Exception {
        String bank = page(DemoUsers.COORDINATOR, "/platser?q=handelstr");
        Matcher place = Pattern.compile("href=\"/platser/([0-9a-f-]{36})\"").matcher(bank);
        assertThat(place.find()).as("Sjömark's place is in the shared pool, seen from Älvstad").isTrue();
        String shown = page(DemoUsers.COORDINATOR, "/platser/" + place.group(1));
        assertThat(shown).contains("Praktik i handelsträdgården")
                .contains("Arbetsplats utan konto – hanteras av Sjömarks kommun – Arbetsmarknadsförvaltningen");
    }
}
