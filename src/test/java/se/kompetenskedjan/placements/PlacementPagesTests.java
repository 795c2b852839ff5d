package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;

/**
 * The placement pages on the demo data, signed in through the login form (CSRF on every post): who gets which page,
 * creating and publishing a place through the forms, the proposal from answer to an active placement with its
 * agreement, Platsbanken for the participant, and bad input coming back as an error summary (never an error page).
 * The matching pages' lists need the matching service and are covered by the browser test.
 */
class PlacementPagesTests extends PageTest {

    private static final String UNIT = PlacementJson.HEMTJANST_NORR.toString();

    @Autowired
    JdbcClient jdbc;

    // --- who gets which page ---------------------------------------------------------------------------------------

    Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/platser", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/platser", DemoUsers.COORDINATOR, 200),
                Arguments.of("/platser", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/platser", DemoUsers.TEACHER, 200),
                Arguments.of("/platser", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/platser", DemoUsers.ANALYST, 403),
                Arguments.of("/platser/ny", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/platser/ny", DemoUsers.COORDINATOR, 200),
                Arguments.of("/platser/ny", DemoUsers.ADMIN, 200),
                Arguments.of("/platser/ny", DemoUsers.SUPERVISOR, 403),
                Arguments.of("/platser/ny", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/platser/" + UUID.randomUUID(), DemoUsers.EMPLOYER_MANAGER, 404),
                Arguments.of("/handledare", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/handledare", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/handledare", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/handledare", DemoUsers.ANALYST, 403),
                Arguments.of("/handledare/ny", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/handledare/ny", DemoUsers.SUPERVISOR, 403),
                Arguments.of("/handledare/rapport", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/handledare/rapport", DemoUsers.PLATFORM_ADMIN, 200),
                Arguments.of("/handledare/rapport", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/forslag", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/forslag", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/forslag", DemoUsers.ADMIN, 200),
                Arguments.of("/forslag", DemoUsers.COORDINATOR, 403),
                Arguments.of("/forslag", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/forslag/" + UUID.randomUUID(), DemoUsers.EMPLOYER_MANAGER, 404),
                Arguments.of("/platsbanken", DemoUsers.PARTICIPANT, 200),
                Arguments.of("/platsbanken", DemoUsers.COORDINATOR, 200),
                Arguments.of("/platsbanken", DemoUsers.EMPLOYER_MANAGER, 403),
                Arguments.of("/platsbanken", DemoUsers.ANALYST, 403),
                Arguments.of("/platser/" + UUID.randomUUID() + "/matchning", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/deltagare/" + UUID.randomUUID() + "/matchning", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/deltagare/" + UUID.randomUUID() + "/matchning", DemoUsers.ANALYST, 403),
                Arguments.of("/fordelning", DemoUsers.COORDINATOR, 200),
                Arguments.of("/fordelning", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/fordelning", DemoUsers.SUPERVISOR, 403),
                Arguments.of("/fordelning", DemoUsers.PARTICIPANT, 403));
    }

    @ParameterizedTest(name = "{0} som {1} → {2}")
    @MethodSource("pages")
    void eachPageIsForItsRoles(String path, String username, int expected) throws Exception {
        mvc.perform(get(path).session(as(username))).andExpect(status().is(expected));
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : new String[] {"/platser", "/handledare", "/forslag", "/platsbanken"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void theNavigationShowsTheEntriesOfTheRole() throws Exception {
        String chef = page(DemoUsers.EMPLOYER_MANAGER, "/");
        assertThat(chef).contains("href=\"/platser\"").contains("href=\"/forslag\"").contains("href=\"/handledare\"")
                .doesNotContain("href=\"/platsbanken\"");
        String coordinator = page(DemoUsers.COORDINATOR, "/");
        assertThat(coordinator).contains("href=\"/platser\"").contains("href=\"/platsbanken\"")
                .contains("href=\"/handledare\"").doesNotContain("href=\"/forslag\"");
        String participant = page(DemoUsers.PARTICIPANT, "/min-sida");
        assertThat(participant).contains("href=\"/platsbanken\"").doesNotContain("href=\"/platser\"")
                .doesNotContain("href=\"/handledare\"");
        assertThat(page(DemoUsers.PARTICIPANT, "/min-sida?lang=uk")).contains("Банк місць");
    }

    @Test
    void theListAndTheFormInSwedishAndEnglish() throws Exception {
        String list = page(DemoUsers.EMPLOYER_MANAGER, "/platser");
        assertThat(list).contains("<h1 class=\"govuk-heading-xl\">Platser</h1>").contains("Ny plats")
                .contains("Bara min organisations platser").contains("<caption");
        assertThat(page(DemoUsers.SUPERVISOR, "/platser")).doesNotContain("href=\"/platser/ny\"");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/platser?lang=en")).contains("Placements").contains("New placement");

        String form = page(DemoUsers.EMPLOYER_MANAGER, "/platser/ny");
        assertThat(form).contains("Ny plats").contains("Hemtjänst Norr").contains("Tillagningsköket Centrum")
                .doesNotContain("Fastighetsservice Älvstad")
                .contains("id=\"schedule[4].day\"").contains("type=\"time\"")
                .contains("Truckkort").contains("Alla organisationer i regionen")
                .contains("Älvstads kommun – Arbetsmarknadsförvaltningen").contains("name=\"_csrf\"");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/platser/ny?lang=en")).contains("New placement")
                .contains("Weekly schedule").contains("All organisations in the region");
    }

    // --- creating, publishing and changing a place ----------------------------------------------------------------

    @Test
    void aPlaceIsCreatedPublishedAndChangedThroughTheForms() throws Exception {
        String supervisorName = "Handledare " + System.nanoTime();
        UUID supervisor = createSupervisor(supervisorName, 2);

        String title = "Praktik i hemtjänsten " + System.nanoTime();
        UUID place = createPlace(title, supervisor);
        String draft = page(DemoUsers.EMPLOYER_MANAGER, "/platser/" + place);
        assertThat(draft).contains(title).contains(">Utkast<").contains(">Publicera<").contains("Måndag 08:00–12:00")
                .contains(supervisorName).contains("SFI kurs B").contains("57.72, 12.94")
                .contains("Alla organisationer i regionen").contains("Buss 3 till Exempelgatan");
        mvc.perform(get("/platser/" + place).session(as(DemoUsers.COORDINATOR))).andExpect(status().isNotFound());

        String open = submit("/platser/" + place + "/status", DemoUsers.EMPLOYER_MANAGER,
                Map.of("status", "OPEN", "lockVersion", String.valueOf(lockVersion("placement", place))));
        assertThat(open).contains("Platsen är publicerad.").contains(">Öppen<").contains(">Pausa<").contains(">Stäng<")
                .contains("href=\"/platser/" + place + "/matchning\"");
        String word = title.substring(title.lastIndexOf(' ') + 1);
        assertThat(page(DemoUsers.COORDINATOR, "/platser?q=" + word)).contains(title).contains("2 av 2");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/platser?egna=true&status=OPEN&q=" + word)).contains(title)
                .contains("checked");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/platser?status=DRAFT&q=" + word)).doesNotContain(title);

        String edit = page(DemoUsers.EMPLOYER_MANAGER, "/platser/" + place + "/andra");
        assertThat(edit).contains("Ändra plats").contains(word + "\"").contains("value=\"08:00\"");
        mvc.perform(get("/platser/" + place + "/andra").session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isForbidden());
        Map<String, String> changed = placeForm(title + " (ändrad)", supervisor);
        changed.put("lockVersion", String.valueOf(lockVersion("placement", place)));
        changed.put("schedule[3].day", "FRIDAY");
        changed.put("schedule[3].from", "13:00");
        changed.put("schedule[3].to", "16:30");
        assertThat(submit("/platser/" + place, DemoUsers.EMPLOYER_MANAGER, changed)).contains("Platsen är sparad.")
                .contains(title + " (ändrad)").contains("Fredag 13:00–16:30").contains(">Öppen<");

        // A stale version is an error summary, not an error page
        changed.put("lockVersion", "0");
        String stale = mvc.perform(form(post("/platser/" + place), DemoUsers.EMPLOYER_MANAGER, changed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Det finns fel i formuläret")
                .contains("Någon annan har ändrat platsen under tiden. Läs in den igen.");

        // Coordinators keep quality notes; others do not see them
        String note = "Bra introduktion och tålmodig handledning " + System.nanoTime();
        assertThat(submit("/platser/" + place + "/kvalitet", DemoUsers.COORDINATOR,
                Map.of("rating", "GOOD", "note", note))).contains(note).contains("Anteckningen är sparad.");
        String emptyNote = mvc.perform(form(post("/platser/" + place + "/kvalitet"), DemoUsers.COORDINATOR, Map.of()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(emptyNote).contains("Det finns fel i formuläret").contains("href=\"#rating\"")
                .contains("href=\"#note\"").contains("Skriv varför");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/platser/" + place)).doesNotContain(note)
                .doesNotContain("id=\"kvalitet\"");
        mvc.perform(form(post("/platser/" + place + "/kvalitet"), DemoUsers.EMPLOYER_MANAGER,
                Map.of("rating", "GOOD", "note", "Inte min sak"))).andExpect(status().isForbidden());

        // Pause, then a stale reopening is a message on the page
        assertThat(submit("/platser/" + place + "/status", DemoUsers.EMPLOYER_MANAGER,
                Map.of("status", "PAUSED", "lockVersion", String.valueOf(lockVersion("placement", place)))))
                .contains(">Pausad<").contains(">Öppna igen<").contains(">Stäng<");
        assertThat(submit("/platser/" + place + "/status", DemoUsers.EMPLOYER_MANAGER,
                Map.of("status", "OPEN", "lockVersion", "0")))
                .contains("Någon annan har ändrat platsen under tiden. Läs in den igen.").contains(">Pausad<");
        mvc.perform(form(post("/platser/" + place + "/status"), DemoUsers.COORDINATOR,
                Map.of("status", "CLOSED", "lockVersion", String.valueOf(lockVersion("placement", place)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputComesBackAsAnErrorSummaryLinkingToTheFields() throws Exception {
        String empty = mvc.perform(form(post("/platser"), DemoUsers.EMPLOYER_MANAGER, Map.of("seats", "", "startsOn", "")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Det finns fel i formuläret")
                .contains("href=\"#unitId\"").contains("Välj vilken enhet platsen finns på")
                .contains("href=\"#type\"").contains("href=\"#title\"").contains("Skriv en rubrik för platsen")
                .contains("href=\"#seats\"").contains("href=\"#startsOn\"");

        Map<String, String> bad = placeForm("Felaktig plats", null);
        bad.put("seats", "två");
        bad.put("latitude", "norr");
        bad.put("schedule[1].day", "TUESDAY");
        bad.put("schedule[1].from", "");
        bad.put("schedule[1].to", "");
        String typed = mvc.perform(form(post("/platser"), DemoUsers.EMPLOYER_MANAGER, bad))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(typed).contains("href=\"#seats\"").contains("Skriv ett heltal med siffror")
                .contains("href=\"#latitude\"").contains("Skriv ett tal, till exempel 57,72")
                .contains("href=\"#schedule[1].from\"").contains("Ange när passet börjar")
                .contains("href=\"#schedule[1].to\"").contains("id=\"schedule[1].from\"");

        // Problems only the service finds: end before start, a shift that ends before it starts, half a location
        Map<String, String> wrong = placeForm("Felaktig plats", null);
        wrong.put("endsOn", TestDates.today().minusYears(1).toString());
        wrong.put("schedule[0].to", "07:00");
        wrong.remove("longitude");
        String refused = mvc.perform(form(post("/platser"), DemoUsers.EMPLOYER_MANAGER, wrong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Det finns fel i formuläret")
                .contains("href=\"#endsOn\"").contains("Slutdatum kan inte vara före startdatum")
                .contains("href=\"#schedule[0].to\"").contains("Passet måste sluta efter att det börjar")
                .contains("href=\"#longitude\"").contains("Ange både latitud och longitud, eller ingen av dem");

        Map<String, String> partners = placeForm("Delad plats", null);
        partners.put("sharing", "PARTNERS");
        assertThat(mvc.perform(form(post("/platser"), DemoUsers.EMPLOYER_MANAGER, partners))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#partnerOrganisationIds\"")
                .contains("Välj minst en partnerorganisation, eller dela på annat sätt");

        String supervisor = mvc.perform(form(post("/handledare"), DemoUsers.EMPLOYER_MANAGER,
                        Map.of("capacity", "11"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(supervisor).contains("Det finns fel i formuläret").contains("href=\"#unitId\"")
                .contains("href=\"#name\"").contains("Skriv handledarens namn")
                .contains("Kapaciteten ska vara mellan 0 och 10");

        // Without CSRF token nothing is saved
        mvc.perform(post("/platser").session(as(DemoUsers.EMPLOYER_MANAGER)).param("title", "Utan token"))
                .andExpect(status().isForbidden());
    }

    // --- the proposal, from answer to active -------------------------------------------------------------------------

    @Test
    void aProposalGoesFromTheEmployersAnswerToAnActivePlacementThroughTheForms() throws Exception {
        UUID supervisor = createSupervisor("Handledare " + System.nanoTime(), 2);
        String title = "Praktik i köket " + System.nanoTime();
        UUID place = createPlace(title, supervisor);
        publish(place);
        String lastName = "Sidtest" + System.nanoTime();
        UUID participant = consentingParticipant("Nadia", lastName);

        String placePage = propose(place, participant, 81);
        assertThat(placePage).contains("Nadia " + lastName + " är föreslagen till platsen.")
                .contains("Föreslagen").contains(">81<");

        String inbox = page(DemoUsers.EMPLOYER_MANAGER, "/forslag");
        assertThat(inbox).contains("Nadia " + lastName).contains(title).contains("Föreslagen");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/forslag?status=ACTIVE")).doesNotContain("Nadia " + lastName);
        UUID unit = jdbc.sql("select unit_id from placement where id = :p").param("p", place).query(UUID.class).single();
        UUID otherUnit = unit.equals(PlacementJson.HEMTJANST_NORR) ? PlacementJson.TILLAGNINGSKOKET : PlacementJson.HEMTJANST_NORR;
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/forslag?unit=" + unit)).contains("Nadia " + lastName)
                .contains("<option value=\"" + unit + "\" selected=\"selected\"");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/forslag?unit=" + otherUnit)).doesNotContain("Nadia " + lastName);
        UUID proposal = jdbc.sql("select id from placement_proposal where placement_id = :p").param("p", place)
                .query(UUID.class).single();

        String forEmployer = page(DemoUsers.EMPLOYER_MANAGER, "/forslag/" + proposal);
        assertThat(forEmployer).contains("Ert svar").contains("Acceptera – vi tar emot deltagaren")
                .contains("81 av 100").contains("Vill arbeta med mat");
        String forCoordinator = page(DemoUsers.COORDINATOR, "/forslag/" + proposal);
        assertThat(forCoordinator).doesNotContain("Acceptera – vi tar emot").contains("Dra tillbaka förslaget");
        mvc.perform(get("/forslag/" + proposal).session(as(DemoUsers.PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(get("/forslag/" + proposal).session(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER)))
                .andExpect(status().isForbidden());

        // The employer declines without a reason: an error summary; then accepts
        String noReason = mvc.perform(form(post("/forslag/" + proposal + "/svar"), DemoUsers.EMPLOYER_MANAGER,
                Map.of("decision", "DECLINE", "lockVersion", lock(proposal)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Det finns fel i formuläret").contains("href=\"#declineReason\"")
                .contains("Ange varför ni tackar nej");
        mvc.perform(form(post("/forslag/" + proposal + "/svar"), DemoUsers.COORDINATOR,
                Map.of("decision", "ACCEPT", "lockVersion", lock(proposal)))).andExpect(status().isForbidden());
        assertThat(submit("/forslag/" + proposal + "/svar", DemoUsers.EMPLOYER_MANAGER,
                Map.of("decision", "ACCEPT", "note", "Välkommen!", "lockVersion", lock(proposal))))
                .contains("Ert svar är sparat.").contains("Accepterad");
        assertThat(page(DemoUsers.COORDINATOR, "/forslag/" + proposal)).contains("Accepterad")
                .contains("Kom överens om starten").contains("Välkommen!");

        // The coordinator agrees the start: without a supervisor first
        String noSupervisor = mvc.perform(form(post("/forslag/" + proposal + "/start"), DemoUsers.COORDINATOR,
                Map.of("startsOn", TestDates.today().toString(), "lockVersion", lock(proposal))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noSupervisor).contains("href=\"#supervisorId\"").contains("Välj handledare");
        assertThat(submit("/forslag/" + proposal + "/start", DemoUsers.COORDINATOR,
                Map.of("startsOn", TestDates.today().toString(), "endsOn", TestDates.today().plusWeeks(8).toString(),
                        "supervisorId", supervisor.toString(), "lockVersion", lock(proposal))))
                .contains("Starten är överenskommen.").contains("Start överenskommen");

        String agreed = submit("/forslag/" + proposal + "/overenskommelse", DemoUsers.COORDINATOR,
                Map.of("goals", "Laga enkel mat", "tasks", "Diska och duka", "hours", "Mån och ons 8–12",
                        "followUp", "Trepartssamtal var fjärde vecka", "lockVersion", lock(proposal)));
        assertThat(agreed).contains("Överenskommelsen är sparad.").contains("Laga enkel mat").contains("Trepartssamtal")
                .contains("Registrera deltagarens godkännande (vid möte)").contains("Godkänn som koordinator")
                .doesNotContain("Godkänn för arbetsgivaren").doesNotContain("Aktivera placeringen");

        approve(proposal, DemoUsers.COORDINATOR, "PARTICIPANT");
        approve(proposal, DemoUsers.COORDINATOR, "COORDINATOR");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/forslag/" + proposal)).contains("Godkänn för arbetsgivaren")
                .doesNotContain("Godkänn som koordinator");
        assertThat(approve(proposal, DemoUsers.EMPLOYER_MANAGER, "EMPLOYER"))
                .contains("Arbetsgivarens godkännande är registrerat.").doesNotContain("Godkänn för arbetsgivaren");
        // Approving twice is refused with a message, not an error page
        assertThat(approve(proposal, DemoUsers.EMPLOYER_MANAGER, "EMPLOYER"))
                .contains("Överenskommelsen är redan godkänd av den parten");

        assertThat(page(DemoUsers.COORDINATOR, "/forslag/" + proposal)).contains("Aktivera placeringen")
                .contains("(vid möte)");
        String active = submit("/forslag/" + proposal + "/aktivera", DemoUsers.COORDINATOR,
                Map.of("lockVersion", lock(proposal)));
        assertThat(active).contains("Placeringen är aktiv.").contains(">Aktiv<").contains("Avsluta placeringen")
                .contains("Laga enkel mat").contains("Mån och ons 8–12");
        assertThat(jdbc.sql("select status from placement_proposal where id = :id").param("id", proposal)
                .query(String.class).single()).isEqualTo("ACTIVE");

        // Ending early needs a reason
        String noEndReason = mvc.perform(form(post("/forslag/" + proposal + "/avsluta"), DemoUsers.COORDINATOR,
                Map.of("completed", "false", "endedOn", TestDates.today().toString(), "lockVersion", lock(proposal))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noEndReason).contains("href=\"#reason\"").contains("Ange varför placeringen avbröts");
        assertThat(page(DemoUsers.COORDINATOR, "/forslag/" + proposal + "?lang=en")).contains("End the placement")
                .contains("Placement agreement");
        assertThat(submit("/forslag/" + proposal + "/avsluta", DemoUsers.COORDINATOR, Map.of("completed", "true",
                "endedOn", TestDates.today().toString(), "lockVersion", lock(proposal))))
                .contains("Placeringen är avslutad.").contains(">Genomförd<");
    }

    // --- only the parties change a proposal ---------------------------------------------------------------------------

    /**
     * Arbetsförmedlingen's coordinator sees the participant through a consent, but neither is responsible for them,
     * proposed them, nor hosts the place: at every step the proposal page shows them no form, and posting the forms
     * anyway is refused, while the parties see the same forms and use them.
     */
    @Test
    void aConsentSharingNonPartyReadsTheProposalButGetsNoFormsAndIsRefusedWhenPostingThem() throws Exception {
        String nonParty = DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR;
        UUID supervisor = createSupervisor("Handledare " + System.nanoTime(), 2);
        UUID place = createPlace("Praktik i tvätteriet " + System.nanoTime(), supervisor);
        publish(place);
        String lastName = "Partstest" + System.nanoTime();
        UUID participant = consentingParticipant("Selma", lastName);
        shareWithTheEmploymentService(participant);
        propose(place, participant, 70);
        UUID proposal = jdbc.sql("select id from placement_proposal where placement_id = :p").param("p", place)
                .query(UUID.class).single();
        String path = "/forslag/" + proposal;

        // Proposed: the proposing coordinator may withdraw, the employer answers
        assertThat(page(DemoUsers.COORDINATOR, path)).contains(formTo(proposal, "aterkalla"));
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, path)).contains(formTo(proposal, "svar"));
        assertReadsWithoutForms(nonParty, proposal, "Selma " + lastName);
        refused(nonParty, path + "/aterkalla", Map.of("lockVersion", lock(proposal)));
        refused(nonParty, path + "/svar", Map.of("decision", "ACCEPT", "lockVersion", lock(proposal)));
        submit(path + "/svar", DemoUsers.EMPLOYER_MANAGER, Map.of("decision", "ACCEPT", "lockVersion", lock(proposal)));

        // Accepted: the start
        Map<String, String> start = Map.of("startsOn", TestDates.today().toString(), "endsOn",
                TestDates.today().plusWeeks(8).toString(), "supervisorId", supervisor.toString(), "lockVersion", lock(proposal));
        assertThat(page(DemoUsers.COORDINATOR, path)).contains(formTo(proposal, "start"));
        assertReadsWithoutForms(nonParty, proposal, "Accepterad");
        refused(nonParty, path + "/start", start);
        assertThat(submit(path + "/start", DemoUsers.COORDINATOR, start)).contains("Starten är överenskommen.");

        // Agreed: the agreement
        Map<String, String> agreement = Map.of("goals", "Sortera och vika tvätt", "tasks", "Tvätta och vika",
                "hours", "Tis och tor 8–12", "followUp", "Samtal varannan vecka", "lockVersion", lock(proposal));
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, path)).contains(formTo(proposal, "overenskommelse"));
        assertReadsWithoutForms(nonParty, proposal, "Start överenskommen");
        refused(nonParty, path + "/overenskommelse", agreement);
        assertThat(submit(path + "/overenskommelse", DemoUsers.COORDINATOR, agreement))
                .contains("Överenskommelsen är sparad.");

        // Written: the approvals, each by its party
        assertThat(page(DemoUsers.COORDINATOR, path)).contains(formTo(proposal, "godkann"));
        assertReadsWithoutForms(nonParty, proposal, "Sortera och vika tvätt");
        for (String party : new String[] {"PARTICIPANT", "EMPLOYER", "COORDINATOR"}) {
            refused(nonParty, path + "/godkann", Map.of("party", party));
        }
        approve(proposal, DemoUsers.COORDINATOR, "PARTICIPANT");
        approve(proposal, DemoUsers.COORDINATOR, "COORDINATOR");
        approve(proposal, DemoUsers.EMPLOYER_MANAGER, "EMPLOYER");
        assertThat(jdbc.sql("select count(*) from placement_agreement_approval where proposal_id = :id")
                .param("id", proposal).query(Long.class).single()).as("only the parties' approvals").isEqualTo(3);

        // Approved: activation
        assertThat(page(DemoUsers.COORDINATOR, path)).contains(formTo(proposal, "aktivera"));
        assertReadsWithoutForms(nonParty, proposal, "Sortera och vika tvätt");
        refused(nonParty, path + "/aktivera", Map.of("lockVersion", lock(proposal)));
        assertThat(submit(path + "/aktivera", DemoUsers.COORDINATOR, Map.of("lockVersion", lock(proposal))))
                .contains("Placeringen är aktiv.");

        // Active: the end (the host employer may end it too)
        Map<String, String> end = Map.of("completed", "true", "endedOn", TestDates.today().toString(),
                "lockVersion", lock(proposal));
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, path)).contains(formTo(proposal, "avsluta"));
        assertReadsWithoutForms(nonParty, proposal, ">Aktiv<");
        refused(nonParty, path + "/avsluta", end);
        assertThat(jdbc.sql("select status from placement_proposal where id = :id").param("id", proposal)
                .query(String.class).single()).as("the placement is still active").isEqualTo("ACTIVE");
        assertThat(submit(path + "/avsluta", DemoUsers.COORDINATOR, end)).contains("Placeringen är avslutad.");
    }

    /** Waiving a requirement is for the coordinators responsible for the participant; the pair is read by consent. */
    @Test
    void onlyTheCoordinatorResponsibleForTheParticipantIsOfferedAndMayUseTheWaiver() throws Exception {
        UUID participant = consentingParticipant("Vera", "Undantagstest" + System.nanoTime());
        shareWithTheEmploymentService(participant);
        UUID supervisor = createSupervisor("Undantagshandledare " + System.nanoTime(), 1);
        UUID place = createPlace("Kräver SFI D " + System.nanoTime(), supervisor);
        jdbc.sql("UPDATE placement SET min_swedish_level = 'SFI_D' WHERE id = :id").param("id", place).update();
        publish(place);
        String path = "/deltagare/" + participant + "/matchning/plats";

        assertThat(page(DemoUsers.COORDINATOR, path + "?plats=" + place)).contains("Gör undantag");
        assertThat(page(DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR, path + "?plats=" + place)).contains("Inte uppfyllt")
                .doesNotContain("Gör undantag").doesNotContain("/matchning/plats/undantag");
        refused(DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR, path + "/undantag", Map.of("placementId", place.toString(),
                "requirement", "SWEDISH_LEVEL", "reason", "Språkpraktik med stöd av SFI-läraren"));
        assertThat(jdbc.sql("select count(*) from match_waiver where participant_id = :p").param("p", participant)
                .query(Long.class).single()).isZero();
    }

    /** A second consent of the participant, sharing with Arbetsförmedlingen Älvstad (the non-party above). */
    void shareWithTheEmploymentService(UUID participant) throws Exception {
        UUID employmentService = jdbc.sql("select organisation_id from user_account where username = :u")
                .param("u", DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR).query(UUID.class).single();
        mvc.perform(form(post("/deltagare/" + participant + "/samtycken"), DemoUsers.COORDINATOR, Map.of(
                        "purpose", "Samverkan med Arbetsförmedlingen", "organisationIds", employmentService.toString(),
                        "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString())))
                .andExpect(status().is3xxRedirection());
    }

    /** The proposal page as the user sees it: readable (showing text), with no section of actions and no form. */
    void assertReadsWithoutForms(String username, UUID proposal, String text) throws Exception {
        String page = page(username, "/forslag/" + proposal);
        assertThat(page).contains(text).doesNotContain("id=\"atgarder\"");
        for (String action : new String[] {"svar", "start", "overenskommelse", "godkann", "aktivera", "avsluta",
                "aterkalla"}) {
            assertThat(page).as("form %s shown to %s", action, username).doesNotContain(formTo(proposal, action));
        }
    }

    static String formTo(UUID proposal, String action) {
        return "action=\"/forslag/" + proposal + "/" + action + "\"";
    }

    void refused(String username, String path, Map<String, String> params) throws Exception {
        mvc.perform(form(post(path), username, params)).andExpect(status().isForbidden());
    }

    // --- Platsbanken ------------------------------------------------------------------------------------------------

    @Test
    void theParticipantShowsInterestFollowsTheProposalAndApprovesTheAgreementInPlatsbanken() throws Exception {
        UUID supervisor = createSupervisor("Handledare " + System.nanoTime(), 1);
        String title = "Språkpraktik i hemtjänsten " + System.nanoTime();
        UUID place = createPlace(title, supervisor);
        publish(place);
        String word = title.substring(title.lastIndexOf(' ') + 1);

        String bank = page(DemoUsers.PARTICIPANT, "/platsbanken?q=" + word);
        assertThat(bank).contains("Platsbanken").contains(title).contains("Du hjälper äldre hemma.")
                .contains("Jag är intresserad").contains("Mina förslag");
        assertThat(submit("/platsbanken/" + place + "/intresse", DemoUsers.PARTICIPANT,
                Map.of("note", "Jag tycker om att hjälpa")))
                .contains("Tack! Din koordinator ser att du är intresserad.");
        assertThat(page(DemoUsers.PARTICIPANT, "/platsbanken?q=" + word)).contains("Du har sagt att du är intresserad");
        assertThat(submit("/platsbanken/" + place + "/intresse", DemoUsers.PARTICIPANT, Map.of()))
                .contains("Intresset är redan anmält");
        mvc.perform(form(post("/platsbanken/" + place + "/intresse"), DemoUsers.COORDINATOR, Map.of()))
                .andExpect(status().isForbidden());
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/platser/" + place)).contains("Jag tycker om att hjälpa")
                .contains("Deltagaren själv");
        assertThat(page(DemoUsers.COORDINATOR, "/platsbanken?q=" + word)).contains(title)
                .contains("Öppna platsen").doesNotContain("/intresse\"").doesNotContain("Mina förslag");

        // Proposed, accepted and agreed; the participant approves the agreement herself
        UUID amina = jdbc.sql("select participant_id from user_account where username = 'deltagare'")
                .query(UUID.class).single();
        propose(place, amina, 64);
        UUID proposal = jdbc.sql("select id from placement_proposal where placement_id = :p").param("p", place)
                .query(UUID.class).single();
        assertThat(page(DemoUsers.COORDINATOR, "/deltagare/" + amina)).contains("href=\"/deltagare/" + amina + "/matchning\"");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/deltagare/" + amina)).doesNotContain("/matchning\"");
        submit("/forslag/" + proposal + "/svar", DemoUsers.EMPLOYER_MANAGER,
                Map.of("decision", "ACCEPT", "lockVersion", lock(proposal)));
        submit("/forslag/" + proposal + "/start", DemoUsers.COORDINATOR, Map.of("startsOn", TestDates.today().toString(),
                "supervisorId", supervisor.toString(), "lockVersion", lock(proposal)));
        submit("/forslag/" + proposal + "/overenskommelse", DemoUsers.COORDINATOR,
                Map.of("goals", "Prata svenska med brukarna", "tasks", "Handla och städa", "hours", "Tisdagar 9–12",
                        "followUp", "Samtal varannan vecka", "lockVersion", lock(proposal)));

        String mine = page(DemoUsers.PARTICIPANT, "/platsbanken");
        assertThat(mine).contains(title).contains("Start överenskommen").contains("Prata svenska med brukarna")
                .contains("Ja, jag godkänner").doesNotContain("Vill arbeta med mat och människor");
        assertThat(submit("/platsbanken/forslag/" + proposal + "/godkann", DemoUsers.PARTICIPANT, Map.of()))
                .contains("Tack! Du har godkänt överenskommelsen.").contains("Du har godkänt överenskommelsen");
        assertThat(jdbc.sql("select in_meeting from placement_agreement_approval where proposal_id = :id and party = 'PARTICIPANT'")
                .param("id", proposal).query(Boolean.class).single()).isFalse();

        String ukrainian = page(DemoUsers.PARTICIPANT, "/platsbanken?lang=uk");
        assertThat(ukrainian).contains("Банк місць").contains("Мої пропозиції").contains("Початок узгоджено");
        String arabic = page(DemoUsers.PARTICIPANT, "/platsbanken?lang=ar");
        assertThat(arabic).contains("dir=\"rtl\"").contains("بنك الأماكن").contains("اقتراحاتي");
        assertThat(page(DemoUsers.PARTICIPANT, "/platsbanken?lang=en")).contains("Job bank").contains("My proposals");
    }

    @Test
    void theSupervisorInventoryAndTheReportWithTheStaffCount() throws Exception {
        String name = "Handledare " + System.nanoTime();
        UUID supervisor = createSupervisor(name, 3);
        String edit = page(DemoUsers.EMPLOYER_MANAGER, "/handledare/" + supervisor + "/andra");
        assertThat(edit).contains("Ändra handledare").contains("value=\"" + name + "\"").contains("Leila Mansour");
        assertThat(submit("/handledare/" + supervisor, DemoUsers.EMPLOYER_MANAGER, Map.of("unitId", UNIT,
                        "name", name + " Berg", "capacity", "2", "willing", "true",
                        "lockVersion", String.valueOf(lockVersion("supervisor", supervisor)))))
                .contains("Handledaren " + name + " Berg är sparad.");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/handledare?enhet=" + UNIT)).contains(name + " Berg").contains("2 av 2");
        mvc.perform(get("/handledare/" + supervisor + "/andra").session(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER)))
                .andExpect(status().isNotFound());

        String report = page(DemoUsers.EMPLOYER_MANAGER, "/handledare/rapport");
        assertThat(report).contains("Handledning per enhet").contains("Hemtjänst Norr")
                .contains("Antal anställda på Hemtjänst Norr");
        assertThat(submit("/handledare/rapport/enheter/" + UNIT, DemoUsers.EMPLOYER_MANAGER, Map.of("staffCount", "40")))
                .contains("Antalet anställda är sparat.").contains("value=\"40\"").contains("% av de anställda");
        assertThat(submit("/handledare/rapport/enheter/" + UNIT, DemoUsers.EMPLOYER_MANAGER, Map.of("staffCount", "många")))
                .contains("Antal anställda ska vara mellan 0 och 100 000");
        mvc.perform(form(post("/handledare/rapport/enheter/" + UNIT), DemoUsers.SUPERVISOR,
                Map.of("staffCount", "5"))).andExpect(status().isForbidden());
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, "/handledare/rapport?lang=en")).contains("Supervision by unit");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A session signed in through the login form, one per user for the whole class. */
    @Test
    void theCoordinatorSetsWhatTheParticipantSeeksWaivesARequirementAndAllocatesACohortOnThePages() throws Exception {
        UUID participant = consentingParticipant("Valida", "Sidtest");
        String path = "/deltagare/" + participant + "/matchning";
        assertThat(submit(path + "/profil", DemoUsers.COORDINATOR, Map.of("seeking", "true", "travelMode",
                "PUBLIC_TRANSPORT", "maxTravelMinutes", "45", "interests", "5330, 9111", "homeLatitude", "57,72",
                "homeLongitude", "12.94"))).contains("Det deltagaren söker är sparat.").contains("5330, 9111");
        assertThat(submit(path + "/profil", DemoUsers.COORDINATOR, Map.of("seeking", "true", "travelMode",
                "PUBLIC_TRANSPORT", "maxTravelMinutes", "500"))).contains("govuk-error-summary")
                .contains("Längsta restid ska vara mellan 5 och 180 minuter");

        UUID supervisor = createSupervisor("Undantagshandledare " + System.nanoTime(), 2);
        Map<String, String> fields = placeForm("Kräver SFI D " + System.nanoTime(), supervisor);
        fields.put("minSwedishLevel", "SFI_D");
        UUID place = createPlace(fields.get("title"), supervisor);
        jdbc.sql("UPDATE placement SET min_swedish_level = 'SFI_D' WHERE id = :id").param("id", place).update();
        publish(place);

        String pair = page(DemoUsers.COORDINATOR, path + "/plats?plats=" + place);
        assertThat(pair).contains("Deltagaren uppfyller inte alla krav").contains("Inte uppfyllt").contains("Gör undantag");
        assertThat(submit(path + "/plats/undantag", DemoUsers.COORDINATOR, Map.of("placementId", place.toString(),
                "requirement", "SWEDISH_LEVEL", "reason", "kort"))).contains("Motiveringen ska vara 10–1000 tecken");
        assertThat(submit(path + "/plats/undantag", DemoUsers.COORDINATOR, Map.of("placementId", place.toString(),
                "requirement", "SWEDISH_LEVEL", "reason", "Språkpraktik med stöd av SFI-läraren")))
                .contains("Undantaget är sparat.").contains("Deltagaren uppfyller kraven.")
                .contains("Språkpraktik med stöd av SFI-läraren");

        String empty = mvc.perform(post("/fordelning").session(as(DemoUsers.COORDINATOR)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("govuk-error-summary").contains("Välj minst en deltagare");
        String proposed = mvc.perform(post("/fordelning").session(as(DemoUsers.COORDINATOR)).with(csrf())
                        .param("participantIds", participant.toString()).param("placementIds", place.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(proposed).contains("Förslag till fördelning").contains("Valida Sidtest")
                .contains("1 deltagare får en plats och 0 får ingen");
        assertThat(submit("/fordelning/bekrafta", DemoUsers.COORDINATOR, Map.of("keep", participant + ":" + place)))
                .contains("1 förslag är skickade till arbetsgivarna.");
        assertThat(jdbc.sql("select status from placement_proposal where participant_id = :p and placement_id = :pl")
                .param("p", participant).param("pl", place).query(String.class).single()).isEqualTo("PROPOSED");
    }

    Map<String, String> placeForm(String title, UUID supervisor) {
        Map<String, String> f = new HashMap<>();
        f.put("unitId", UNIT);
        f.put("type", "INTERNSHIP");
        f.put("title", title);
        f.put("easyDescription", "Du hjälper äldre hemma. Du har en handledare.");
        f.put("occupationLabel", "Vårdbiträde");
        f.put("ssykCode", "5330");
        f.put("seats", "2");
        f.put("shift", "DAY");
        f.put("hoursPerWeek", "8");
        f.put("startsOn", TestDates.today().minusDays(1).toString());
        f.put("endsOn", TestDates.today().plusWeeks(12).toString());
        f.put("schedule[0].day", "MONDAY");
        f.put("schedule[0].from", "08:00");
        f.put("schedule[0].to", "12:00");
        f.put("minSwedishLevel", "SFI_B");
        f.put("city", "Älvstad");
        f.put("latitude", "57,72");
        f.put("longitude", "12.94");
        f.put("travelDirections", "Buss 3 till Exempelgatan");
        f.put("sharing", "REGION");
        if (supervisor != null) {
            f.put("supervisorIds", supervisor.toString());
        }
        return f;
    }

    UUID createPlace(String title, UUID supervisor) throws Exception {
        MvcResult created = mvc.perform(form(post("/platser"), DemoUsers.EMPLOYER_MANAGER, placeForm(title, supervisor)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/platser/[0-9a-f-]{36}");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, location)).contains("Platsen är sparad som utkast");
        return UUID.fromString(location.substring("/platser/".length()));
    }

    void publish(UUID place) throws Exception {
        assertThat(submit("/platser/" + place + "/status", DemoUsers.EMPLOYER_MANAGER,
                Map.of("status", "OPEN", "lockVersion", String.valueOf(lockVersion("placement", place)))))
                .contains("Platsen är publicerad.");
    }

    UUID createSupervisor(String name, int capacity) throws Exception {
        assertThat(submit("/handledare", DemoUsers.EMPLOYER_MANAGER, Map.of("unitId", UNIT, "name", name,
                        "title", "Undersköterska", "supervisorTrainingOn", TestDates.today().minusYears(1).toString(),
                        "capacity", String.valueOf(capacity), "willing", "true")))
                .contains("Handledaren " + name + " är sparad.").contains(name);
        return jdbc.sql("select id from supervisor where name = :name").param("name", name).query(UUID.class).single();
    }

    /** A participant registered on the pages by the coordinator, consenting to share with Älvstad's elder care. */
    UUID consentingParticipant(String firstName, String lastName) throws Exception {
        MvcResult created = mvc.perform(form(post("/deltagare"), DemoUsers.COORDINATOR, Map.of("firstName", firstName,
                        "lastName", lastName, "gender", "WOMAN", "swedishLevel", "SFI_C", "educationLevel", "PRIMARY",
                        "referralSource", "MUNICIPAL_LABOUR_MARKET", "incomeSource", "SOCIAL_ASSISTANCE",
                        "status", "MAPPING")))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().substring("/deltagare/".length()));
        mvc.perform(form(post("/deltagare/" + id + "/samtycken"), DemoUsers.COORDINATOR, Map.of(
                        "purpose", "Praktik i äldreomsorgen", "organisationIds", PlacementJson.ALVSTAD_CARE.toString(),
                        "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString())))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    /**
     * Proposes through the matching page's form (the form needs no matching service, only the list does); returns
     * the place page it leads to.
     */
    String propose(UUID place, UUID participant, int score) throws Exception {
        return submit("/platser/" + place + "/matchning/forslag", DemoUsers.COORDINATOR,
                Map.of("participantId", participant.toString(), "score", String.valueOf(score),
                        "motivation", "Vill arbeta med mat och människor"));
    }

    String approve(UUID proposal, String username, String party) throws Exception {
        return submit("/forslag/" + proposal + "/godkann", username, Map.of("party", party));
    }

    String lock(UUID proposal) {
        return String.valueOf(lockVersion("placement_proposal", proposal));
    }

    long lockVersion(String table, UUID id) {
        return jdbc.sql("select lock_version from " + table + " where id = :id").param("id", id).query(Long.class)
                .single();
    }
}
