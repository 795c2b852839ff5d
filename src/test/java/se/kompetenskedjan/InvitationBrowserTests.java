package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.BrowserConditions;
import se.kompetenskedjan.support.SignedIn;

/**
 * Register → invite → open the link → set a password → sign in → Min trappa → agree to the plan, in Chromium, with
 * an axe scan of each page of the invitation and the account page at 390 px, the invitation's pages also in Arabic
 * (right to left) and Ukrainian.
 */
class InvitationBrowserTests extends BrowserPages {

    private static final String PASSWORD = "hallon-och-regn-i-juli";

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorInvitesAndTheParticipantSetsAPasswordAndAgreesToThePlan() {
        TestUser coordinator = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY)
                .get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named("Yara", "Webbsson").create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        new JourneyTestData(context).journey(participant).on(ladder).by(coordinator).create();
        UUID profileVersion = ladder.steps().stream().filter(s -> s.profileVersionId() != null).findFirst()
                .orElseThrow().profileVersionId();
        SignedIn.as(coordinator.username(), () -> context.getBean(IndividualPlans.class).create(participant,
                new PlanCommand(profileVersion, List.of(new PlanCommand.Goal("Arbeta i köket", List.of())),
                        List.of(), "Vi pratar om det.", null, null)));

        signIn(coordinator.username(), coordinator.password());
        driver.get(url("/deltagare/" + participant));
        driver.findElement(By.linkText("Deltagarens konto och inbjudan")).click();
        waitForHeading("Deltagarens konto");
        assertThat(driver.findElement(By.id("account-state")).getText()).contains("Inget konto");
        scan("Deltagarens konto");
        submit();
        waitForHeading("Deltagarens konto");
        assertThat(driver.findElement(By.id("account-state")).getText()).contains("Inbjuden");
        assertThat(driver.findElement(By.cssSelector("svg.kk-qr")).getSize().getWidth()).isGreaterThan(100);
        scan("Inbjudan klar");
        fitsANarrowScreen("Inbjudan klar");
        String link = driver.findElement(By.id("invitation-link")).getText();
        String invitation = link.substring(link.indexOf("/inbjudan/"));
        logOut();

        driver.get(url(invitation));
        waitForHeading("Välj ditt lösenord");
        String username = driver.findElement(By.id("username")).getText();
        scan("Välj ditt lösenord");
        fitsANarrowScreen("Välj ditt lösenord");
        // The same page in Arabic (right to left) and Ukrainian, as the language links give it
        for (String language : List.of("ar", "uk")) {
            driver.get(url(invitation + "?lang=" + language));
            waitForHeading(language.equals("ar") ? "اختر كلمة المرور" : "Виберіть свій пароль");
            assertThat(htmlLang(driver)).isEqualTo(language);
            assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir"))
                    .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(driver.findElement(By.id("username")).getText()).isEqualTo(username);
            scan("Välj ditt lösenord (" + language + ")");
            fitsANarrowScreen("Välj ditt lösenord (" + language + ")");
        }
        driver.get(url(invitation + "?lang=sv"));
        waitForHeading("Välj ditt lösenord");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("repeat")).sendKeys(PASSWORD + "!");
        submit();
        assertThat(errorSummary().getText()).contains("Du skrev inte samma lösenord två gånger");
        scan("Välj ditt lösenord, fel");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("repeat")).sendKeys(PASSWORD);
        submit();
        waitForHeading("Ditt konto är klart");
        scan("Ditt konto är klart");

        driver.get(url(invitation));
        waitForHeading("Länken gäller inte längre");
        scan("Länken gäller inte längre");
        driver.get(url(invitation + "?lang=ar"));
        waitForHeading("الرابط لم يعد صالحًا");
        scan("Länken gäller inte längre (ar)");
        fitsANarrowScreen("Länken gäller inte längre (ar)");
        driver.get(url(invitation + "?lang=sv"));
        waitForHeading("Länken gäller inte längre");

        signIn(username, PASSWORD);
        driver.get(url("/min-trappa"));
        WebElement agree = driver.findElement(By.xpath("//main//button[normalize-space()='Ja, det är min plan']"));
        agree.click();
        wait(driver).until(BrowserConditions.gone(agree));
        assertThat(banner()).contains("Klart");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Du har sagt ja till planen");
    }

    private void signIn(String username, String password) {
        driver.get(url("/login"));
        waitForHeading("Logga in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement submit = driver.findElement(By.xpath("//main//button[normalize-space()='Logga in']"));
        submit.click();
        wait(driver).until(BrowserConditions.gone(submit));
        wait(driver).until(d -> !path(d).equals("/login"));
    }

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
}
