package se.kompetenskedjan.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The validation pages on the demo data, signed in through the login form (CSRF on every post): templates, tailoring
 * a placement's checklist, assessing, signing (and signing again refused), the history, and the participant's
 * self-assessment in easy Swedish and Ukrainian. Bad input comes back as an error summary, never an error page.
 */
class ChecklistPagesTests extends PageTest {

    static final UUID YONAS = PlacementJson.demoId("participant:14");

    @Autowired
    JdbcClient jdbc;

    Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/checklistmallar", DemoUsers.COORDINATOR, 200),
                Arguments.of("/checklistmallar", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/checklistmallar?bransch=WAREHOUSE", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/checklistmallar", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/platser/" + spraakpraktik() + "/checklistor", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/platser/" + spraakpraktik() + "/checklistor", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/deltagare/" + YONAS + "/bedomningar", DemoUsers.COORDINATOR, 200),
                Arguments.of("/deltagare/" + YONAS + "/bedomningar", DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, 403),
                Arguments.of("/deltagare/" + YONAS + "/bedomningar", DemoUsers.ANALYST, 403),
                Arguments.of("/min-sida/sjalvskattning", DemoUsers.PARTICIPANT, 200),
                Arguments.of("/min-sida/sjalvskattning/" + UUID.randomUUID(), DemoUsers.PARTICIPANT, 404));
    }

    @ParameterizedTest(name = "{0} som {1} → {2}")
    @MethodSource("pages")
    void whoGetsWhichPage(String path, String user, int expected) throws Exception {
        mvc.perform(get(path).session(as(user))).andExpect(status().is(expected));
    }

    UUID spraakpraktik() {
        return jdbc.sql("SELECT id FROM placement WHERE title = 'Språkpraktik i hemtjänsten' AND organisation_id = :o")
                .param("o", PlacementJson.ALVSTAD_CARE).query(UUID.class).single();
    }

    @Test
    void templatesShowTheirItemsAndDescriptors() throws Exception {
        String list = page(DemoUsers.COORDINATOR, "/checklistmallar?bransch=CLEANING");
        assertThat(list).contains("Lokalvård").contains("Plattformen (gemensam mall)").doesNotContain("Lager med truck");
        UUID id = jdbc.sql("SELECT id FROM checklist_template WHERE title = 'Lokalvård' AND organisation_id IS NULL")
                .query(UUID.class).single();
        assertThat(page(DemoUsers.SUPERVISOR, "/checklistmallar/" + id)).contains("Följer färgkoderna")
                .contains("Kan följa färgkoderna självständigt och enligt rutinen.").contains("Med visst stöd");
    }

    @Test
    void tailorAssessAndSignThroughThePages() throws Exception {
        UUID place = spraakpraktik();
        UUID template = jdbc.sql("SELECT id FROM checklist_template WHERE industry = 'HOME_CARE' AND organisation_id IS NULL")
                .query(UUID.class).single();
        String title = "Sidtest " + System.nanoTime();
        String created = submit("/platser/" + place + "/checklistor", DemoUsers.SUPERVISOR,
                Map.of("templateId", template.toString(), "title", title));
        assertThat(created).contains(title).contains("Checklistan är skapad").contains("Skapad från mall");
        UUID checklist = jdbc.sql("SELECT id FROM checklist WHERE title = :t").param("t", title).query(UUID.class).single();

        String refused = mvc.perform(form(post("/checklistor/" + checklist + "/punkter"), DemoUsers.SUPERVISOR,
                Map.of("text", "", "easyText", "", "lockVersion", lock(checklist)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("Skriv punktens text");
        assertThat(submit("/checklistor/" + checklist + "/punkter", DemoUsers.COORDINATOR, Map.of("text",
                "Tar på skoskydd hos brukaren", "easyText", "Jag sätter på skoskydd.", "lockVersion", lock(checklist))))
                .contains("Tar på skoskydd hos brukaren").contains("Punkt tillagd").contains("Sara Nyström");
        UUID first = jdbc.sql("SELECT id FROM checklist_item WHERE checklist_id = :c AND position = 1")
                .param("c", checklist).query(UUID.class).single();
        assertThat(submit("/checklistor/" + checklist + "/punkter/" + first, DemoUsers.SUPERVISOR, Map.of(
                "text", "Spritar händerna före och efter varje besök", "easyText", "Jag spritar händerna.",
                "lockVersion", lock(checklist)))).contains("Punkt omformulerad").contains("Spritar händerna före");
        assertThat(submit("/checklistor/" + checklist + "/punkter/" + first + "/ta-bort", DemoUsers.SUPERVISOR,
                Map.of("lockVersion", lock(checklist)))).contains("Punkt borttagen").contains("Borttagna punkter");
        String stale = mvc.perform(form(post("/checklistor/" + checklist + "/namn"), DemoUsers.SUPERVISOR,
                Map.of("title", "Nytt namn", "lockVersion", "0"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stale).contains("Någon annan har ändrat checklistan");

        // Assess Yonas: the form has a radio group per item with the descriptors as hints.
        String form = page(DemoUsers.SUPERVISOR, "/checklistor/" + checklist + "/bedom?deltagare=" + YONAS);
        assertThat(form).contains("type=\"radio\"").contains("Kan städa enligt checklistan med visst stöd")
                .contains("<legend");
        mvc.perform(get("/checklistor/" + checklist + "/bedom").param("deltagare", YONAS.toString())
                .session(as("handledare2"))).andExpect(status().isForbidden());
        int draftsBefore = draftsOnTheStartPage(DemoUsers.SUPERVISOR);
        UUID item = jdbc.sql("SELECT id FROM checklist_item WHERE checklist_id = :c AND removed_at IS NULL AND NOT yes_no"
                + " ORDER BY position LIMIT 1").param("c", checklist).query(UUID.class).single();
        MvcResult draft = mvc.perform(form(post("/checklistor/" + checklist + "/bedom").param("deltagare", YONAS.toString()),
                DemoUsers.SUPERVISOR, Map.of("assessedOn", TestDates.today().toString(), "level-" + item, "2",
                        "comment-" + item, "Bra"))).andExpect(status().is3xxRedirection()).andReturn();
        String assessmentPath = draft.getResponse().getRedirectedUrl();
        assertThat(assessmentPath).startsWith("/bedomningar/");
        UUID assessment = UUID.fromString(assessmentPath.substring("/bedomningar/".length()));
        assertThat(page(DemoUsers.SUPERVISOR, assessmentPath)).contains("Utkast").contains("Signera bedömningen");
        assertThat(draftsOnTheStartPage(DemoUsers.SUPERVISOR)).as("the draft waits on the start page")
                .isEqualTo(draftsBefore + 1);
        assertThat(submit(assessmentPath + "/bevis", DemoUsers.SUPERVISOR, Map.of("note", "Såg henne städa badrummet")))
                .contains("Såg henne städa badrummet");
        String outOfScale = mvc.perform(form(post(assessmentPath), DemoUsers.SUPERVISOR, Map.of("assessedOn",
                TestDates.today().toString(), "level-" + item, "7", "lockVersion", assessmentLock(assessment))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outOfScale).contains("govuk-error-summary").contains("Nivån måste vara 0, 1, 2 eller 3");
        assertThat(submit(assessmentPath + "/signera", DemoUsers.SUPERVISOR, Map.of("lockVersion",
                assessmentLock(assessment)))).contains("Signerad").contains("Bedömningen är signerad")
                .doesNotContain("Signera bedömningen");
        assertThat(draftsOnTheStartPage(DemoUsers.SUPERVISOR)).as("signed, no longer waiting").isEqualTo(draftsBefore);
        String again = mvc.perform(form(post(assessmentPath + "/signera"), DemoUsers.SUPERVISOR,
                Map.of("lockVersion", assessmentLock(assessment)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("govuk-error-summary").contains("redan signerad");

        assertThat(page(DemoUsers.COORDINATOR, "/deltagare/" + YONAS + "/bedomningar")).contains(title)
                .contains("Leila Mansour (Handledare)").contains("Signerad");
    }

    @Test
    void anEvidenceFileIsDownloadedFromThePageAsAnAttachmentUnderItsSafeName() throws Exception {
        UUID checklist = jdbc.sql("SELECT id FROM checklist WHERE placement_id = :p ORDER BY created_at LIMIT 1")
                .param("p", spraakpraktik()).query(UUID.class).single();
        String assessmentPath = mvc.perform(form(post("/checklistor/" + checklist + "/bedom")
                        .param("deltagare", YONAS.toString()), DemoUsers.SUPERVISOR,
                        Map.of("assessedOn", TestDates.today().toString())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        byte[] pdf = "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(assessmentPath + "/bevis/fil")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "Närvaro.html", "text/html", pdf))
                        .session(as(DemoUsers.SUPERVISOR))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        UUID evidence = jdbc.sql("SELECT id FROM assessment_evidence WHERE assessment_id = :a")
                .param("a", UUID.fromString(assessmentPath.substring("/bedomningar/".length()))).query(UUID.class).single();
        assertThat(page(DemoUsers.SUPERVISOR, assessmentPath)).contains("Närvaro.pdf").doesNotContain("Närvaro.html");

        var download = mvc.perform(get(assessmentPath + "/bevis/" + evidence).session(as(DemoUsers.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Narvaro.pdf\"; filename*=UTF-8''N%C3%A4rvaro.pdf");
        assertThat(download.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void theParticipantAssessesThemselfInEasySwedishAndUkrainian() throws Exception {
        String mine = page(DemoUsers.PARTICIPANT, "/min-sida/sjalvskattning");
        assertThat(mine).contains("Vad kan jag?").contains("Jag själv");
        UUID amina = jdbc.sql("select participant_id from user_account where username = 'deltagare'")
                .query(UUID.class).single();
        UUID checklist = jdbc.sql("""
                SELECT c.id FROM checklist c JOIN placement_proposal pr ON pr.placement_id = c.placement_id
                 WHERE pr.participant_id = :p AND pr.status = 'ACTIVE' ORDER BY c.created_at LIMIT 1""")
                .param("p", amina).query(UUID.class).single();
        String form = page(DemoUsers.PARTICIPANT, "/min-sida/sjalvskattning/" + checklist);
        assertThat(form).contains("Jag behöver lite hjälp").contains("Jag kan själv").contains("<legend");
        assertThat(page(DemoUsers.PARTICIPANT, "/min-sida/sjalvskattning/" + checklist + "?lang=uk"))
                .contains("Що я вмію?").contains("Я можу сам(а)");
        page(DemoUsers.PARTICIPANT, "/min-sida/sjalvskattning?lang=sv");
        String empty = mvc.perform(form(post("/min-sida/sjalvskattning/" + checklist), DemoUsers.PARTICIPANT, Map.of()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("govuk-error-summary").contains("Välj ett svar för minst en uppgift.");
        UUID item = jdbc.sql("SELECT id FROM checklist_item WHERE checklist_id = :c AND removed_at IS NULL AND NOT yes_no"
                + " ORDER BY position LIMIT 1").param("c", checklist).query(UUID.class).single();
        long before = jdbc.sql("SELECT count(*) FROM assessment WHERE participant_id = :p AND assessor_role = 'SELF'"
                + " AND status = 'SIGNED'").param("p", amina).query(Long.class).single();
        assertThat(submit("/min-sida/sjalvskattning/" + checklist, DemoUsers.PARTICIPANT, Map.of("level-" + item, "2")))
                .contains("Tack! Din handledare och koordinator kan se det du har skrivit.");
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE participant_id = :p AND assessor_role = 'SELF'"
                + " AND status = 'SIGNED'").param("p", amina).query(Long.class).single()).isEqualTo(before + 1);
    }

    private String lock(UUID checklist) {
        return String.valueOf(jdbc.sql("SELECT lock_version FROM checklist WHERE id = :id").param("id", checklist)
                .query(Long.class).single());
    }

    private String assessmentLock(UUID assessment) {
        return String.valueOf(jdbc.sql("SELECT lock_version FROM assessment WHERE id = :id").param("id", assessment)
                .query(Long.class).single());
    }

    /** The start page's count of the user's unsigned assessments (0 when the line is not shown). */
    private int draftsOnTheStartPage(String user) throws Exception {
        var line = org.jsoup.Jsoup.parse(page(user, "/")).selectFirst(".kk-attention a[href^=/bedomningar/]");
        if (line == null) {
            return 0;
        }
        assertThat(page(user, line.attr("href"))).as("the line opens a draft").contains("Signera bedömningen");
        return line.text().startsWith("En bedömning") ? 1 : Integer.parseInt(line.text().split(" ")[0]);
    }
}
