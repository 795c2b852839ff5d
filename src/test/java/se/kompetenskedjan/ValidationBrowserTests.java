package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.BrowserConditions;
import se.kompetenskedjan.support.DemoUsers;

/**
 * Validation through the pages in headless (Debian) Chromium, with an axe-core WCAG 2.1 A/AA scan of every page
 * visited: no violation of those rules is accepted. Set-up and helpers as in BrowserJourneyTests. Run with
 * {@code ./mvnw -q -o test -Pbrowser -Dtest=ValidationBrowserTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "server.servlet.session.cookie.secure=false")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationBrowserTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String LANGUAGE_INTERNSHIP = "Språkpraktik i hemtjänsten";
    private static final String YONAS = "Yonas Tesfamariam";

    @LocalServerPort
    int port;

    private final List<Path> profileDirectories = new ArrayList<>();
    private WebDriver driver;

    @BeforeAll
    void startBrowser() {
        driver = chrome();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        profileDirectories.forEach(ValidationBrowserTests::deleteQuietly);
    }

    /** Every test starts signed out, in Swedish: no session and no language cookie from an earlier test. */
    @BeforeEach
    void signedOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    // ---------------------------------------------------------------------------------------------------------------

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

        assess(checklistPath, LocalDate.now().minusDays(21), 1);
        assess(checklistPath, LocalDate.now().minusDays(1), 2);
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
     * its progress chart and a new assessment form, work-ability assessments with a signed report and the form
     * definitions, and the participant's own self-assessment (Swedish, Ukrainian) and certificates (Swedish, Arabic).
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
        scan("Språkvalidering med diagram");
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
        driver.get(url("/arbetsformaga/formular"));
        waitForHeading("Formulär för arbetsförmågebedömning");
        scan("Formulär för arbetsförmågebedömning");
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

    // --- set-up and helpers (as in BrowserJourneyTests) --------------------------------------------------------------

    void scan(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.isErrored()).as("axe could not scan %s: %s", pageName, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked nothing on %s", pageName).isNotEmpty();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "Accessibility violations on page \"" + pageName + "\" (" + driver.getCurrentUrl() + "):\n"
                        + violations.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                                + "\n    " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining("\n    ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private WebDriver chrome() {
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("kk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profileDirectories.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=sv");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        driver.get(url("/login"));
        waitForHeading("Logga in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        WebElement submit = driver.findElement(By.xpath("//main//button[normalize-space()='Logga in']"));
        submit.click();
        wait(driver).until(BrowserConditions.gone(submit));
        wait(driver).until(d -> !path(d).equals("/login"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kk-header__user")));
    }

    private void logOut() {
        WebElement button = driver.findElement(By.cssSelector(".kk-header__user form button[type=submit]"));
        button.click();
        wait(driver).until(BrowserConditions.gone(button));
        wait(driver).until(d -> path(d).equals("/login") && d.getCurrentUrl().contains("logout"));
    }

    /** Presses the main form's submit button and waits for the next page. */
    private void submit() {
        WebElement button = driver.findElement(By.cssSelector(
                "main form[method=post] button[type=submit].govuk-button:not(.govuk-button--warning):not(.govuk-button--secondary)"));
        button.click();
        wait(driver).until(BrowserConditions.gone(button));
    }

    private String banner() {
        return wait(driver).withMessage(() -> "a success banner on " + driver.getCurrentUrl() + ", page says: "
                + driver.findElement(By.tagName("main")).getText()).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".govuk-notification-banner--success"))).getText();
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void waitForHeading(String text) {
        wait(driver).withMessage(() -> "heading \"" + text + "\" on " + driver.getCurrentUrl() + ", found "
                        + driver.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList())
                .until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(text)));
    }

    private WebElement navigation(String linkText) {
        return driver.findElement(By.cssSelector("nav.govuk-service-navigation"))
                .findElement(By.xpath(".//a[normalize-space()='" + linkText + "']"));
    }

    private static String path(WebDriver browser) {
        String url = browser.getCurrentUrl();
        String path = url.replaceFirst("^https?://[^/]+", "");
        int end = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        return end >= 0 ? path.substring(0, end) : path;
    }

    private static String htmlLang(WebDriver browser) {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans up eventually
        }
    }
}
