package se.kompetenskedjan.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.TestDates;

/**
 * The dashboard /indikatorer: every table with caption and header cells, its definition beside it and the legend of
 * protected figures; the form's defaults and its bad input (400 with the error summary); who is offered it and who
 * is refused; the demo region's figures for the platform's analyst.
 */
class IndicatorPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theCoordinatorSeesEveryTableWithItsDefinitionAndTheLegend() throws Exception {
        TestStaff municipality = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        LocalDate today = TestDates.today();

        Document page = page(coordinator, "/indikatorer");
        assertThat(page.select("h1").text()).isEqualTo("Indikatorer");
        assertThat(page.select("input#from").val()).isEqualTo(today.withDayOfYear(1).toString());
        assertThat(page.select("input#to").val()).isEqualTo(today.toString());
        assertThat(page.select("input#on").val()).isEqualTo(today.toString());
        assertThat(page.select("input[type=radio][name=scope]")).as("one scope: no choice").isEmpty();
        assertThat(page.select("#legend li").eachText()).anyMatch(t -> t.startsWith("<5 betyder färre än 5"))
                .anyMatch(t -> t.startsWith(".. betyder"));

        assertThat(page.select("main table")).hasSizeGreaterThanOrEqualTo(26);
        for (Element table : page.select("main table")) {
            assertThat(table.select("caption").text()).isNotBlank();
            assertThat(table.select("thead th[scope=col]")).isNotEmpty();
            assertThat(table.parent().attr("tabindex")).isEqualTo("0");
            assertThat(table.parent().attr("aria-label")).isEqualTo(table.select("caption").text());
        }
        Element onStep = page.getElementById("journeys.onStep");
        assertThat(onStep.select("h2").text()).isEqualTo("Deltagare per steg");
        assertThat(onStep.select("details.kk-definition dt").eachText())
                .containsExactly("Deltagare per steg", "Uppgifter vid inskrivning");
        assertThat(onStep.select("details.kk-definition dd").first().text()).startsWith("Resor som står på steget");
        assertThat(onStep.select("table caption").first().text()).isEqualTo("Deltagare per steg den " + today
                + ", efter kön");
        Element inflow = page.getElementById("journeys.inflow");
        assertThat(inflow.select("table").first().select("tbody tr:last-child td:last-child").text())
                .as("a new organisation: nobody, shown as a small group").isEqualTo("<5");
        assertThat(page.getElementById("journeys.daysOnStep").select("table caption").text()).startsWith("Dagar på steget");
        assertThat(page.select("main section h3").eachText()).contains("Avstämningar i testet", "Platser i testet");

        assertThat(page(coordinator, "/").select("nav a[href=/indikatorer]")).hasSize(1);
        assertThat(page(municipality.get(Role.ANALYST), "/").select("main a[href=/indikatorer]")).hasSize(1);
        assertThat(page(municipality.get(Role.SUPERVISOR), "/").select("a[href=/indikatorer]")).isEmpty();
        assertThat(page(municipality.get(Role.TEACHER), "/").select("a[href=/indikatorer]")).isEmpty();
        for (Role role : new Role[] {Role.SUPERVISOR, Role.TEACHER}) {
            mvc.perform(get("/indikatorer").with(user(municipality.get(role).username())))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/indikatorer?scope=REGION").with(user(coordinator.username())))
                .andExpect(status().isForbidden());
    }

    @Test
    void badDatesAreShownAgainWithTheErrorSummaryAndA400() throws Exception {
        TestUser manager = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY)
                .get(Role.EMPLOYER_MANAGER);
        Document malformed = Jsoup.parse(mvc.perform(get("/indikatorer?from=2026-02-30&to=2026-03-31")
                .with(user(manager.username()))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(malformed.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#from");
        assertThat(malformed.select("main table")).as("no figures for a bad form").isEmpty();
        Document backwards = Jsoup.parse(mvc.perform(get("/indikatorer?from=2026-03-31&to=2026-01-01")
                .with(user(manager.username()))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(backwards.select(".govuk-error-summary a").eachText())
                .containsExactly("Perioden kan inte sluta innan den börjar");
        assertThat(backwards.select("input#to").hasClass("govuk-input--error")).isTrue();
    }

    @Test
    void thePlatformsAnalystChoosesTheRegionAndSeesTheDemoRegionsFigures() throws Exception {
        Document page = Jsoup.parse(page(DemoUsers.ANALYST, "/indikatorer?scope=REGION&from="
                + TestDates.today().minusYears(1) + "&to=" + TestDates.today()));
        assertThat(page.select("input[type=radio][name=scope]").eachAttr("value"))
                .containsExactly("ORGANISATION", "REGION");
        assertThat(page.select("input#scope-REGION").hasAttr("checked")).isTrue();
        assertThat(page.select("#report-meta").text()).startsWith("Hela regionen");
        Element onStep = page.getElementById("journeys.onStep").select("table").first();
        assertThat(onStep.select("thead th").first().text()).isEqualTo("Typ av steg");
        // at least five journeys: shown, or hidden by secondary suppression (which hides only figures of 5 or more)
        assertThat(onStep.select("tbody tr:last-child td:last-child").text()).as("the demo region's journeys")
                .matches("\\d+|\\.\\.");
    }

    private Document page(TestUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
