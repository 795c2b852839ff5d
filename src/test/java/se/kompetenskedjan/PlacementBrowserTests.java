package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.BrowserConditions;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;

/**
 * The placement journeys through the pages in headless (Debian) Chromium, with an axe-core WCAG 2.1 A/AA scan of every
 * page visited, error states included: no violation of those rules is accepted. Set-up and helpers in
 * BrowserPages. Run with {@code ./mvnw -q -o test -Pbrowser -Dtest=PlacementBrowserTests}.
 *
 * <p>The first test goes through matching and needs the matching service; the second proposes through the API and
 * covers the remaining pages and their error states.
 */
class PlacementBrowserTests extends BrowserPages {

    private static final String CARE = "Älvstads kommun – Vård- och omsorgsförvaltningen";

    /**
     * Publish → match → propose → the employer accepts → active: the employer publishes a place with a supervisor who
     * has a free slot; the coordinator registers a participant who consents to share with the employer, finds her on
     * the place's matching page with a score and the reasons, and proposes her; the employer accepts; the coordinator
     * agrees the start with the supervisor and writes the agreement, which all three parties approve; the coordinator
     * activates the placement.
     */
    @Test
    void aPlaceIsPublishedMatchedProposedAcceptedAndActivated() {
        logIn(DemoUsers.EMPLOYER_MANAGER);
        String supervisor = "Karin Handledare " + System.nanoTime();
        createSupervisor(supervisor);
        String title = "Praktik i hemtjänsten " + System.nanoTime();
        String placePath = createPlace(title, supervisor);
        publish();
        logOut();

        logIn(DemoUsers.COORDINATOR);
        String lastName = "Matchsson" + System.nanoTime();
        String participantPath = registerParticipant("Hana", lastName);
        driver.get(url(participantPath));
        driver.findElement(By.linkText("Matcha mot platser")).click();
        waitForHeading("Matcha mot platser");
        clickLabel("Söker en plats nu");
        new Select(driver.findElement(By.id("travelMode"))).selectByValue("PUBLIC_TRANSPORT");
        driver.findElement(By.id("maxTravelMinutes")).clear();
        driver.findElement(By.id("maxTravelMinutes")).sendKeys("45");
        driver.findElement(By.id("interests")).sendKeys("5330");
        driver.findElement(By.id("homeLatitude")).sendKeys("57,72");
        driver.findElement(By.id("homeLongitude")).sendKeys("12.94");
        WebElement save = driver.findElement(By.xpath("//main//button[normalize-space()='Spara']"));
        save.click();
        wait(driver).until(BrowserConditions.gone(save));
        waitForHeading("Matcha mot platser");
        assertThat(banner()).contains("Det deltagaren söker är sparat.");
        assertThat(driver.findElement(By.id("matches")).getText()).contains(title);
        scan("Matcha mot platser");

        new Select(driver.findElement(By.id("plats"))).selectByValue(placePath.substring("/platser/".length()));
        WebElement show = driver.findElement(By.xpath("//main//button[normalize-space()='Visa']"));
        show.click();
        wait(driver).until(BrowserConditions.gone(show));
        waitForHeading(title);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Så räknas poängen");
        scan("Deltagare och plats");

        driver.get(url(placePath));
        waitForHeading(title);
        driver.findElement(By.linkText("Matcha deltagare")).click();
        waitForHeading("Matcha deltagare");
        WebElement row = driver.findElement(By.xpath(
                "//table[@id='candidates']//tr[td[1][contains(normalize-space(), 'Hana " + lastName + "')]]"));
        assertThat(row.findElement(By.xpath("td[2]")).getText()).matches("\\d{1,3}");
        WebElement why = row.findElement(By.cssSelector("details summary"));
        assertThat(why.getText()).contains("Varför?");
        why.click();
        wait(driver).until(d -> row.findElement(By.cssSelector("details")).getDomAttribute("open") != null);
        assertThat(row.findElement(By.cssSelector("details")).getText()).contains("Krav som måste vara uppfyllda")
                .contains("Så räknas poängen");
        scan("Matcha deltagare, Varför? öppen");
        row.findElement(By.tagName("textarea")).sendKeys("Vill arbeta i hemtjänsten och bor nära");
        WebElement propose = row.findElement(By.xpath(".//button[contains(normalize-space(), 'Föreslå')]"));
        propose.click();
        wait(driver).until(BrowserConditions.gone(propose));
        waitForHeading(title);
        assertThat(banner()).contains("Hana " + lastName + " är föreslagen till platsen.");
        scan("Plats med nytt förslag");
        String proposalPath = driver.findElement(By.linkText("Öppna förslaget")).getDomAttribute("href");
        assertThat(proposalPath).matches("/forslag/[0-9a-f-]{36}");
        logOut();

        employerAccepts("Hana " + lastName);
        coordinatorAgreesTheStartAndWritesTheAgreement(proposalPath, supervisor);
        approve(DemoUsers.COORDINATOR, proposalPath, "Registrera deltagarens godkännande (vid möte)",
                "Deltagarens godkännande är registrerat.");
        approve(DemoUsers.COORDINATOR, proposalPath, "Godkänn som koordinator", "Koordinatorns godkännande är registrerat.");
        approve(DemoUsers.EMPLOYER_MANAGER, proposalPath, "Godkänn för arbetsgivaren",
                "Arbetsgivarens godkännande är registrerat.");
        coordinatorActivates(proposalPath);

        logIn(DemoUsers.COORDINATOR);
        navigation("Fördelning").click();
        waitForHeading("Fördela en grupp på platser");
        scan("Fördelning");
        driver.findElement(By.cssSelector("input[name=participantIds]")).click();
        driver.findElement(By.cssSelector("input[name=placementIds]")).click();
        WebElement allocate = driver.findElement(By.xpath("//main//button[normalize-space()='Föreslå fördelning']"));
        allocate.click();
        wait(driver).until(BrowserConditions.gone(allocate));
        waitForHeading("Förslag till fördelning");
        scan("Förslag till fördelning");
    }

    /**
     * The other placement pages and their error states: the supervisor inventory, its form with errors, the report
     * with the staff count; the place list, the place form with errors and the change form; a proposal (made through
     * the API) answered by the employer, approved by the participant herself in Platsbanken (in Swedish, Ukrainian
     * and Arabic) and activated.
     */
    @Test
    void supervisorsPlacesPlatsbankenAndAProposalMadeWithoutMatching() {
        logIn(DemoUsers.EMPLOYER_MANAGER);
        navigation("Handledare").click();
        waitForHeading("Handledare");
        scan("Handledare");
        driver.findElement(By.linkText("Ny handledare")).click();
        waitForHeading("Ny handledare");
        driver.findElement(By.id("capacity")).clear();
        submit();
        WebElement summary = errorSummary();
        assertThat(summary.findElement(By.cssSelector("a[href='#unitId']")).getText()).isEqualTo("Välj enhet");
        assertThat(summary.findElement(By.cssSelector("a[href='#name']")).getText()).isEqualTo("Skriv handledarens namn");
        scan("Ny handledare, felsammanfattning");
        String supervisor = "Omar Handledare " + System.nanoTime();
        new Select(driver.findElement(By.id("unitId"))).selectByVisibleText("Hemtjänst Norr");
        driver.findElement(By.id("name")).sendKeys(supervisor);
        driver.findElement(By.id("capacity")).sendKeys("2");
        submit();
        waitForHeading("Handledare");
        assertThat(banner()).contains("Handledaren " + supervisor + " är sparad.");
        driver.findElement(By.xpath("//tr[td[1][contains(., '" + supervisor + "')]]//a")).click();
        waitForHeading("Ändra handledare");
        scan("Ändra handledare");
        driver.get(url("/handledare/rapport"));
        waitForHeading("Handledning per enhet");
        WebElement staff = driver.findElement(By.xpath("//tr[th[contains(., 'Hemtjänst Norr')]]//input[@name='staffCount']"));
        staff.clear();
        staff.sendKeys("35");
        WebElement save = driver.findElement(By.xpath("//tr[th[contains(., 'Hemtjänst Norr')]]//button"));
        save.click();
        wait(driver).until(BrowserConditions.gone(save));
        assertThat(banner()).contains("Antalet anställda är sparat.");
        scan("Handledning per enhet");

        navigation("Platser").click();
        waitForHeading("Platser");
        scan("Platser");
        driver.findElement(By.linkText("Ny plats")).click();
        waitForHeading("Ny plats");
        scan("Ny plats");
        driver.findElement(By.id("seats")).clear();
        driver.findElement(By.id("latitude")).sendKeys("57,7");
        submit();
        summary = errorSummary();
        assertThat(summary.findElement(By.cssSelector("a[href='#title']")).getText()).isEqualTo("Skriv en rubrik för platsen");
        assertThat(summary.findElement(By.cssSelector("a[href='#seats']")).getText()).isEqualTo("Ange antal platser");
        WebElement titleLink = summary.findElement(By.cssSelector("a[href='#title']"));
        scan("Ny plats, felsammanfattning");
        titleLink.click();
        wait(driver).until(d -> "title".equals(d.switchTo().activeElement().getDomAttribute("id")));
        driver.get(url("/platser/ny"));
        waitForHeading("Ny plats");
        String title = "Språkpraktik i hemtjänsten " + System.nanoTime();
        String placePath = fillInPlace(title, supervisor);
        driver.findElement(By.linkText("Ändra platsen")).click();
        waitForHeading("Ändra plats");
        scan("Ändra plats");
        driver.findElement(By.cssSelector(".govuk-back-link")).click();
        waitForHeading(title);
        publish();
        driver.get(url("/platser?egna=true&status=OPEN&lang=en"));
        waitForHeading("Placements");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);
        scan("Placements (English)");
        driver.get(url("/platser?lang=sv"));
        waitForHeading("Platser");
        logOut();

        // The demo participant (consent to share with elder care) is proposed through the API
        String placeId = placePath.substring("/platser/".length());
        String amina = ApiClient.as(port, DemoUsers.PARTICIPANT).get("/api/v1/me").json().path("participantId").asString();
        ApiClient.Response proposed = ApiClient.as(port, DemoUsers.COORDINATOR).post("/api/v1/proposals",
                Map.of("placementId", placeId, "participantId", amina, "score", 66, "motivation", "Vill öva svenska"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String proposalPath = "/forslag/" + proposed.json().path("id").asString();

        // ... she sees the place and the proposal in Platsbanken, in her languages
        logIn(DemoUsers.PARTICIPANT);
        navigation("Platsbanken").click();
        waitForHeading("Platsbanken");
        assertThat(driver.findElement(By.id("mina-forslag")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title).contains("Föreslagen");
        scan("Platsbanken");
        logOut();

        employerAccepts("Amina Yusuf");
        coordinatorAgreesTheStartAndWritesTheAgreement(proposalPath, supervisor);

        logIn(DemoUsers.PARTICIPANT);
        driver.get(url("/platsbanken?lang=uk"));
        wait(driver).until(d -> "uk".equals(htmlLang(d)));
        assertThat(heading()).isEqualTo("Банк місць");
        scan("Platsbanken på ukrainska");
        driver.get(url("/platsbanken?lang=ar"));
        wait(driver).until(d -> "ar".equals(htmlLang(d)));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        scan("Platsbanken på arabiska");
        driver.get(url("/platsbanken?lang=sv"));
        waitForHeading("Platsbanken");
        WebElement card = driver.findElement(By.xpath("//section[@aria-labelledby='mina-forslag']"
                + "//div[contains(@class, 'govuk-summary-card')][.//h3[normalize-space()='" + title + "']]"));
        assertThat(card.getText()).contains("Start överenskommen").contains("Klara morgonrutinerna");
        WebElement yes = card.findElement(By.xpath(".//button[contains(normalize-space(), 'Ja, jag godkänner')]"));
        yes.click();
        wait(driver).until(BrowserConditions.gone(yes));
        assertThat(banner()).contains("Tack! Du har godkänt överenskommelsen.");
        scan("Platsbanken, överenskommelsen godkänd");
        logOut();

        approve(DemoUsers.COORDINATOR, proposalPath, "Godkänn som koordinator", "Koordinatorns godkännande är registrerat.");
        approve(DemoUsers.EMPLOYER_MANAGER, proposalPath, "Godkänn för arbetsgivaren",
                "Arbetsgivarens godkännande är registrerat.");
        coordinatorActivates(proposalPath);
    }

    // --- steps of the journeys ---------------------------------------------------------------------------------------

    private void createSupervisor(String name) {
        navigation("Handledare").click();
        waitForHeading("Handledare");
        scan("Handledare");
        driver.findElement(By.linkText("Ny handledare")).click();
        waitForHeading("Ny handledare");
        scan("Ny handledare");
        new Select(driver.findElement(By.id("unitId"))).selectByVisibleText("Hemtjänst Norr");
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("title")).sendKeys("Undersköterska");
        WebElement capacity = driver.findElement(By.id("capacity"));
        capacity.clear();
        capacity.sendKeys("2");
        submit();
        waitForHeading("Handledare");
        assertThat(banner()).contains("Handledaren " + name + " är sparad.");
        assertThat(driver.findElement(By.id("supervisors")).getText()).contains(name);
        scan("Handledare, sparad");
    }

    /** Creates a place at Hemtjänst Norr with the supervisor through the form; returns the place page's path. */
    private String createPlace(String title, String supervisor) {
        navigation("Platser").click();
        waitForHeading("Platser");
        scan("Platser");
        driver.findElement(By.linkText("Ny plats")).click();
        waitForHeading("Ny plats");
        scan("Ny plats");
        return fillInPlace(title, supervisor);
    }

    private String fillInPlace(String title, String supervisor) {
        new Select(driver.findElement(By.id("unitId"))).selectByVisibleText("Hemtjänst Norr");
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("Praktik");
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("easyDescription")).sendKeys("Du hjälper äldre hemma. Du har en handledare.");
        driver.findElement(By.id("occupationLabel")).sendKeys("Vårdbiträde");
        driver.findElement(By.id("ssykCode")).sendKeys("5330");
        WebElement seats = driver.findElement(By.id("seats"));
        seats.clear();
        seats.sendKeys("2");
        driver.findElement(By.id("hoursPerWeek")).sendKeys("8");
        new Select(driver.findElement(By.id("schedule[0].day"))).selectByVisibleText("Måndag");
        setValue(driver.findElement(By.id("schedule[0].from")), "08:00");
        setValue(driver.findElement(By.id("schedule[0].to")), "12:00");
        driver.findElement(By.id("city")).sendKeys("Älvstad");
        driver.findElement(By.id("latitude")).sendKeys("57,72");
        driver.findElement(By.id("longitude")).sendKeys("12,94");
        driver.findElement(By.id("travelDirections")).sendKeys("Buss 3 till Exempelgatan");
        WebElement supervisorBox = driver.findElement(By.xpath(
                "//input[@name='supervisorIds'][following-sibling::label[contains(normalize-space(), '" + supervisor + "')]]"));
        driver.findElement(By.cssSelector("label[for='" + supervisorBox.getDomAttribute("id") + "']")).click();
        assertThat(supervisorBox.isSelected()).isTrue();
        submit();
        waitForHeading(title);
        assertThat(path(driver)).matches("/platser/[0-9a-f-]{36}");
        assertThat(banner()).contains("Platsen är sparad som utkast");
        assertThat(driver.findElement(By.id("place-status")).getText()).isEqualTo("Utkast");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Måndag 08:00–12:00").contains(supervisor);
        scan("Plats, utkast");
        return path(driver);
    }

    private void publish() {
        WebElement publish = driver.findElement(By.xpath("//main//button[normalize-space()='Publicera']"));
        publish.click();
        wait(driver).until(BrowserConditions.gone(publish));
        assertThat(banner()).contains("Platsen är publicerad.");
        assertThat(driver.findElement(By.id("place-status")).getText()).isEqualTo("Öppen");
        scan("Plats, publicerad");
    }

    /** Registers a participant with a consent to share with Älvstad's elder care; returns the participant's path. */
    private String registerParticipant(String firstName, String lastName) {
        driver.get(url("/deltagare/ny"));
        waitForHeading("Registrera deltagare");
        driver.findElement(By.id("firstName")).sendKeys(firstName);
        driver.findElement(By.id("lastName")).sendKeys(lastName);
        driver.findElement(By.id("languages")).sendKeys("ar, sv");
        new Select(driver.findElement(By.id("gender"))).selectByVisibleText("Kvinna");
        new Select(driver.findElement(By.id("swedishLevel"))).selectByVisibleText("SFI kurs C");
        new Select(driver.findElement(By.id("educationLevel"))).selectByVisibleText("Grundskola");
        new Select(driver.findElement(By.id("referralSource"))).selectByVisibleText("Arbetsförmedlingen");
        new Select(driver.findElement(By.id("incomeSource"))).selectByVisibleText("Etableringsersättning");
        submit();
        waitForHeading(firstName + " " + lastName);
        String participantPath = path(driver);
        driver.findElement(By.id("purpose")).sendKeys("Praktik i äldreomsorgen");
        WebElement care = driver.findElement(By.xpath(
                "//input[@name='organisationIds'][following-sibling::label[normalize-space()='" + CARE + "']]"));
        driver.findElement(By.cssSelector("label[for='" + care.getDomAttribute("id") + "']")).click();
        WebElement saveConsent = driver.findElement(By.xpath("//button[normalize-space()='Spara samtycke']"));
        saveConsent.click();
        wait(driver).until(BrowserConditions.gone(saveConsent));
        assertThat(banner()).contains("Samtycket är registrerat.");
        return participantPath;
    }

    private void employerAccepts(String participantName) {
        logIn(DemoUsers.EMPLOYER_MANAGER);
        navigation("Förslag").click();
        waitForHeading("Förslag");
        scan("Förslag");
        driver.findElement(By.xpath("//table[@id='inbox']//a[normalize-space()='" + participantName + "']")).click();
        waitForHeading(participantName);
        assertThat(driver.findElement(By.id("proposal-status")).getText()).isEqualTo("Föreslagen");
        scan("Förslag, väntar på svar");
        clickLabel("Tacka nej");
        submit();
        WebElement summary = errorSummary();
        assertThat(summary.findElement(By.cssSelector("a[href='#declineReason']")).getText())
                .isEqualTo("Ange varför ni tackar nej");
        scan("Förslag, svar utan skäl");
        clickLabel("Acceptera – vi tar emot deltagaren");
        driver.findElement(By.id("note")).sendKeys("Välkommen på måndag!");
        submit();
        waitForHeading(participantName);
        assertThat(banner()).contains("Ert svar är sparat.");
        assertThat(driver.findElement(By.id("proposal-status")).getText()).isEqualTo("Accepterad");
        scan("Förslag, accepterat");
        logOut();
    }

    private void coordinatorAgreesTheStartAndWritesTheAgreement(String proposalPath, String supervisor) {
        logIn(DemoUsers.COORDINATOR);
        driver.get(url(proposalPath));
        waitForHeading(driver.findElement(By.tagName("h1")).getText());
        assertThat(driver.findElement(By.id("startsOn")).getDomProperty("value")).isEqualTo(TestDates.today().toString());
        scan("Förslag, komma överens om start");
        new Select(driver.findElement(By.id("supervisorId"))).selectByVisibleText(supervisor + " (2 lediga platser)");
        submit();
        assertThat(banner()).contains("Starten är överenskommen.");
        assertThat(driver.findElement(By.id("proposal-status")).getText()).isEqualTo("Start överenskommen");
        driver.findElement(By.id("goals")).sendKeys("Klara morgonrutinerna hos brukarna");
        driver.findElement(By.id("tasks")).sendKeys("Bädda, städa och handla");
        driver.findElement(By.id("hours")).sendKeys("Måndag och onsdag 8–12");
        driver.findElement(By.id("followUp")).sendKeys("Trepartssamtal var fjärde vecka");
        WebElement save = driver.findElement(By.xpath("//button[normalize-space()='Spara överenskommelsen']"));
        save.click();
        wait(driver).until(BrowserConditions.gone(save));
        assertThat(banner()).contains("Överenskommelsen är sparad.");
        assertThat(driver.findElement(By.id("agreement-summary")).getText()).contains("Klara morgonrutinerna")
                .contains(supervisor);
        scan("Förslag, överenskommelse skriven");
        logOut();
    }

    private void approve(String username, String proposalPath, String button, String confirmation) {
        logIn(username);
        driver.get(url(proposalPath));
        WebElement approve = driver.findElement(By.xpath("//main//button[normalize-space()='" + button + "']"));
        approve.click();
        wait(driver).until(BrowserConditions.gone(approve));
        assertThat(banner()).contains(confirmation);
        scan("Förslag, " + confirmation);
        logOut();
    }

    private void coordinatorActivates(String proposalPath) {
        logIn(DemoUsers.COORDINATOR);
        driver.get(url(proposalPath));
        assertThat(driver.findElement(By.id("approvals")).getText()).contains("Deltagaren").contains("Arbetsgivaren")
                .contains("Koordinatorn").doesNotContain("Inte godkänt än");
        WebElement activate = driver.findElement(By.xpath("//main//button[normalize-space()='Aktivera placeringen']"));
        activate.click();
        wait(driver).until(BrowserConditions.gone(activate));
        assertThat(banner()).contains("Placeringen är aktiv.");
        assertThat(driver.findElement(By.id("proposal-status")).getText()).isEqualTo("Aktiv");
        scan("Förslag, aktiv placering");
        driver.get(url(proposalPath + "?lang=en"));
        wait(driver).until(d -> "en".equals(htmlLang(d)));
        assertThat(driver.findElement(By.id("proposal-status")).getText()).isEqualTo("Active");
        scan("Proposal, active (English)");
        driver.get(url(proposalPath + "?lang=sv"));
        wait(driver).until(d -> "sv".equals(htmlLang(d)));
        logOut();
    }
}
