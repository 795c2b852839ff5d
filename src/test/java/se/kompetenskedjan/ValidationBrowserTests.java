package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiResponses;
import se.kompetenskedjan.support.BrowserConditions;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;

/**
 * Validation through the pages in headless (Debian) Chromium, with an axe-core WCAG 2.1 A/AA scan of every page
 * visited: no violation of those rules is accepted. Set-up and helpers in BrowserPages. Run with
 * {@code ./mvnw -q -o test -Pbrowser -Dtest=ValidationBrowserTests}.
 */
class ValidationBrowserTests extends BrowserPages {

    private static final String LANGUAGE_INTERNSHIP = "Språkpraktik i hemtjänsten";
    private static final String YONAS = "Yonas Tesfamariam";

    /**
     * Tailor → assess twice → the matrix shows progress → issue a certificate → the public verification page says it
     * is genuine. The supervisor makes a checklist for the language internship from the home-care template, adds a
     * workplace item, rewords one and removes one (the history shows all three); assesses Yonas twice, the second time
     * higher, signing both; the coordinator sees the rise on his progression page and in the cohort matrix, issues a
     * certificate for the checklist and opens its verification page signed out.
     */
    @Test
    void aChecklistIsTailoredAssessedTwiceShownInTheMatrixCertifiedAndVerified() {
        String placement = placementId(LANGUAGE_INTERNSHIP);
        logIn(DemoUsers.SUPERVISOR);
        driver.get(url("/platser/" + placement));
        driver.findElement(By.linkText("Checklistor för validering")).click();
        waitForHeading("Checklistor för platsen");
        scan("Checklistor för platsen");
        Select templates = new Select(driver.findElement(By.id("templateId")));
        WebElement homeCare = templates.getOptions().stream().filter(o -> o.getText().contains("Hemtjänst"))
                .findFirst().orElseThrow();
        templates.selectByValue(homeCare.getDomAttribute("value"));
        String title = "Yonas språkpraktik " + System.nanoTime();
        driver.findElement(By.id("title")).sendKeys(title);
        submit();
        waitForHeading(title);
        assertThat(banner()).contains("Checklistan är skapad.");
        String checklistPath = path(driver);
        assertThat(checklistPath).matches("/checklistor/[0-9a-f-]{36}");
        scan("Checklista, ny");

        driver.findElement(By.id("text")).sendKeys("Använder enhetens nyckelsystem");
        driver.findElement(By.id("easyText")).sendKeys("Jag använder nycklarna rätt.");
        pressButton("Lägg till en punkt");
        assertThat(driver.findElement(By.id("items")).getText()).contains("Använder enhetens nyckelsystem");

        List<WebElement> rows = driver.findElements(By.cssSelector("#items tbody tr"));
        rows.get(0).findElement(By.cssSelector("details summary")).click();
        String firstItemId = rows.get(0).findElement(By.cssSelector("textarea[name=text]")).getDomAttribute("id")
                .substring("text-".length());
        WebElement firstText = driver.findElement(By.id("text-" + firstItemId));
        firstText.clear();
        firstText.sendKeys("Bäddar sängen hos brukaren enligt rutinen");
        WebElement reword = rows.get(0).findElement(By.xpath(".//button[normalize-space()='Spara ny text']"));
        reword.click();
        wait(driver).until(BrowserConditions.gone(reword));
        assertThat(driver.findElement(By.id("items")).getText()).contains("Bäddar sängen hos brukaren enligt rutinen");

        rows = driver.findElements(By.cssSelector("#items tbody tr"));
        rows.get(1).findElement(By.cssSelector("details summary")).click();
        String removedText = rows.get(1).findElement(By.cssSelector("textarea[name=text]")).getDomProperty("value");
        WebElement remove = rows.get(1).findElement(By.cssSelector("button.govuk-button--warning"));
        remove.click();
        wait(driver).until(BrowserConditions.gone(remove));
        assertThat(driver.findElement(By.id("changes")).getText()).contains("Använder enhetens nyckelsystem")
                .contains("Bäddar sängen hos brukaren enligt rutinen").contains(removedText);
        scan("Checklista, anpassad med historik");

        assess(checklistPath, TestDates.today().minusDays(21), 1);
        assess(checklistPath, TestDates.today().minusDays(1), 2);
        logOut();

        logIn(DemoUsers.COORDINATOR);
        String participantId = participantIdFrom(checklistPath);
        driver.get(url("/deltagare/" + participantId));
        driver.findElement(By.linkText("Progression")).click();
        waitForHeading("Progression");
        WebElement keyRow = driver.findElement(By.xpath(
                "//table[@id='progression-matrix']//tr[th[contains(normalize-space(), 'Använder enhetens nyckelsystem')]]"));
        assertThat(keyRow.getText()).contains("Med mycket stöd").contains("Med visst stöd");
        assertThat(keyRow.getDomProperty("textContent")).contains("Högre nivå än vid förra bedömningen");
        scan("Progression för en deltagare");

        navigation("Validering").click();
        waitForHeading("Progressionsmatris");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Tesfamariam");
        Object pageWidth = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) pageWidth).intValue()).as("the wide matrix scrolls inside its region, not the page")
                .isLessThanOrEqualTo(0);
        WebElement region = driver.findElement(By.cssSelector(".kk-table-scroll[role='region']"));
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].scrollWidth - arguments[0].clientWidth", region)).intValue()).isPositive();
        scan("Progressionsmatris");

        driver.get(url("/deltagare/" + participantId));
        driver.findElement(By.linkText("Valideringsintyg")).click();
        waitForHeading("Valideringsintyg");
        scan("Valideringsintyg");
        Select checklists = new Select(driver.findElement(By.id("checklistId")));
        WebElement mine = checklists.getOptions().stream().filter(o -> o.getText().contains(title)).findFirst()
                .orElseThrow();
        checklists.selectByValue(mine.getDomAttribute("value"));
        submit();
        waitForHeading("Valideringsintyg");
        assertThat(banner()).contains("Intyget är utfärdat");
        scan("Valideringsintyg, utfärdat");
        String verifyPath = driver.findElements(By.linkText("Verifieringssida")).isEmpty()
                ? driver.findElement(By.partialLinkText("Verifieringssida")).getDomAttribute("href")
                : driver.findElement(By.linkText("Verifieringssida")).getDomAttribute("href");
        logOut();

        driver.get(url(verifyPath));
        waitForHeading("Verifiera valideringsintyg");
        WebElement status = driver.findElement(By.id("verification-status"));
        assertThat(status.getDomAttribute("data-status")).isEqualTo("GENUINE");
        assertThat(status.getText()).contains("Intyget är äkta och giltigt");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Använder enhetens nyckelsystem")
                .contains("Med visst stöd");
        scan("Verifiera valideringsintyg (utloggad)");
    }

    /**
     * The other validation pages: checklist templates, a participant's assessment history, language validation with
     * its progress chart and a new assessment form, work-ability assessments (a signed report, a new one started after
     * an error summary, its answer form) and the form definitions (list, new, one form), and the participant's own self-assessment (Swedish, Ukrainian) and certificates (Swedish, Arabic).
     */
    @Test
    void templatesLanguageWorkAbilityAndSelfAssessmentPages() {
        logIn(DemoUsers.COORDINATOR);
        navigation("Validering").click();
        waitForHeading("Progressionsmatris");
        driver.findElement(By.linkText("Checklistmallar per bransch")).click();
        waitForHeading("Checklistmallar");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lokalvård").contains("Kök");
        scan("Checklistmallar");
        driver.findElement(By.cssSelector("main table a.govuk-link")).click();
        wait(driver).until(d -> path(d).matches("/checklistmallar/[0-9a-f-]{36}"));
        scan("Checklistmall");

        String yonas = participantIdByName("Yonas");
        driver.get(url("/deltagare/" + yonas));
        driver.findElement(By.linkText("Bedömningar mot checklistor")).click();
        waitForHeading("Bedömningar");
        scan("Bedömningar för en deltagare");
        driver.findElement(By.cssSelector("main table a.govuk-link[href^='/bedomningar/']")).click();
        waitForHeading("Bedömning");
        scan("Signerad bedömning");

        driver.get(url("/deltagare/" + yonas));
        driver.findElement(By.linkText("Språkvalidering")).click();
        waitForHeading("Språkvalidering");
        assertThat(driver.findElement(By.cssSelector("main figure svg"))).isNotNull();
        assertThat(driver.findElement(By.id("validated-level")).getText()).startsWith("A2, motsvarar ungefär SFI kurs C");
        assertThat(driver.findElement(By.id("register-level")).getText()).isEqualTo("SFI kurs B");
        scan("Språkvalidering med diagram");
        driver.findElement(By.xpath("//button[text()='Ändra svensknivån i registret till SFI kurs C']")).click();
        assertThat(banner()).contains("Svensknivån i registret är ändrad");
        assertThat(driver.findElement(By.id("register-level")).getText()).isEqualTo("SFI kurs C");
        scan("Språkvalidering, validerad svensknivå införd");
        driver.get(url("/deltagare/" + yonas + "/sprak/ny"));
        waitForHeading("Ny språkbedömning");
        scan("Ny språkbedömning");

        String zahra = participantIdByName("Zahra");
        driver.get(url("/deltagare/" + zahra));
        driver.findElement(By.linkText("Arbetsförmågebedömning")).click();
        waitForHeading("Arbetsförmågebedömning");
        scan("Arbetsförmågebedömningar");
        driver.findElement(By.cssSelector("main a.govuk-link[href$='/rapport']")).click();
        waitForHeading("Arbetsförmågebedömning");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("AF-2026-0417");
        scan("Arbetsförmågebedömning, rapport");
        driver.get(url("/deltagare/" + zahra + "/arbetsformaga"));
        waitForHeading("Arbetsförmågebedömning");
        pressButton("Påbörja bedömningen");
        errorSummary();
        scan("Arbetsförmågebedömningar, felsammanfattning");
        Select form = new Select(driver.findElement(By.id("formVersionId")));
        form.selectByIndex(form.getOptions().size() - 1);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()",
                driver.findElement(By.id("requester-ARBETSFORMEDLINGEN")));
        setValue(driver.findElement(By.id("periodFrom")), TestDates.today().minusDays(14).toString());
        setValue(driver.findElement(By.id("periodTo")), TestDates.today().minusDays(1).toString());
        pressButton("Påbörja bedömningen");
        wait(driver).until(d -> path(d).matches("/deltagare/" + zahra + "/arbetsformaga/[0-9a-f-]{36}"));
        waitForHeading("Arbetsförmågebedömning");
        scan("Arbetsförmågebedömning, svarsformulär");
        driver.get(url("/arbetsformaga/formular"));
        waitForHeading("Formulär för arbetsförmågebedömning");
        scan("Formulär för arbetsförmågebedömning");
        driver.findElement(By.linkText("Nytt formulär")).click();
        waitForHeading("Nytt formulär");
        scan("Nytt formulär för arbetsförmågebedömning");
        driver.get(url("/arbetsformaga/formular"));
        driver.findElement(By.cssSelector("main table a.govuk-link")).click();
        wait(driver).until(d -> path(d).matches("/arbetsformaga/formular/[0-9a-f-]{36}"));
        scan("Formulär för arbetsförmågebedömning, ett formulär");
        logOut();

        logIn(DemoUsers.PARTICIPANT);
        driver.get(url("/min-sida/sjalvskattning"));
        waitForHeading("Vad kan jag?");
        scan("Självskattning");
        driver.findElement(By.cssSelector("main a.govuk-link[href*='/min-sida/sjalvskattning/']")).click();
        waitForHeading("Vad kan jag?");
        scan("Självskattning, formulär");
        driver.get(url(path(driver) + "?lang=uk"));
        wait(driver).until(d -> "uk".equals(htmlLang(d)));
        scan("Självskattning, formulär (ukrainska)");
        driver.get(url("/min-sida?lang=sv"));
        wait(driver).until(d -> "sv".equals(htmlLang(d)));
        driver.findElement(By.partialLinkText("Mina intyg")).click();
        waitForHeading("Mina intyg");
        scan("Mina intyg");
        driver.get(url("/min-sida/intyg?lang=ar"));
        wait(driver).until(d -> "ar".equals(htmlLang(d)));
        scan("Mina intyg (arabiska)");
        driver.get(url("/min-sida?lang=sv"));
        wait(driver).until(d -> "sv".equals(htmlLang(d)));
    }

    /**
     * Älvstad's admin changes the organisation's certificate signing key: from the organisation page to the keys page,
     * the form's error summary, the confirmation step and the page after a routine change (Älvstad's certificates keep
     * verifying, so other tests are not affected).
     */
    @Test
    void anAdminChangesTheSigningKeyAfterConfirming() {
        UUID organisation = ApiResponses.uuid(ApiClient.as(port, DemoUsers.ADMIN).get("/api/v1/me").json()
                .path("organisationId"));
        logIn(DemoUsers.ADMIN);
        driver.get(url("/organisationer/" + organisation));
        driver.findElement(By.linkText("Signeringsnycklar för intyg")).click();
        waitForHeading("Signeringsnycklar för intyg");
        assertThat(driver.findElement(By.id("signing-keys")).getText()).contains("Aktiv");
        scan("Signeringsnycklar för intyg");
        pressButton("Fortsätt");
        assertThat(errorSummary().getText()).contains("Välj varför nyckeln byts.");
        scan("Signeringsnycklar för intyg, felsammanfattning");
        clickLabel("Rutinbyte");
        pressButton("Fortsätt");
        waitForHeading("Bekräfta nyckelbytet");
        assertThat(driver.findElement(By.id("rotation-consequence")).getText()).contains("fortsätter att gå att verifiera");
        scan("Bekräfta nyckelbytet");
        pressButton("Ja, byt nyckeln");
        waitForHeading("Signeringsnycklar för intyg");
        assertThat(banner()).contains("Signeringsnyckeln är bytt.");
        assertThat(driver.findElement(By.id("signing-keys")).getText()).contains("Ur bruk (rutinbyte)");
        scan("Signeringsnycklar för intyg, nyckeln bytt");
        logOut();
    }

    private void assess(String checklistPath, LocalDate date, int level) {
        driver.get(url(checklistPath));
        driver.findElement(By.xpath("//section//li[contains(normalize-space(), '" + YONAS + "')]"
                + "//a[contains(normalize-space(), 'Ny bedömning')]")).click();
        waitForHeading("Bedömning");
        setValue(driver.findElement(By.id("assessedOn")), date.toString());
        for (WebElement radio : driver.findElements(By.cssSelector("main input[type=radio][id$='-" + level + "']"))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", radio);
        }
        scan("Ny bedömning, ifylld");
        pressButton("Spara utkast");
        waitForHeading("Bedömning");
        assertThat(banner()).contains("Utkastet är sparat.");
        scan("Bedömning, utkast");
        pressButton("Signera bedömningen");
        assertThat(banner()).contains("Bedömningen är signerad.");
        scan("Bedömning, signerad");
    }

    private String participantIdFrom(String checklistPath) {
        driver.get(url(checklistPath));
        String href = driver.findElement(By.xpath("//section//li[contains(normalize-space(), '" + YONAS + "')]"
                + "//a[contains(normalize-space(), 'Ny bedömning')]")).getDomAttribute("href");
        return href.substring(href.indexOf("deltagare=") + "deltagare=".length());
    }

    private String placementId(String title) {
        return ApiClient.as(port, DemoUsers.EMPLOYER_MANAGER).get("/api/v1/placements?own=true&size=100&query="
                + URLEncoder.encode(title, StandardCharsets.UTF_8)).json().path("items").get(0).path("id").asString();
    }

    private String participantIdByName(String query) {
        return ApiClient.as(port, DemoUsers.COORDINATOR).get("/api/v1/participants?size=5&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)).json().path("items").get(0).path("id").asString();
    }

    private void pressButton(String text) {
        WebElement button = driver.findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
        button.click();
        wait(driver).until(BrowserConditions.gone(button));
    }
}
