package se.kompetenskedjan.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.indicators.Figure;
import se.kompetenskedjan.indicators.LadderChoice;
import se.kompetenskedjan.indicators.LadderFlow;
import se.kompetenskedjan.indicators.LadderFlow.Move;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.EnrolCommand;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.PdfText;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The flow view of a ladder (issue 15, item 4) and the downloads (item 6) on a hand-built municipality: 12 journeys
 * enrolled on step 1 a hundred days ago; 10 moved on to step 2 sixty days ago, 6 of them on to step 3 thirty days
 * ago, 2 of the 4 left on step 2 went back to step 1 twenty-five days ago; the 2 never moved ended early twenty days
 * ago; 5 of the 6 on step 3 completed ten days ago. Left in the period, by hand: step 1 → step 2: 10, step 1 → ended
 * early: 2, step 2 → step 3: 6, step 2 → back to step 1: 2, step 3 → completed: 5; 25 in all.
 */
class LadderFlowTests extends PageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Journeys journeys;
    @Autowired
    FlowCounts counts;
    @Autowired
    LadderFlowService service;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = TestDates.today();
    final LocalDate from = today.minusDays(120);
    TestStaff municipality;
    TestUser coordinator;
    LadderView ladder;
    StepView step1;
    StepView step2;
    StepView step3;

    @BeforeAll
    void buildTheMunicipality() {
        municipality = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        coordinator = municipality.get(Role.COORDINATOR);
        ladder = new LadderTestData(context).ladder().ownedBy(coordinator).named("Flödeskedjan").create();
        step1 = LadderTestData.firstStep(ladder);
        step2 = ladder.step(step1.nextStepIds().get(0)).orElseThrow();
        step3 = ladder.step(step2.nextStepIds().get(0)).orElseThrow();
        ParticipantTestData register = new ParticipantTestData(context);
        List<UUID> participants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            participants.add(register.participant().registeredBy(coordinator)
                    .gender(i % 2 == 0 ? Gender.WOMAN : Gender.MAN).create());
        }
        List<UUID> journeyIds = new ArrayList<>();
        SignedIn.as(coordinator.username(), () -> {
            for (int i = 0; i < 12; i++) {
                JourneyView journey = journeys.enrol(participants.get(i),
                        new EnrolCommand(ladder.id(), step1.id(), today.minusDays(100), "Inskriven i testet"));
                journeyIds.add(journey.id());
                if (i < 10) {
                    journey = record(journey, JourneyEventType.ADVANCED, today.minusDays(60), step2.id(), null);
                }
                if (i < 6) {
                    journey = record(journey, JourneyEventType.ADVANCED, today.minusDays(30), step3.id(), null);
                }
                if (i == 6 || i == 7) {
                    record(journey, JourneyEventType.RETURNED, today.minusDays(25), step1.id(), null);
                }
                if (i >= 10) {
                    record(journey, JourneyEventType.ENDED_EARLY, today.minusDays(20), null, DropoutReason.HEALTH);
                }
                if (i < 5) {
                    record(journey, JourneyEventType.COMPLETED, today.minusDays(10), null, null);
                }
            }
        });
        // 12 enrolments + 10 + 6 + 2 moves + 2 early ends + 5 completions, copied by the listeners after commit;
        // stays: 12 on step 1, 10 on step 2, 6 on step 3, 2 back on step 1.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM indicators_journey_event WHERE journey_id IN (:ids)").param("ids", journeyIds)
                .query(Long.class).single() == 37L);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM indicators_stay WHERE journey_id IN (:ids)").param("ids", journeyIds)
                .query(Long.class).single() == 30L);
    }

    private JourneyView record(JourneyView journey, JourneyEventType type, LocalDate on, UUID step,
            DropoutReason reason) {
        return journeys.record(journey.participantId(), journey.id(),
                new JourneyEventCommand(type, on, step, null, reason, null, journey.version()));
    }

    private LadderFlow flow(TestUser user) {
        return SignedIn.as(user.username(), () -> service.flow(ReportScope.ORGANISATION, ladder.id(), from, today));
    }

    private static int index(List<? extends Object> categories, String code) {
        for (int i = 0; i < categories.size(); i++) {
            if (((se.kompetenskedjan.indicators.Category) categories.get(i)).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no category " + code);
    }

    @Test
    void theStaysLeftInThePeriodCountedByHand() {
        UUID org = municipality.organisation().id();
        List<FlowCounts.Left> left = counts.left(org, ladder.id(), from, today);
        assertThat(left).containsExactlyInAnyOrder(
                new FlowCounts.Left(step1.id(), step2.id(), "STEP", 10),
                new FlowCounts.Left(step1.id(), null, "ENDED_EARLY", 2),
                new FlowCounts.Left(step2.id(), step3.id(), "STEP", 6),
                new FlowCounts.Left(step2.id(), step1.id(), "STEP", 2),
                new FlowCounts.Left(step3.id(), null, "COMPLETED", 5));
        assertThat(counts.left(org, ladder.id(), today.minusDays(28), today))
                .as("only the back moves, the early ends and the completions are left since")
                .extracting(FlowCounts.Left::count).containsExactlyInAnyOrder(2L, 2L, 5L);
        assertThat(counts.left(UUID.randomUUID(), ladder.id(), from, today)).as("another organisation").isEmpty();
        assertThat(counts.ladders(org)).containsExactly(ladder.id());
    }

    @Test
    void theProtectedTableShowsOnlyTrueFiguresAndHidesTheSmallCells() {
        LadderFlow flow = flow(coordinator);
        ProtectedTable table = flow.table();
        assertThat(table.rows().key()).isEqualTo("fromStep");
        assertThat(table.columns().key()).isEqualTo("toStep");
        List<String> columns = table.columns().categories().stream().map(c -> c.code()).toList();
        String s1 = step1.id().toString();
        String s2 = step2.id().toString();
        String s3 = step3.id().toString();
        assertThat(columns).startsWith(s1, s2, s3).endsWith("COMPLETED", "ENDED_EARLY");
        long[][] truth = new long[table.rows().size()][columns.size()];
        int r1 = index(table.rows().categories(), s1);
        int r2 = index(table.rows().categories(), s2);
        int r3 = index(table.rows().categories(), s3);
        truth[r1][columns.indexOf(s2)] = 10;
        truth[r1][columns.indexOf("ENDED_EARLY")] = 2;
        truth[r2][columns.indexOf(s3)] = 6;
        truth[r2][columns.indexOf(s1)] = 2;
        truth[r3][columns.indexOf("COMPLETED")] = 5;
        for (int r = 0; r < truth.length; r++) {
            for (int c = 0; c < columns.size(); c++) {
                Figure f = table.cell(r, c);
                if (f.isShown()) {
                    assertThat(f.value()).as("cell %d,%d", r, c).isEqualTo(truth[r][c]);
                    assertThat(truth[r][c]).as("a shown cell is at the threshold").isGreaterThanOrEqualTo(5);
                }
            }
        }
        assertThat(table.cell(r2, columns.indexOf(s1)).protection()).as("the two who went back")
                .isEqualTo(Figure.Protection.SMALL);
        assertThat(table.cell(r1, columns.indexOf("ENDED_EARLY")).isShown()).isFalse();
        if (table.total().isShown()) {
            assertThat(table.total().value()).isEqualTo(25);
        }
        assertThat(flow.move(r1, columns.indexOf(s2))).isEqualTo(Move.ON);
        assertThat(flow.move(r2, columns.indexOf(s1))).isEqualTo(Move.BACK);
        assertThat(flow.move(r2, columns.indexOf(s2))).as("the same step again counts as back").isEqualTo(Move.BACK);
        assertThat(flow.move(r3, columns.indexOf("COMPLETED"))).isEqualTo(Move.COMPLETED);
        assertThat(flow.move(r1, columns.indexOf("ENDED_EARLY"))).isEqualTo(Move.ENDED_EARLY);

        LadderFlow analysts = flow(municipality.get(Role.ANALYST));
        assertThat(analysts.table()).as("the analyst sees the same protected figures").isEqualTo(table);
        assertThat(SignedIn.as(coordinator.username(), () -> service.ladders(ReportScope.ORGANISATION)))
                .containsExactly(new LadderChoice(ladder.id(), ladder.name()));
    }

    @Test
    void thePageDrawsTheChartWithoutScriptAndShowsTheTableAndTheSummary() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/indikatorer/flode?ladder=" + ladder.id() + "&from=" + from
                + "&to=" + today).with(user(coordinator.username()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Flödet genom en kedja");
        assertThat(page.select("select#ladder option").eachText()).containsExactly(ladder.name());
        Element svg = page.selectFirst("#flow-chart svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("viewBox")).startsWith("0 0 480 ");
        assertThat(svg.attr("width")).isEqualTo("100%");
        assertThat(svg.select("title").text()).startsWith("Flödet i " + ladder.name() + ":");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("flow-chart-title flow-chart-desc");
        List<String> texts = svg.select("text").eachText();
        assertThat(texts).contains(step1.name(), step2.name(), step3.name(), "Tillbaka → " + step1.name() + ": <5",
                "Ut: avslutad i förtid: <5");
        assertThat(svg.select("rect.kk-flow-back")).as("a protected cell is drawn as no bar").isEmpty();
        String summary = page.select("#flow-summary").text();
        assertThat(svg.select("desc").text()).isEqualTo(summary);
        assertThat(summary).startsWith("Av ").contains("som lämnade ett steg under perioden")
                .doesNotContain(" 2 ").doesNotContain("<");
        assertThat(page.select("script[src*=flow], svg script")).as("nothing to run").isEmpty();

        Element table = page.selectFirst("#flow-table table");
        assertThat(table.select("caption").text()).isEqualTo("Flödet i " + ladder.name() + ", från steg till steg eller ut");
        assertThat(table.parent().attr("tabindex")).isEqualTo("0");
        assertThat(table.parent().attr("aria-label")).isEqualTo(table.select("caption").text());
        assertThat(table.select("thead th[scope=col]").eachText()).startsWith("Från steg").endsWith("Ut: slutförd",
                "Ut: avslutad i förtid", "Totalt");
        assertThat(table.select("tbody th[scope=row]").eachText()).startsWith(step1.name(), step2.name(), step3.name());
        assertThat(page.select("#flow-downloads a").eachAttr("href")).allMatch(h -> h.contains("ladder=" + ladder.id()));

        Document dashboard = Jsoup.parse(mvc.perform(get("/indikatorer").with(user(coordinator.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(dashboard.select("a#flow-link").attr("href")).startsWith("/indikatorer/flode?");
        assertThat(dashboard.select("#report-downloads a").eachAttr("href")).hasSize(3)
                .allMatch(h -> h.matches("/indikatorer/(rapport\\.xlsx|rapport\\.pdf|tabeller\\.zip)\\?scope=.*"));
    }

    @Test
    void whoMaySeeTheFlowAndBadInput() throws Exception {
        String path = "/indikatorer/flode?ladder=" + ladder.id();
        for (Role role : new Role[] {Role.SUPERVISOR, Role.TEACHER}) {
            mvc.perform(get(path).with(user(municipality.get(role).username()))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/indicators/flow?ladder=" + ladder.id())
                    .with(user(municipality.get(role).username()))).andExpect(status().isForbidden());
        }
        mvc.perform(get(path).with(user(DemoUsers.PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(get(path + "&scope=REGION").with(user(coordinator.username()))).andExpect(status().isForbidden());
        // Another organisation has no journeys on the ladder.
        mvc.perform(get(path).with(user(DemoUsers.COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/indikatorer/flode?ladder=" + UUID.randomUUID()).with(user(coordinator.username())))
                .andExpect(status().isNotFound());
        MockHttpServletResponse api = mvc.perform(get("/api/v1/indicators/flow?ladder=" + UUID.randomUUID())
                .with(user(coordinator.username()))).andExpect(status().isNotFound()).andReturn().getResponse();
        assertThat(api.getContentType()).startsWith("application/problem+json");
        Document bad = Jsoup.parse(mvc.perform(get("/indikatorer/flode?ladder=inte-ett-id")
                .with(user(coordinator.username()))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(bad.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#ladder");
        assertThat(bad.select("#flow-chart")).isEmpty();
        Document backwards = Jsoup.parse(mvc.perform(get(path + "&from=" + today + "&to=" + today.minusDays(1))
                .with(user(coordinator.username()))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(backwards.select(".govuk-error-summary a").eachText())
                .containsExactly("Perioden kan inte sluta innan den börjar");
        mvc.perform(get("/api/v1/indicators/flow?ladder=" + ladder.id() + "&from=" + today + "&to="
                + today.minusDays(1)).with(user(coordinator.username()))).andExpect(status().isBadRequest());
    }

    @Test
    void theDownloadsAreReadBackByOtherLibrariesAndEachIsLogged() throws Exception {
        String query = "?from=" + from + "&to=" + today;
        long before = logRows();
        MockHttpServletResponse xlsx = download("/indikatorer/flode.xlsx" + query + "&ladder=" + ladder.id());
        assertThat(xlsx.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"flode-organisation-" + from + "-" + today + ".xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(2);
            List<String> rows = sheets.get(1).read().stream().map(r -> r.getCellText(0)).toList();
            assertThat(rows).contains(step1.name(), step2.name(), step3.name(), "Totalt");
            assertThat(sheets.get(0).read().stream().map(r -> r.getCellText(1)).toList())
                    .contains("Flöde genom stegen");
        }

        MockHttpServletResponse csv = download("/indikatorer/flode.csv" + query + "&ladder=" + ladder.id());
        assertThat(csv.getContentType()).startsWith("text/csv");
        List<List<String>> records = records(csv.getContentAsByteArray());
        assertThat(records.get(0)).startsWith("Från steg / Till").endsWith("Ut: slutförd", "Ut: avslutad i förtid",
                "Totalt");
        List<String> backRow = records.stream().filter(r -> r.get(0).equals(step2.name())).findFirst().orElseThrow();
        assertThat(backRow.get(1)).as("the two who went back to step 1").isEqualTo("<5");

        MockHttpServletResponse zip = download("/indikatorer/tabeller.zip" + query);
        assertThat(zip.getContentType()).isEqualTo("application/zip");
        assertThat(zip.getHeader("Content-Disposition")).contains("indikatorer-tabeller-organisation-");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getContentAsByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                if (e.getName().equals("journeys.transitions.gender.csv")) {
                    assertThat(records(in.readAllBytes())).anyMatch(r -> r.get(0).equals("Totalt"));
                }
            }
        }
        assertThat(entries).contains("journeys.onStep.gender.csv", "journeys.transitions.gender.csv");

        MockHttpServletResponse pdf = download("/indikatorer/rapport.pdf" + query);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(PdfText.of(pdf.getContentAsByteArray())).contains("Indikatorer");

        MockHttpServletResponse report = download("/indikatorer/rapport.xlsx" + query);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                report.getContentAsByteArray()))) {
            assertThat(workbook.getSheets().toList().get(0).getName()).isEqualTo("Definitioner");
        }
        MockHttpServletResponse api = download("/api/v1/indicators/report.xlsx" + query);
        assertThat(api.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"indikatorer-organisation-"
                + from + "-" + today + ".xlsx\"");
        assertThat(download("/api/v1/indicators/report.pdf" + query).getContentType()).isEqualTo("application/pdf");
        assertThat(download("/api/v1/indicators/report.zip" + query).getContentType()).isEqualTo("application/zip");
        assertThat(logRows() - before).as("one report log row per download").isEqualTo(8);

        mvc.perform(get("/indikatorer/rapport.xlsx").with(user(municipality.get(Role.SUPERVISOR).username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/report.pdf").with(user(DemoUsers.PARTICIPANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/indikatorer/rapport.pdf?from=" + today + "&to=" + from)
                .with(user(coordinator.username()))).andExpect(status().isBadRequest());
    }

    private MockHttpServletResponse download(String path) throws Exception {
        return mvc.perform(get(path).with(user(coordinator.username()))).andExpect(status().isOk()).andReturn()
                .getResponse();
    }

    private long logRows() {
        return jdbc.sql("SELECT count(*) FROM indicators_report_log WHERE user_id = :u")
                .param("u", coordinator.id()).query(Long.class).single();
    }

    private static List<List<String>> records(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';')
                .commentStrategy(CommentStrategy.SKIP).ofCsvRecord(text)) {
            return reader.stream().map(CsvRecord::getFields).toList();
        }
    }

}
