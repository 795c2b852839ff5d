package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.BrowserConditions;
import se.kompetenskedjan.support.HeadlessChromium;
import se.kompetenskedjan.support.DemoUsers;

/**
 * Whole journeys through the pages in a real (headless, Debian) Chromium, with an axe-core WCAG 2.1 A/AA scan of every
 * page visited, error states included. Run with {@code ./mvnw -q -o test -Pbrowser -Dtest=BrowserJourneyTests}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "server.servlet.session.cookie.secure=false")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    /** For a page without JavaScript, so that axe can run in it: see scan. */
    private static final String TIMERS_AS_MICROTASKS = """
            if (!window.kkTimersAsMicrotasks) {
              window.kkTimersAsMicrotasks = true;
              let next = 1;
              const live = new Set();
              window.setTimeout = (fn, ms, ...args) => {
                const id = next++;
                if (!(ms > 1000)) {
                  live.add(id);
                  Promise.resolve().then(() => { if (live.delete(id) && typeof fn === 'function') fn(...args); });
                }
                return id;
              };
              window.clearTimeout = id => { live.delete(id); };
              window.requestAnimationFrame = fn => window.setTimeout(fn, 0, performance.now());
              window.cancelAnimationFrame = window.clearTimeout;
              window.requestIdleCallback = fn => window.setTimeout(fn, 0, { didTimeout: false, timeRemaining: () => 50 });
              window.cancelIdleCallback = window.clearTimeout;
            }
            """;

    private final HeadlessChromium chromium = new HeadlessChromium();
    private final Set<WebDriver> scriptless = new HashSet<>();
    private WebDriver driver;

    @BeforeAll
    void startBrowser() {
        driver = chrome(true);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        chromium.deleteProfiles();
    }

    /** Every test starts signed out, in Swedish: no session and no language cookie from an earlier test. */
    @BeforeEach
    void signedOut() {
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void coordinatorSearchesRegistersAParticipantSeesTheLogAndRegistersAConsent() {
        logIn(driver, DemoUsers.COORDINATOR);
        assertThat(path(driver)).isEqualTo("/");
        assertThat(heading(driver)).startsWith("Välkommen");
        scan("Start (koordinator)");
        String me = displayName(driver);

        // The participant list, searched with the form
        navigation(driver, "Deltagare").click();
        waitForHeading(driver, "Deltagare");
        scan("Deltagare");
        driver.findElement(By.id("q")).sendKeys("Yusuf");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        wait(driver).until(d -> d.getCurrentUrl().contains("q=Yusuf") && !nameCells(d).isEmpty()
                && nameCells(d).stream().allMatch(name -> name.contains("Yusuf")));
        assertThat(driver.findElement(By.id("results")).getText()).contains("Yusuf");
        scan("Deltagare, sökresultat");

        // A new participant: first an invalid form
        driver.findElement(By.linkText("Ny deltagare")).click();
        waitForHeading(driver, "Registrera deltagare");
        scan("Ny deltagare");
        driver.findElement(By.id("firstName")).clear();
        driver.findElement(By.id("personnummer")).sendKeys("19900101-1235");
        WebElement save = submitButton(driver);
        save.click();
        wait(driver).until(BrowserConditions.gone(save));
        WebElement summary = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(summary.findElement(By.cssSelector(".govuk-error-summary__title")).getText())
                .isEqualTo("Det finns fel i formuläret");
        // GOV.UK Frontend moves focus to the summary so that screen readers announce it
        wait(driver).until(d -> "error-summary".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(summary.findElement(By.cssSelector("a[href='#personnummer']")).getText())
                .isEqualTo("Personnumret är inte giltigt: kontrollsiffran stämmer inte");
        WebElement firstNameLink = summary.findElement(By.cssSelector("a[href='#firstName']"));
        assertThat(firstNameLink.getText()).isEqualTo("Skriv förnamn");
        assertThat(driver.findElement(By.id("firstName-error")).getText()).contains("Skriv förnamn");
        assertThat(driver.findElement(By.id("firstName")).getDomAttribute("aria-describedby")).contains("firstName-error");
        scan("Ny deltagare, felsammanfattning");
        firstNameLink.click();
        wait(driver).until(d -> "firstName".equals(d.switchTo().activeElement().getDomAttribute("id")));

        // ... then a valid one
        String lastName = "Webbsson" + System.nanoTime();
        fillInParticipant(driver, "Testa", lastName);
        save = submitButton(driver);
        save.click();
        wait(driver).until(BrowserConditions.gone(save));
        waitForHeading(driver, "Testa " + lastName);
        assertThat(path(driver)).matches("/deltagare/[0-9a-f-]{36}");
        String participantPath = path(driver);
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Deltagaren är registrerad.");
        scan("Deltagare, registrerad");

        // Who has read or changed the participant's data
        driver.findElement(By.linkText("Vem har läst eller ändrat uppgifterna")).click();
        waitForHeading(driver, "Vem har läst eller ändrat uppgifterna");
        assertThat(path(driver)).isEqualTo(participantPath + "/logg");
        assertThat(logRows(driver, "access-log"))
                .anySatisfy(row -> {
                    assertThat(row.get(1)).startsWith(me + ", ");
                    assertThat(row.get(2)).isEqualTo("Registrerade");
                });
        scan("Vem har läst eller ändrat uppgifterna");

        // A consent, registered on the participant page
        driver.findElement(By.cssSelector(".govuk-back-link")).click();
        waitForHeading(driver, "Testa " + lastName);
        scan("Deltagare");
        String purpose = "Praktik i hemtjänsten " + System.nanoTime();
        driver.findElement(By.id("purpose")).sendKeys(purpose);
        WebElement organisation = driver.findElements(By.cssSelector("input[name=organisationIds]")).get(0);
        driver.findElement(By.cssSelector("label[for='" + organisation.getDomAttribute("id") + "']")).click();
        assertThat(organisation.isSelected()).isTrue();
        String sharedWith = driver.findElement(By.cssSelector("label[for='" + organisation.getDomAttribute("id") + "']")).getText();
        assertThat(driver.findElement(By.id("givenOn")).getDomProperty("value")).isNotBlank();
        assertThat(driver.findElement(By.id("validUntil")).getDomProperty("value")).isNotBlank();
        WebElement saveConsent = driver.findElement(By.xpath("//button[normalize-space()='Spara samtycke']"));
        saveConsent.click();
        wait(driver).until(BrowserConditions.gone(saveConsent));
        waitForHeading(driver, "Testa " + lastName);
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Samtycket är registrerat.");
        WebElement consentRow = driver.findElement(By.xpath(
                "//table//tr[td[1][normalize-space()='" + purpose + "']]"));
        List<String> cells = consentRow.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(1)).contains(sharedWith);
        assertThat(cells.get(3)).isEqualTo("Gäller");
        scan("Deltagare, samtycke registrerat");
    }

    @Test
    void participantSeesOnMyPageThatACoordinatorHasReadTheirData() {
        // A coordinator reads the participant linked to the "deltagare" account (Amina Yusuf) ...
        logIn(driver, DemoUsers.COORDINATOR);
        scan("Start (koordinator)");
        String coordinator = displayName(driver);
        driver.get(url("/deltagare"));
        waitForHeading(driver, "Deltagare");
        scan("Deltagare");
        driver.findElement(By.id("q")).sendKeys("Amina");
        driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        wait(driver).until(d -> d.getCurrentUrl().contains("q=Amina") && nameCells(d).contains("Yusuf, Amina"));
        scan("Deltagare, sökresultat");
        driver.findElement(By.linkText("Yusuf, Amina")).click();
        waitForHeading(driver, "Amina Yusuf");
        assertThat(path(driver)).matches("/deltagare/[0-9a-f-]{36}");
        scan("Deltagare Amina Yusuf");
        logOut(driver);

        // ... and she sees it on her own page
        logIn(driver, DemoUsers.PARTICIPANT);
        assertThat(path(driver)).isEqualTo("/min-sida");
        assertThat(heading(driver)).isEqualTo("Hej Amina!");
        assertThat(driver.findElements(By.tagName("h2")).stream().map(WebElement::getText))
                .contains("Vem har tittat på dina uppgifter");
        assertThat(logRows(driver, "access-log"))
                .anySatisfy(row -> {
                    assertThat(row.get(1)).startsWith(coordinator + ", ");
                    assertThat(row.get(2)).isEqualTo("Läste");
                });
        scan("Min sida");
        logOut(driver);
    }

    @Test
    void adminFiltersTheAuditLogAndBrowsesTheOrganisations() {
        logIn(driver, DemoUsers.ADMIN);
        assertThat(path(driver)).isEqualTo("/");
        scan("Start (administratör)");

        // Read one participant, so that the log surely holds a "Läste" entry
        navigation(driver, "Deltagare").click();
        waitForHeading(driver, "Deltagare");
        scan("Deltagare");
        WebElement first = driver.findElement(By.cssSelector("#results tbody a"));
        String name = first.getText();
        first.click();
        wait(driver).until(d -> path(d).matches("/deltagare/[0-9a-f-]{36}"));
        String[] lastFirst = name.split(", ", 2);
        waitForHeading(driver, lastFirst[1] + " " + lastFirst[0]);
        scan("Deltagare");

        navigation(driver, "Logg").click();
        waitForHeading(driver, "Logg över personuppgifter");
        assertThat(logRows(driver, "audit-log")).isNotEmpty();
        scan("Logg");
        new Select(driver.findElement(By.id("action"))).selectByVisibleText("Läste");
        WebElement filter = driver.findElement(By.xpath("//main//button[normalize-space()='Filtrera']"));
        filter.click();
        wait(driver).until(BrowserConditions.gone(filter));
        wait(driver).until(d -> d.getCurrentUrl().contains("action=VIEW"));
        waitForHeading(driver, "Logg över personuppgifter");
        assertThat(new Select(driver.findElement(By.id("action"))).getFirstSelectedOption().getText()).isEqualTo("Läste");
        List<List<String>> rows = logRows(driver, "audit-log");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Läste"));
        scan("Logg, filtrerad på Läste");

        navigation(driver, "Organisationer").click();
        waitForHeading(driver, "Organisationer");
        scan("Organisationer");
        WebElement organisation = driver.findElement(By.cssSelector("main table tbody a"));
        String organisationName = organisation.getText();
        organisation.click();
        waitForHeading(driver, organisationName);
        assertThat(path(driver)).matches("/organisationer/[0-9a-f-]{36}");
        scan("Organisation " + organisationName);
    }

    @Test
    void englishIsChosenOnTheLoginPageAndKeptAfterSigningIn() {
        driver.get(url("/login?lang=en"));
        waitForHeading(driver, "Sign in");
        assertThat(htmlLang(driver)).isEqualTo("en");
        scan("Sign in (English)");
        driver.findElement(By.id("username")).sendKeys(DemoUsers.COORDINATOR);
        driver.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        WebElement signIn = driver.findElement(By.xpath("//main//button[normalize-space()='Sign in']"));
        signIn.click();
        wait(driver).until(BrowserConditions.gone(signIn));
        wait(driver).until(d -> path(d).equals("/"));
        assertThat(htmlLang(driver)).isEqualTo("en");
        assertThat(heading(driver)).startsWith("Welcome, ");
        scan("Home (English)");

        navigation(driver, "Participants").click();
        waitForHeading(driver, "Participants");
        assertThat(htmlLang(driver)).isEqualTo("en");
        scan("Participants (English)");
        driver.findElement(By.cssSelector("#results tbody a")).click();
        wait(driver).until(d -> path(d).matches("/deltagare/[0-9a-f-]{36}"));
        assertThat(htmlLang(driver)).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector(".kk-header__user button")).getText()).isEqualTo("Sign out");
        scan("Participant (English)");
        logOut(driver);
        assertThat(htmlLang(driver)).isEqualTo("en");
        assertThat(heading(driver)).isEqualTo("Sign in");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndTheSiteWorksWithoutJavaScript() {
        driver.get(url("/login"));
        waitForHeading(driver, "Logga in");
        scan("Logga in");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getDomAttribute("class")).contains("govuk-skip-link");
        assertThat(skipLink.getText()).isEqualTo("Hoppa till huvudinnehållet");
        assertThat(skipLink.isDisplayed()).isTrue();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait(driver).until(d -> d.getCurrentUrl().endsWith("#main-content"));
        wait(driver).until(d -> "main-content".equals(d.switchTo().activeElement().getDomAttribute("id")));

        WebDriver noScript = chrome(false);
        try {
            logIn(noScript, DemoUsers.COORDINATOR);
            assertThat(noScript.findElement(By.tagName("body")).getDomAttribute("class"))
                    .as("app.js must not have run").doesNotContain("js-enabled");
            scan(noScript, "Start utan JavaScript");

            noScript.findElement(By.linkText("Deltagare")).click();
            waitForHeading(noScript, "Deltagare");
            scan(noScript, "Deltagare utan JavaScript");
            noScript.findElement(By.id("q")).sendKeys("Yusuf");
            WebElement search = noScript.findElement(By.cssSelector("form[role=search] button[type=submit]"));
            search.click();
            wait(noScript).until(BrowserConditions.gone(search));
            wait(noScript).until(d -> !nameCells(d).isEmpty() && nameCells(d).stream().allMatch(n -> n.contains("Yusuf")));
            scan(noScript, "Deltagare, sökresultat utan JavaScript");

            noScript.findElement(By.linkText("Ny deltagare")).click();
            waitForHeading(noScript, "Registrera deltagare");
            scan(noScript, "Ny deltagare utan JavaScript");
            WebElement save = submitButton(noScript);
            save.click();
            wait(noScript).until(BrowserConditions.gone(save));
            WebElement summary = noScript.findElement(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.findElement(By.cssSelector("a[href='#firstName']")).getText()).isEqualTo("Skriv förnamn");
            scan(noScript, "Ny deltagare, felsammanfattning utan JavaScript");

            String lastName = "Utanskript" + System.nanoTime();
            fillInParticipant(noScript, "Nora", lastName);
            save = submitButton(noScript);
            save.click();
            wait(noScript).until(BrowserConditions.gone(save));
            waitForHeading(noScript, "Nora " + lastName);
            assertThat(noScript.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                    .contains("Deltagaren är registrerad.");
            scan(noScript, "Deltagare, registrerad utan JavaScript");
            logOut(noScript);
        } finally {
            scriptless.remove(noScript);
            noScript.quit();
        }
    }

    @Test
    void aParticipantIsDeniedAStaffPage() {
        logIn(driver, DemoUsers.PARTICIPANT);
        assertThat(path(driver)).isEqualTo("/min-sida");
        scan("Min sida");
        // Another demo participant (DemoRegion's fixed id for "participant:02"): not the signed-in participant
        UUID someoneElse = UUID.nameUUIDFromBytes("demo:participant:02".getBytes(StandardCharsets.UTF_8));
        driver.get(url("/deltagare/" + someoneElse));
        waitForHeading(driver, "Du har inte behörighet");
        assertThat(driver.findElement(By.id("main-content")).getText())
                .contains("Du har inte rätt att se eller ändra det här.");
        assertThat(htmlLang(driver)).isEqualTo("sv");
        scan("Du har inte behörighet (403)");
        // The way on: back to the start page, which for a participant is their own page
        driver.findElement(By.linkText("Till startsidan")).click();
        wait(driver).until(d -> path(d).equals("/min-sida"));
        waitForHeading(driver, "Hej Amina!");
        scan("Min sida");
        logOut(driver);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** Runs axe-core on the current page and fails on any serious or critical WCAG 2.1 A/AA violation. */
    /**
     * Issue 3's journey: an employer manager copies a ladder template; a coordinator enrols a participant in it,
     * records mapping, sees the gaps and proposes a plan; the participant agrees on "Min trappa", in Swedish and Arabic.
     */
    @Test
    void employerCopiesALadderCoordinatorPlansAndTheParticipantAgreesOnMinTrappa() {
        logIn(driver, "chef");
        driver.get(url("/stegmodeller"));
        waitForHeading(driver, "Stegmodeller");
        scan("Stegmodeller");
        WebElement copy = driver.findElement(By.xpath(
                "//tr[td/a[contains(normalize-space(), 'äldreomsorg')]]//form//button"));
        copy.click();
        wait(driver).until(BrowserConditions.gone(copy));
        String ladderId = path(driver).replace("/stegmodeller/", "");
        assertThat(ladderId).matches("[0-9a-f-]{36}");
        scan("Kopierad stegmodell");
        WebElement profileLink = driver.findElement(By.cssSelector("a[href*='/kravprofiler/versioner/']"));
        profileLink.click();
        wait(driver).until(BrowserConditions.gone(profileLink));
        assertThat(path(driver)).startsWith("/kravprofiler/versioner/");
        scan("Kravprofil");
        logOut(driver);

        logIn(driver, "koordinator");
        driver.get(url("/deltagare?q=Amina"));
        driver.findElement(By.xpath("//td/a[contains(., 'Amina')]")).click();
        wait(driver).until(d -> path(d).matches("/deltagare/[0-9a-f-]{36}"));
        String participantPath = path(driver);
        driver.get(url(participantPath + "/andra"));
        waitForHeading(driver, "Ändra deltagare");
        scan("Ändra deltagare");
        driver.get(url(participantPath));
        driver.findElement(By.linkText("Resa, gapanalys och handlingsplan")).click();
        waitForHeading(driver, "Resa och plan");
        scan("Resa och plan");

        new Select(driver.findElement(By.id("ladderId"))).selectByValue(ladderId);
        WebElement enrol = driver.findElement(By.xpath("//button[normalize-space()='Skriv in']"));
        enrol.click();
        wait(driver).until(BrowserConditions.gone(enrol));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Ändringen är sparad");
        String section = "//section[.//input[@name='ladderId' and @value='" + ladderId + "']]";
        WebElement journey = driver.findElement(By.xpath(section));
        assertThat(journey.findElements(By.cssSelector("table[id^='gaps-'] tbody tr"))).isNotEmpty();

        WebElement mappingForm = journey.findElement(By.xpath(".//form[contains(@action, 'kartlaggning')]"));
        new Select(mappingForm.findElement(By.cssSelector("select[name^='level_']"))).selectByValue("3");
        WebElement save = mappingForm.findElement(By.xpath(".//button[normalize-space()='Spara nivåer']"));
        save.click();
        wait(driver).until(BrowserConditions.gone(save));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Ändringen är sparad");
        scan("Resa och plan efter kartläggning");
        journey = driver.findElement(By.xpath(section));

        WebElement propose = journey.findElement(By.xpath(".//button[normalize-space()='Föreslå en plan utifrån gapanalysen']"));
        propose.click();
        wait(driver).until(BrowserConditions.gone(propose));
        assertThat(driver.findElement(By.id("plans-heading")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.xpath("//section[@aria-labelledby='plans-heading']//strong[normalize-space()='Inte godkänd ännu']")))
                .isNotEmpty();
        scan("Resa och plan med handlingsplan");
        driver.get(url("/stegmodeller/" + ladderId + "/deltagare"));
        waitForHeading(driver, "Deltagare per steg");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Yusuf, Amina");
        scan("Deltagare per steg");
        driver.get(url("/yrken?q=underskö"));
        scan("Yrken");
        WebElement occupation = driver.findElement(By.cssSelector("main table a[href^='/yrken/']"));
        occupation.click();
        wait(driver).until(BrowserConditions.gone(occupation));
        scan("Yrke");
        driver.get(url("/deltagare/" + java.util.UUID.randomUUID()));
        waitForHeading(driver, "Sidan finns inte");
        scan("Sidan finns inte (404)");
        logOut(driver);

        logIn(driver, "deltagare");
        navigation(driver, "Min trappa").click();
        wait(driver).until(d -> path(d).equals("/min-trappa"));
        assertThat(heading(driver)).startsWith("Min trappa");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Du är här");
        scan("Min trappa");
        int unagreed = driver.findElements(By.xpath("//button[normalize-space()='Ja, det är min plan']")).size();
        WebElement agree = driver.findElements(By.xpath("//button[normalize-space()='Ja, det är min plan']")).get(unagreed - 1);
        agree.click();
        wait(driver).until(BrowserConditions.gone(agree));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Du har sagt ja till din plan");
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Ja, det är min plan']"))).hasSize(unagreed - 1);
        scan("Min trappa efter ja");

        driver.get(url("/min-trappa?lang=ar"));
        wait(driver).until(d -> "ar".equals(htmlLang(d)));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(heading(driver)).startsWith("سُلّمي");
        scan("Min trappa på arabiska");
        driver.get(url("/min-trappa?lang=uk"));
        wait(driver).until(d -> "uk".equals(htmlLang(d)));
        assertThat(heading(driver)).startsWith("Мої сходи");
        scan("Min trappa på ukrainska");
        driver.get(url("/min-trappa?utskrift=1&lang=sv"));
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Ja, det är min plan']"))).isEmpty();
        scan("Min trappa utskrift");
    }

    /** Issue 13, item 2: an employer manager the ladder names as a step's decider records the move on the page. */
    @Test
    void theStepsDeciderRecordsTheMoveOnTheJourneyPage() {
        IdentityTestData identity = new IdentityTestData(context);
        TestUser coordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        TestOrganisation care = identity.organisation().create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView bea = ladder.steps().stream().filter(s -> s.name().contains("BEA")).findFirst().orElseThrow();
        StepView employment = ladder.steps().stream().filter(s -> s.name().contains("Servicebiträde")).findFirst()
                .orElseThrow();
        new JourneyTestData(context).journey(participant).on(ladder).atStep(bea.id())
                .since(SwedishTime.today(clock).minusWeeks(8)).by(coordinator).create();

        logIn(driver, manager.username(), manager.password());
        driver.get(url("/deltagare/" + participant + "/resa"));
        WebElement moves = wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("select[id^=decider-to-]")));
        scan("Resa, som beslutsfattare");
        fitsANarrowScreen("Resa, som beslutsfattare");
        new Select(moves).selectByVisibleText(employment.name());
        WebElement submit = driver.findElement(By.xpath("//button[normalize-space()='Registrera förflyttning']"));
        submit.click();
        wait(driver).until(BrowserConditions.gone(submit));

        assertThat(driver.findElement(By.cssSelector(".kk-step--current")).getText()).contains(employment.name());
        scan("Resa, förflyttning registrerad");
        logOut(driver);
    }

    @Test
    void aUserChangesTheirPasswordAndTheLoginPageExplainsWaitsAndEndedSessions() {
        // koordinator.sjomark is in no other browser test: changing to the same password ends only its other sessions.
        logIn(driver, "koordinator.sjomark");
        driver.findElement(By.cssSelector(".kk-header__account")).click();
        waitForHeading(driver, "Byt lösenord");
        scan("Byt lösenord");

        driver.findElement(By.id("currentPassword")).sendKeys(ApiClient.DEMO_PASSWORD);
        driver.findElement(By.id("newPassword")).sendKeys("kort");
        submitButton(driver).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("minst 12 tecken");
        scan("Byt lösenord, felsammanfattning");
        fitsANarrowScreen("Byt lösenord, felsammanfattning");

        driver.findElement(By.id("currentPassword")).sendKeys(ApiClient.DEMO_PASSWORD);
        driver.findElement(By.id("newPassword")).sendKeys(ApiClient.DEMO_PASSWORD);
        submitButton(driver).click();
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-notification-banner--success")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Lösenordet är bytt");
        scan("Byt lösenord, bytt");

        driver.manage().deleteAllCookies();
        driver.get(url("/login?throttled=4"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("4");
        scan("Logga in, för många försök");
        fitsANarrowScreen("Logga in, för många försök");
        driver.get(url("/login?ended"));
        scan("Logga in, inloggningen avslutad");
        driver.get(url("/login?throttled=4&lang=ar"));
        assertThat(htmlLang(driver)).isEqualTo("ar");
        scan("Logga in, för många försök (arabiska)");
    }

    /** At 390 CSS pixels (a small phone) the page does not scroll sideways (WCAG 1.4.10 Reflow). */
    private void fitsANarrowScreen(String pageName) {
        Dimension wide = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            wait(driver).until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 390);
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("%s scrolls sideways at 390 px", pageName).isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    void scan(String pageName) {
        scan(driver, pageName);
    }

    void scan(WebDriver browser, String pageName) {
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_TAGS);
        if (scriptless.contains(browser)) {
            // JavaScript is off for the page itself: WebDriver can still run scripts, but the page's timers never
            // fire, and axe needs them. Run them as microtasks (long watchdog timers never), and scan in the page
            // itself (legacy mode) instead of in a fresh, equally script-less tab.
            ((JavascriptExecutor) browser).executeScript(TIMERS_AS_MICROTASKS);
            axe.setLegacyMode(true);
        }
        Results results = axe.analyze(browser);
        assertThat(results.isErrored()).as("axe could not scan %s: %s", pageName, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked nothing on %s", pageName).isNotEmpty();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe)
                .as(() -> "Accessibility violations on page \"" + pageName + "\" (" + browser.getCurrentUrl() + "):\n"
                        + severe.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                                + "\n    " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining("\n    ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private WebDriver chrome(boolean javascript) {
        WebDriver browser = chromium.start(javascript);
        if (!javascript) {
            scriptless.add(browser);
        }
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login form (scanning it) and waits until the browser has left the login page. */
    private void logIn(WebDriver browser, String username) {
        logIn(browser, username, ApiClient.DEMO_PASSWORD);
    }

    private void logIn(WebDriver browser, String username, String password) {
        browser.get(url("/login"));
        waitForHeading(browser, "Logga in");
        scan(browser, "Logga in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement submit = browser.findElement(By.xpath("//main//button[normalize-space()='Logga in']"));
        submit.click();
        wait(browser).until(BrowserConditions.gone(submit));
        wait(browser).until(d -> !path(d).equals("/login"));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kk-header__user")));
    }

    /** Signs out with the header's button (a POST form) and scans the signed-out login page. */
    private void logOut(WebDriver browser) {
        WebElement button = browser.findElement(By.cssSelector(".kk-header__user form button[type=submit]"));
        button.click();
        wait(browser).until(BrowserConditions.gone(button));
        wait(browser).until(d -> path(d).equals("/login") && d.getCurrentUrl().contains("logout"));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-notification-banner--success")));
        assertThat(browser.findElements(By.cssSelector(".kk-header__user"))).isEmpty();
        scan(browser, "Utloggad");
    }

    private void fillInParticipant(WebDriver browser, String firstName, String lastName) {
        WebElement first = browser.findElement(By.id("firstName"));
        first.clear();
        first.sendKeys(firstName);
        WebElement last = browser.findElement(By.id("lastName"));
        last.clear();
        last.sendKeys(lastName);
        browser.findElement(By.id("personnummer")).clear();
        WebElement languages = browser.findElement(By.id("languages"));
        languages.clear();
        languages.sendKeys("ar, sv");
        new Select(browser.findElement(By.id("gender"))).selectByVisibleText("Kvinna");
        new Select(browser.findElement(By.id("swedishLevel"))).selectByVisibleText("SFI kurs C");
        new Select(browser.findElement(By.id("educationLevel"))).selectByVisibleText("Grundskola");
        new Select(browser.findElement(By.id("referralSource"))).selectByVisibleText("Arbetsförmedlingen");
        new Select(browser.findElement(By.id("incomeSource"))).selectByVisibleText("Etableringsersättning");
    }

    private static WebElement submitButton(WebDriver browser) {
        return browser.findElement(By.cssSelector("main form[method=post] button[type=submit].govuk-button:not(.govuk-button--warning)"));
    }

    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void waitForHeading(WebDriver browser, String text) {
        wait(browser).withMessage(() -> "heading \"" + text + "\" on " + browser.getCurrentUrl() + ", found "
                        + browser.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList())
                .until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(text)));
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static WebElement navigation(WebDriver browser, String linkText) {
        return browser.findElement(By.cssSelector("nav.govuk-service-navigation"))
                .findElement(By.xpath(".//a[normalize-space()='" + linkText + "']"));
    }

    /** The signed-in user's name, from the header ("Name, Organisation"). */
    private static String displayName(WebDriver browser) {
        String text = browser.findElement(By.cssSelector(".kk-header__user span")).getText();
        assertThat(text).contains(", ");
        return text.substring(0, text.indexOf(", "));
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

    /** The texts of the name column of the participant list. */
    private static List<String> nameCells(WebDriver browser) {
        return browser.findElements(By.cssSelector("#results tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<List<String>> logRows(WebDriver browser, String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
