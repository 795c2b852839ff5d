package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.kompetenskedjan.support.DemoUsers;

/**
 * Every page of each demo role on a 390 × 844 phone, in Swedish and in Arabic: no page scrolls sideways
 * ({@code document.documentElement.scrollWidth <= innerWidth}) and the axe-core WCAG 2.1 A/AA scan stays clean.
 * As in PageLinksTests, the pages are found by following the links (GET only) from each role's start page, one page
 * per shape (the same path with other ids or query parameters); each shape is scanned by axe once per language, the
 * width is checked on every visit. One demo user per role (the other municipality's coordinator, the private employer
 * and Arbetsförmedlingen's coordinator reach the same pages as their role's first user), to keep the browser pass
 * short. {@code -Dkk.phones.user=deltagare} checks one user only. Run with {@code ./mvnw -q -o test -Pbrowser -Dtest=PhoneBrowserTests}.
 */
class PhoneBrowserTests extends BrowserPages {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    private static final int MAX_PAGES = 120;
    private static final Pattern ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");
    /** Ends the session, changes its password, or is no page (downloads, the API, the third-party Swagger UI). */
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            "/logout|/konto/losenord|/(webjars|css|js|fonts|images|api|v3|swagger-ui)(/.*)?|/swagger-ui\\.html"
                    + "|.*\\.(pdf|json|jwt|csv)|.*/(pdf|credential|csv|export)");

    /** Shapes already scanned by axe, per language: each page template is scanned once, whichever role reaches it. */
    private final Set<String> scanned = new HashSet<>();

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.PLATFORM_ADMIN, DemoUsers.ADMIN, DemoUsers.COORDINATOR,
            DemoUsers.EMPLOYER_MANAGER, DemoUsers.SUPERVISOR, DemoUsers.TEACHER, DemoUsers.ANALYST, DemoUsers.PARTICIPANT})
    void noPageOfARoleScrollsSidewaysOnAPhoneInSwedishOrArabic(String username) {
        String only = System.getProperty("kk.phones.user");
        assumeTrue(only == null || only.isBlank() || only.equals(username), "only " + only);
        logIn(username);
        phone();
        List<String> wide = new ArrayList<>();
        List<String> pages = crawl("/", username, wide);
        driver.get(url("/?lang=ar"));
        for (String page : pages) {
            visit(page, "ar", username, wide);
        }
        driver.get(url("/?lang=sv"));
        System.out.printf("PhoneBrowserTests %s: %d pages in Swedish and Arabic: %s%n", username, pages.size(),
                pages.stream().map(PhoneBrowserTests::shape).toList());
        assertThat(pages).as("pages reached as %s", username).hasSizeGreaterThan(3).hasSizeLessThan(MAX_PAGES);
        assertThat(wide).as("pages wider than a %d px phone as %s", WIDTH, username).isEmpty();
    }

    /**
     * The occupation pages (/yrken) and the public verification page of a certificate (signed out, as an employer
     * who scans its QR code would see it) are in Arabic, right to left, and fit a phone, as in Swedish.
     */
    @Test
    void theOccupationAndVerificationPagesSpeakArabicRightToLeftOnAPhone() {
        phone();
        logIn(DemoUsers.PARTICIPANT);
        driver.get(url("/yrken?lang=ar"));
        assertThat(heading()).isEqualTo("المهن والكفاءات");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        driver.get(url("/min-sida/intyg?lang=sv"));
        @SuppressWarnings("unchecked")
        List<String> verification = new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('a[href$=\"/verifiera\"]')].map(a => a.getAttribute('href'))"));
        verification.add("/intyg/00000000-0000-4000-8000-000000000000/verifiera");
        driver.manage().deleteAllCookies();
        List<String> pages = new ArrayList<>(List.of("/login", verification.get(0)));
        List<String> wide = new ArrayList<>();
        for (String language : List.of("sv", "ar")) {
            driver.get(url("/login?lang=" + language));
            for (String page : pages) {
                visit(page, language, "signed out", wide);
                assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).as("dir of %s", page)
                        .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            }
        }
        assertThat(heading()).isEqualTo("التحقق من شهادة التحقق");
        driver.get(url("/login?lang=sv"));
        assertThat(wide).as("public pages wider than a %d px phone", WIDTH).isEmpty();
    }

    /**
     * On the Arabic self-assessment each radio button's circle is drawn over its input, next to its label (GOV.UK
     * Frontend draws it from the item's left edge, which on a right-to-left row was some 870 px from the label).
     */
    @Test
    void radioButtonsSitNextToTheirLabelsInArabic() {
        logIn(DemoUsers.PARTICIPANT);
        for (String language : List.of("sv", "ar")) {
            driver.get(url("/min-sida/sjalvskattning?lang=" + language));
            driver.findElement(By.cssSelector("main a[href^='/min-sida/sjalvskattning/']")).click();
            wait(driver).until(d -> !d.findElements(By.cssSelector(".govuk-radios__item")).isEmpty());
            @SuppressWarnings("unchecked")
            List<Number> offsets = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                    return [...document.querySelectorAll('.govuk-radios__item')].map(item => {
                      const label = item.querySelector('.govuk-radios__label');
                      const circle = getComputedStyle(label, '::before');
                      const centre = item.getBoundingClientRect().left + parseFloat(circle.left) + parseFloat(circle.width) / 2;
                      const input = item.querySelector('input').getBoundingClientRect();
                      return Math.abs(centre - (input.left + input.width / 2));
                    });""");
            assertThat(offsets).as("radio circles away from their inputs (%s)", language).isNotEmpty()
                    .allSatisfy(offset -> assertThat(offset.doubleValue()).isLessThanOrEqualTo(4));
        }
        scan("Självskattning på arabiska");
        driver.get(url("/min-sida?lang=sv"));
    }

    /**
     * The staff menu folds away behind a "Meny" button on a phone (aria-expanded, aria-controls) and opens with it;
     * the API documentation is linked from the footer, not the menu.
     */
    @Test
    void theMenuFoldsAwayBehindAButtonOnAPhone() {
        logIn(DemoUsers.COORDINATOR);
        phone();
        driver.get(url("/"));
        WebElement toggle = driver.findElement(By.cssSelector("nav.govuk-service-navigation button"));
        WebElement menu = driver.findElement(By.id(toggle.getDomAttribute("aria-controls")));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Meny");
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
        toggle.click();
        wait(driver).until(d -> menu.isDisplayed());
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(menu.findElements(By.linkText("Deltagare"))).hasSize(1);
        scan("Startsidan med menyn öppen på en telefon");
        assertThat(menu.findElements(By.partialLinkText("API"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("footer")).findElement(By.linkText("Utvecklardokumentation (API)"))
                .getDomAttribute("href")).isEqualTo("/swagger-ui.html");

        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.get(url("/"));
        assertThat(driver.findElement(By.cssSelector("nav.govuk-service-navigation button")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("kk-menu-list")).isDisplayed()).isTrue();
    }

    private void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Opens the page and checks it (width, lang, axe once per shape); false if it is no HTML page. */
    private boolean visit(String page, String language, String who, List<String> wide) {
        driver.get(url(page));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!"text/html".equals(js.executeScript("return document.contentType"))) {
            return false;
        }
        assertThat(htmlLang(driver)).as("lang of %s", page).isEqualTo(language);
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(innerWidth).isEqualTo(WIDTH);
        if (scrollWidth > innerWidth) {
            wide.add(language + " " + page + ": " + scrollWidth + " px, widest: " + js.executeScript(WIDEST));
        }
        if (scanned.add(language + " " + shape(page))) {
            scan(page + " (" + language + ", " + who + ", 390 px)");
        }
        return true;
    }

    /** The elements reaching furthest outside the viewport (for the failure message). */
    private static final String WIDEST = """
            const w = window.innerWidth;
            return [...document.querySelectorAll('body *')]
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.right > w + 1 || r.left < -1)
              .filter(([e]) => !e.closest('.kk-table-scroll, .govuk-visually-hidden, .govuk-skip-link'))
              .slice(-3)
              .map(([e, r]) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']').join('; ');
            """;

    /** The pages reached from {@code start} by links, one per shape, in the order found, each checked in Swedish. */
    private List<String> crawl(String start, String who, List<String> wide) {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> shapes = new HashSet<>(List.of(shape(start)));
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String page = queue.poll();
            if (!visit(page, "sv", who, wide)) {
                continue;
            }
            pages.add(page);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js.executeScript(
                    "return [...document.querySelectorAll('a[href]')].map(a => a.href)");
            for (String link : new LinkedHashSet<>(links)) {
                String target = local(link);
                if (target != null && shapes.add(shape(target))) {
                    queue.add(target);
                }
            }
        }
        return pages;
    }

    private String local(String absolute) {
        URI uri;
        try {
            uri = URI.create(absolute.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port || uri.getRawPath() == null
                || NOT_FOLLOWED.matcher(uri.getRawPath()).matches()
                || uri.getRawQuery() != null && uri.getRawQuery().contains("lang=")) {
            return null;
        }
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The path with its ids replaced; query parameters (filters, page numbers) do not make another shape. */
    private static String shape(String target) {
        return ID.matcher(target.replaceFirst("\\?.*$", "")).replaceAll("{id}");
    }
}
