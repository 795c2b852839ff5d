package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.BrowserConditions;
import se.kompetenskedjan.support.HeadlessChromium;

/**
 * What the browser tests of pages share: a headless (Debian) Chromium per test class, started signed out and in
 * Swedish before each test, the demo region on a random port, an axe-core WCAG 2.1 A/AA scan that fails on any
 * violation, and the steps every journey takes (signing in and out, submitting, waiting for a heading or a banner).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "server.servlet.session.cookie.secure=false")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserPages {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    private final HeadlessChromium chromium = new HeadlessChromium();
    WebDriver driver;

    @BeforeAll
    void startBrowser() {
        driver = chromium.start(true);
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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void logIn(String username) {
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

    void logOut() {
        WebElement button = driver.findElement(By.cssSelector(".kk-header__user form button[type=submit]"));
        button.click();
        wait(driver).until(BrowserConditions.gone(button));
        wait(driver).until(d -> path(d).equals("/login") && d.getCurrentUrl().contains("logout"));
    }

    /** Presses the main form's submit button and waits for the next page. */
    void submit() {
        WebElement button = driver.findElement(By.cssSelector(
                "main form[method=post] button[type=submit].govuk-button:not(.govuk-button--warning):not(.govuk-button--secondary)"));
        button.click();
        wait(driver).until(BrowserConditions.gone(button));
    }

    WebElement errorSummary() {
        WebElement summary = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("Det finns fel i formuläret");
        wait(driver).until(d -> "error-summary".equals(d.switchTo().activeElement().getDomAttribute("id")));
        return summary;
    }

    String banner() {
        return wait(driver).withMessage(() -> "a success banner on " + driver.getCurrentUrl() + ", page says: "
                + driver.findElement(By.tagName("main")).getText()).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".govuk-notification-banner--success"))).getText();
    }

    void clickLabel(String text) {
        driver.findElement(By.xpath("//main//label[normalize-space()='" + text + "']")).click();
    }

    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void waitForHeading(String text) {
        wait(driver).withMessage(() -> "heading \"" + text + "\" on " + driver.getCurrentUrl() + ", found "
                        + driver.findElements(By.tagName("h1")).stream().map(WebElement::getText).toList())
                .until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(text)));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement navigation(String linkText) {
        return driver.findElement(By.cssSelector("nav.govuk-service-navigation"))
                .findElement(By.xpath(".//a[normalize-space()='" + linkText + "']"));
    }

    static String path(WebDriver browser) {
        String url = browser.getCurrentUrl();
        String path = url.replaceFirst("^https?://[^/]+", "");
        int end = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        return end >= 0 ? path.substring(0, end) : path;
    }

    static String htmlLang(WebDriver browser) {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }
}
