package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import se.kompetenskedjan.support.PdfText;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;

/**
 * The language validation and work-ability pages on the demo data, signed in through the login form (CSRF on every
 * post): who gets which page, the progress chart with its table, a new language assessment through the form (and bad
 * input as an error summary), a work-ability form edited into a new version, and an assessment from start to its
 * signed report (HTML and PDF).
 */
class LanguageWorkAbilityPagesTests extends PageTest {

    static final UUID AMINA = PlacementJson.demoId("participant:01");
    static final UUID YONAS = PlacementJson.demoId("participant:14");
    static final UUID ZAHRA = PlacementJson.demoId("participant:17");
    static final UUID LENA = PlacementJson.demoId("participant:05");

    @Autowired
    JdbcClient jdbc;

    Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/deltagare/" + YONAS + "/sprak", DemoUsers.TEACHER, 200),
                Arguments.of("/deltagare/" + YONAS + "/sprak", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/deltagare/" + YONAS + "/sprak", DemoUsers.COORDINATOR, 200),
                Arguments.of("/deltagare/" + YONAS + "/sprak", DemoUsers.PRIVATE_EMPLOYER_MANAGER, 403),
                Arguments.of("/deltagare/" + YONAS + "/sprak", DemoUsers.ANALYST, 403),
                Arguments.of("/deltagare/" + ZAHRA + "/sprak", DemoUsers.TEACHER, 403),
                Arguments.of("/deltagare/" + YONAS + "/sprak/ny", DemoUsers.TEACHER, 200),
                Arguments.of("/deltagare/" + YONAS + "/sprak/ny", DemoUsers.EMPLOYER_MANAGER, 403),
                Arguments.of("/arbetsformaga/formular", DemoUsers.COORDINATOR, 200),
                Arguments.of("/arbetsformaga/formular", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/arbetsformaga/formular/ny", DemoUsers.COORDINATOR, 200),
                Arguments.of("/arbetsformaga/formular/ny", DemoUsers.SUPERVISOR, 403),
                Arguments.of("/deltagare/" + ZAHRA + "/arbetsformaga", DemoUsers.COORDINATOR, 200),
                Arguments.of("/deltagare/" + ZAHRA + "/arbetsformaga", DemoUsers.PRIVATE_EMPLOYER_MANAGER, 403),
                Arguments.of("/deltagare/" + ZAHRA + "/arbetsformaga/" + UUID.randomUUID(), DemoUsers.COORDINATOR, 404));
    }

    @ParameterizedTest(name = "{0} som {1} → {2}")
    @MethodSource("pages")
    void whoGetsWhichPage(String path, String username, int expected) throws Exception {
        mvc.perform(get(path).session(as(username))).andExpect(status().is(expected));
    }

    @Test
    void theLanguagePageShowsTheProgressChartWithItsTable() throws Exception {
        String page = page(DemoUsers.TEACHER, "/deltagare/" + YONAS + "/sprak");
        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Språkvalidering</h1>").contains("<figure")
                .contains("<figcaption").contains("<svg").contains("role=\"img\"")
                .contains("aria-labelledby=\"language-chart-title language-chart-desc\"")
                .contains("Nivå per färdighet och datum").contains("<th scope=\"col\" class=\"govuk-table__header\">Hörförståelse</th>")
                .contains("A2 (SFI C)").contains("Birgitta Falk").contains("Signerad");
        // every skill has its own line pattern: shape and dash, not colour alone
        assertThat(page).contains("stroke-dasharray=\"8 4\"").contains("stroke-dasharray=\"2 4\"").contains("<polygon");
    }

    @Test
    void aTeacherSavesAnAssessmentThroughTheFormAndBadInputComesBackAsAnErrorSummary() throws Exception {
        String form = page(DemoUsers.TEACHER, "/deltagare/" + AMINA + "/sprak/ny");
        assertThat(form).contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\">")
                .contains("A1 (SFI A, SFI B)").contains("Kan skriva en kort avvikelserapport").contains("Ej bedömt");

        String empty = mvc.perform(post("/deltagare/" + AMINA + "/sprak").session(as(DemoUsers.TEACHER)).with(csrf())
                        .param("assessedOn", today().toString()).param("action", "sign"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("govuk-error-summary").contains("Bedöm minst ett kan-påstående.");

        List<String> listeningA1 = jdbc.sql("SELECT id::text FROM language_can_do_statement WHERE skill = 'LISTENING' "
                + "AND cefr_level = 'A1' ORDER BY position").query(String.class).list();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("assessedOn", today().plusDays(2).toString());
        params.put("action", "sign");
        listeningA1.forEach(id -> params.put("s_" + id, "YES"));
        String future = mvc.perform(form(post("/deltagare/" + AMINA + "/sprak"), DemoUsers.TEACHER, params))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("govuk-error-summary").contains("kan inte vara i framtiden")
                .contains("value=\"YES\" checked");

        params.put("assessedOn", today().toString());
        params.put("comment", "Sidtestets bedömning");
        String saved = submit("/deltagare/" + AMINA + "/sprak", DemoUsers.TEACHER, params);
        assertThat(saved).contains("Bedömningen är signerad.").contains("Sidtestets bedömning");
        assertThat(jdbc.sql("SELECT count(*) FROM language_assessment WHERE participant_id = :p AND comment = "
                + "'Sidtestets bedömning' AND status = 'SIGNED'").param("p", AMINA).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCoordinatorRecordsTheValidatedLevelInTheRegisterFromTheLanguagePage() throws Exception {
        jdbc.sql("UPDATE participant SET swedish_level = 'SFI_A' WHERE id = :p").param("p", LENA).update();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("assessedOn", today().toString());
        params.put("action", "sign");
        jdbc.sql("SELECT id::text FROM language_can_do_statement WHERE cefr_level IN ('A1', 'A2') AND active")
                .query(String.class).list().forEach(id -> params.put("s_" + id, "YES"));
        String path = "/deltagare/" + LENA + "/sprak";
        String signed = submit(path, DemoUsers.COORDINATOR, params);
        assertThat(signed).contains("Validerad svensknivå")
                .contains("A2, motsvarar ungefär SFI kurs C (signerad bedömning " + today() + ")")
                .contains("SFI kurs A").contains("Ändra svensknivån i registret till SFI kurs C");
        assertThat(page(DemoUsers.EMPLOYER_MANAGER, path)).as("the employer reads it but does not edit the register")
                .contains("Validerad svensknivå").doesNotContain("Ändra svensknivån i registret");

        String stale = submit(path + "/svensniva", DemoUsers.COORDINATOR, Map.of("version", "-5"));
        assertThat(stale).contains("govuk-error-summary").contains("Någon annan har ändrat uppgifterna");
        String version = jdbc.sql("SELECT version::text FROM participant WHERE id = :p").param("p", LENA)
                .query(String.class).single();
        String recorded = submit(path + "/svensniva", DemoUsers.COORDINATOR, Map.of("version", version));
        assertThat(recorded).contains("Svensknivån i registret är ändrad till den validerade nivån")
                .doesNotContain("Ändra svensknivån i registret till");
        assertThat(jdbc.sql("SELECT swedish_level FROM participant WHERE id = :p").param("p", LENA).query(String.class)
                .single()).isEqualTo("SFI_C");
    }

    @Test
    void aFormEditMakesANewVersion() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "Sidformulär " + System.nanoTime());
        params.put("questions[0].text", "Håller ordning på sin arbetsplats");
        params.put("questions[0].area", "OTHER");
        params.put("questions[0].scaleMax", "9");
        params.put("questions[0].lowLabel", "Sällan");
        params.put("questions[0].highLabel", "Alltid");
        String bad = mvc.perform(form(post("/arbetsformaga/formular"), DemoUsers.COORDINATOR, params))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("govuk-error-summary").contains("mellan 2 och 7");

        params.put("questions[0].scaleMax", "4");
        String created = submit("/arbetsformaga/formular", DemoUsers.COORDINATOR, params);
        assertThat(created).contains("Formuläret är sparat som version 1.");
        UUID form = jdbc.sql("SELECT id FROM work_ability_form WHERE name = :n").param("n", params.get("name"))
                .query(UUID.class).single();
        params.put("questions[0].text", "Håller ordning i köket");
        params.put("lockVersion", jdbc.sql("SELECT lock_version FROM work_ability_form WHERE id = :id").param("id", form)
                .query(Long.class).single().toString());
        assertThat(submit("/arbetsformaga/formular/" + form, DemoUsers.COORDINATOR, params))
                .contains("Formuläret är sparat som version 2.").contains("Håller ordning i köket");
        assertThat(page(DemoUsers.COORDINATOR, "/arbetsformaga/formular")).contains(params.get("name"))
                .contains("Standardformulär");
    }

    @Test
    void anAssessmentFromStartToItsSignedReport() throws Exception {
        String list = page(DemoUsers.COORDINATOR, "/deltagare/" + LENA + "/arbetsformaga");
        assertThat(list).contains("Ny bedömning").contains("Arbetsförmågebedömning i arbetsträning");
        String version = jdbc.sql("SELECT current_version_id::text FROM work_ability_form WHERE organisation_id IS NULL")
                .query(String.class).single();
        Map<String, String> start = new LinkedHashMap<>(Map.of("formVersionId", version, "requester", "FORSAKRINGSKASSAN",
                "requesterReference", "FK-sidtest", "periodFrom", today().toString(), "periodTo",
                today().minusDays(3).toString()));
        String reversed = mvc.perform(form(post("/deltagare/" + LENA + "/arbetsformaga"), DemoUsers.COORDINATOR, start))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reversed).contains("govuk-error-summary").contains("kan inte vara före den första");

        start.put("periodFrom", today().minusWeeks(3).toString());
        start.put("periodTo", today().toString());
        MvcResult begun = mvc.perform(form(post("/deltagare/" + LENA + "/arbetsformaga"), DemoUsers.COORDINATOR, start))
                .andExpect(status().is3xxRedirection()).andReturn();
        String assessmentPath = begun.getResponse().getRedirectedUrl();
        String answerForm = page(DemoUsers.COORDINATOR, assessmentPath);
        assertThat(answerForm).contains("Kommer i tid och meddelar frånvaro").contains("Spara och signera rapporten");

        List<UUID> questions = jdbc.sql("SELECT id FROM work_ability_question WHERE form_version_id = CAST(:v AS uuid) "
                + "ORDER BY position").param("v", version).query(UUID.class).list();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("lockVersion", "0");
        answers.put("summary", "Sidtestets sammanfattning");
        answers.put("score_" + questions.get(0), "4");
        answers.put("note_" + questions.get(0), "Alltid i tid");
        answers.put("action", "sign");
        String report = submit(assessmentPath, DemoUsers.COORDINATOR, answers);
        assertThat(report).contains("Bedömningen är signerad.").contains("Lena Karlsson").contains("Försäkringskassan")
                .contains("FK-sidtest").contains("4 av 4").contains("Alltid i tid").contains("Sidtestets sammanfattning")
                .contains("Rapportdatum").contains("rapport.pdf");

        MvcResult pdf = mvc.perform(get(assessmentPath + "/rapport.pdf").session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn();
        assertThat(pdf.getResponse().getContentType()).startsWith("application/pdf");
        assertThat(PdfText.of(pdf.getResponse().getContentAsByteArray())).contains("Arbetsförmågebedömning")
                .contains("Lena Karlsson").contains("Sidtestets sammanfattning").contains("Alltid i tid");
        // the signed assessment is read-only now
        assertThat(page(DemoUsers.COORDINATOR, assessmentPath)).doesNotContain("Spara och signera rapporten")
                .contains("Visa rapporten");
    }

    @Test
    void theDemoHasASignedReportRequestedByArbetsformedlingen() throws Exception {
        String list = page(DemoUsers.COORDINATOR, "/deltagare/" + ZAHRA + "/arbetsformaga");
        assertThat(list).contains("Arbetsförmedlingen, AF-2026-0417").contains("Signerad");
    }

    // --- helpers ---

    private static LocalDate today() {
        return TestDates.today();
    }

    /** Posts the form, expects a redirect and returns the page it leads to (with the flash message). */
    @Override
    protected String submit(String path, String username, Map<String, String> params) throws Exception {
        MvcResult result = mvc.perform(form(post(path), username, params)).andExpect(status().is3xxRedirection())
                .andReturn();
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).session(as(username))
                        .flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
