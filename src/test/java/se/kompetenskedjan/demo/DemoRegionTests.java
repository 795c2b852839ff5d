package se.kompetenskedjan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.kompetenskedjan.education.EnrolmentEndReason;
import se.kompetenskedjan.education.EnrolmentView;
import se.kompetenskedjan.education.Enrolments;
import se.kompetenskedjan.schedules.EntryKind;
import se.kompetenskedjan.schedules.Schedules;
import se.kompetenskedjan.schedules.WeekView;
import se.kompetenskedjan.education.ResultOutcome;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCoverage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInSummary;
import se.kompetenskedjan.followup.CheckInView;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.followup.FlagStatus;
import se.kompetenskedjan.followup.Obstacle;
import se.kompetenskedjan.handovers.Handovers;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The demo region as the README and the other tests rely on it. Other tests may share this database and add rows,
 * so demo rows are counted by their fixed ids and usernames.
 */
@Tag("db")
@SpringBootTest
@ActiveProfiles("demo")
class DemoRegionTests {

    static final Map<String, String> ACCOUNTS = Map.ofEntries(
            Map.entry("admin", "ADMIN"),
            Map.entry("admin.alvstad", "ADMIN"),
            Map.entry("koordinator", "COORDINATOR"),
            Map.entry("koordinator2", "COORDINATOR"),
            Map.entry("koordinator.bergsjo", "COORDINATOR"),
            Map.entry("koordinator.sjomark", "COORDINATOR"),
            Map.entry("chef", "EMPLOYER_MANAGER"),
            Map.entry("chef.privat", "EMPLOYER_MANAGER"),
            Map.entry("handledare", "SUPERVISOR"),
            Map.entry("handledare2", "SUPERVISOR"),
            Map.entry("larare", "TEACHER"),
            Map.entry("af.handlaggare", "COORDINATOR"),
            Map.entry("analytiker", "ANALYST"),
            Map.entry("deltagare", "PARTICIPANT"));

    static final List<String> TABLES = List.of("organisation", "unit", "user_account", "participant", "consent",
            "consent_organisation", "supervision", "audit_entry");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoRegion demoRegion;

    @Autowired
    Handovers handovers;

    @Autowired
    Tasks tasks;

    @Autowired
    Enrolments enrolments;
    @Autowired
    Schedules schedules;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Ladders ladders;

    @Autowired
    IndividualPlans plans;

    @Autowired
    ContentTranslations translations;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Value("${kk.demo.password}")
    String demoPassword;

    static List<UUID> participantIds() {
        return IntStream.rangeClosed(1, DemoRegion.PARTICIPANT_COUNT)
                .mapToObj(n -> DemoRegion.demoId(DemoRegion.participantKey(n))).toList();
    }

    @Test
    void everyDemoAccountExistsWithItsRoleAndTheDemoPassword() {
        for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
            assertThat(jdbc.sql("select role from user_account where lower(username) = :u")
                    .param("u", account.getKey()).query(String.class).single()).as(account.getKey())
                    .isEqualTo(account.getValue());
        }
        List<String> hashes = jdbc.sql("select distinct password_hash from user_account where username in (:u)")
                .param("u", ACCOUNTS.keySet()).query(String.class).list();
        assertThat(hashes).hasSize(1);
        assertThat(passwordEncoder.matches(demoPassword, hashes.get(0))).isTrue();
    }

    @Test
    void accountsBelongToTheRightOrganisations() {
        assertThat(organisationOf("admin")).isEqualTo("Kompetenskedjan Samverkan (demo)");
        assertThat(organisationOf("analytiker")).isEqualTo("Kompetenskedjan Samverkan (demo)");
        assertThat(organisationOf("admin.alvstad")).isEqualTo("Älvstads kommun – Arbetsmarknadsförvaltningen");
        assertThat(organisationOf("koordinator")).isEqualTo("Älvstads kommun – Arbetsmarknadsförvaltningen");
        assertThat(organisationOf("koordinator2")).isEqualTo("Älvstads kommun – Arbetsmarknadsförvaltningen");
        assertThat(organisationOf("deltagare")).isEqualTo("Älvstads kommun – Arbetsmarknadsförvaltningen");
        assertThat(organisationOf("koordinator.bergsjo")).isEqualTo("Bergsjö kommun – Arbetsmarknadsförvaltningen");
        assertThat(organisationOf("koordinator.sjomark")).isEqualTo("Sjömarks kommun – Arbetsmarknadsförvaltningen");
        assertThat(organisationOf("chef")).isEqualTo("Älvstads kommun – Vård- och omsorgsförvaltningen");
        assertThat(organisationOf("handledare")).isEqualTo("Älvstads kommun – Vård- och omsorgsförvaltningen");
        assertThat(organisationOf("handledare2")).isEqualTo("Älvstads kommun – Vård- och omsorgsförvaltningen");
        assertThat(organisationOf("chef.privat")).isEqualTo("Omsorgshjälpen Väst AB");
        assertThat(organisationOf("larare")).isEqualTo("Älvstads vuxenutbildning och SFI");
        assertThat(organisationOf("af.handlaggare")).isEqualTo("Arbetsförmedlingen Älvstad");
        assertThat(unitOf("chef")).isEqualTo("Hemtjänst Norr");
        assertThat(unitOf("handledare")).isEqualTo("Hemtjänst Norr");
        assertThat(unitOf("handledare2")).isEqualTo("Tillagningsköket Centrum");
    }

    @Test
    void exactlyOneDemoOrganisationHostsThePlatform() {
        // Demo organisations have the made-up org numbers 000000-NNNN; other tests may add a host of their own.
        assertThat(jdbc.sql("select name from organisation where platform_host and org_number like '000000-%'")
                .query(String.class).list())
                .containsExactly("Kompetenskedjan Samverkan (demo)");
    }

    @Test
    void participantsAreSpreadOverTheThreeMunicipalitiesWithTheirOwnCoordinators() {
        List<UUID> ids = participantIds();
        assertThat(jdbc.sql("select count(*) from participant where id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(DemoRegion.PARTICIPANT_COUNT);
        Map<String, Long> perMunicipality = jdbc.sql("""
                select o.municipality, count(*) as n from participant p join organisation o on o.id = p.organisation_id
                where p.id in (:ids) group by o.municipality""").param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(perMunicipality).containsOnly(Map.entry("Älvstad", 20L), Map.entry("Bergsjö", 10L),
                Map.entry("Sjömark", 10L));
        // The coordinator is a coordinator of the owning organisation.
        assertThat(jdbc.sql("""
                select count(*) from participant p join user_account u on u.id = p.coordinator_id
                where p.id in (:ids) and u.role = 'COORDINATOR' and u.organisation_id = p.organisation_id""")
                .param("ids", ids).query(Long.class).single()).isEqualTo(DemoRegion.PARTICIPANT_COUNT);
        assertThat(jdbc.sql("""
                select distinct u.username from participant p join user_account u on u.id = p.coordinator_id
                where p.id in (:ids)""").param("ids", ids).query(String.class).list())
                .containsExactlyInAnyOrder("koordinator", "koordinator2", "koordinator.bergsjo", "koordinator.sjomark");
        // Every status of the chain is represented.
        assertThat(jdbc.sql("select count(distinct status) from participant where id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void theStatusOfAParticipantOnAJourneyFollowsTheJourney() {
        // Participants 1-12 are registered as referred; their journeys (DemoJourneys) decide the status (decision 73).
        List<UUID> onJourneys = participantIds().subList(0, 12);
        assertThat(jdbc.sql("select count(*) from participant where id in (:ids) and status_from_journey")
                .param("ids", onJourneys).query(Long.class).single()).isEqualTo(12);
        assertThat(statusOf(5)).as("paused journey").isEqualTo("PAUSED");
        assertThat(statusOf(7)).as("journey ended early").isEqualTo("DROPPED_OUT");
        assertThat(statusOf(11)).as("completed with a regular job").isEqualTo("REGULAR_EMPLOYMENT");
        assertThat(statusOf(8)).as("on the introduction step").isEqualTo("MAPPING");
        assertThat(statusOf(6)).as("on the wage-subsidy step").isEqualTo("SUBSIDISED_EMPLOYMENT");
        assertThat(statusOf(12)).as("back on a new journey after one that ended early").isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from journey where participant_id = :p").param("p", DemoRegion.participant(12))
                .query(Long.class).single()).as("the ended journey stays").isEqualTo(2);
    }

    private String statusOf(int participant) {
        return jdbc.sql("select status from participant where id = :id")
                .param("id", DemoRegion.participant(participant)).query(String.class).single();
    }

    @Test
    void koordinatorHasAReminderToStartAWageSubsidyApplicationAndAnOverdueTaskFromTheAdmin() {
        List<TaskView> mine = SignedIn.as("koordinator", () -> tasks.mine(false, 0, 100)).items();
        assertThat(mine).filteredOn(t -> "REMINDER".equals(t.sourceKind()))
                .extracting(TaskView::title, TaskView::participantId)
                .contains(org.assertj.core.groups.Tuple.tuple("Starta ansökan om lönestöd", DemoRegion.participant(19)));
        assertThat(mine).filteredOn(t -> t.title().equals("Gå igenom rutinen för samtycken")).singleElement()
                .satisfies(t -> assertThat(t.overdue()).isTrue());
        assertThat(SignedIn.as("koordinator2", () -> tasks.mine(false, 0, 100)).items()).extracting(TaskView::title)
                .contains("Ring arbetsgivaren om handledningen");
    }

    @Test
    void lastWeeksCheckInsHaveAnActionAReviewAndMissedWeeks() {
        UUID amina = DemoRegion.participant(1);
        UUID missing = DemoRegion.participant(3);
        List<CheckInSummary> aminas = SignedIn.as("koordinator", () -> checkIns.forParticipant(amina, 0, 10)).items();
        assertThat(aminas).extracting(CheckInSummary::audience)
                .containsExactlyInAnyOrder(CheckInAudience.PARTICIPANT, CheckInAudience.SUPERVISOR);
        CheckInView red = SignedIn.as("koordinator", () -> checkIns.get(aminas.stream()
                .filter(c -> c.audience() == CheckInAudience.PARTICIPANT).findFirst().orElseThrow().id()));
        assertThat(red.flags()).anySatisfy(f -> {
            assertThat(f.obstacle()).isEqualTo(Obstacle.CHILDCARE);
            assertThat(f.status()).isEqualTo(FlagStatus.ACTION);
        });
        assertThat(aminas).filteredOn(c -> c.audience() == CheckInAudience.SUPERVISOR)
                .extracting(CheckInSummary::reviewed).containsExactly(true);
        // The module's copy of the journeys follows their events after commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                SignedIn.as("koordinator", () -> checkIns.signals(List.of(missing))).get(missing).missedPeriods())
                .as("no check-ins on a step for weeks").isGreaterThan(0));
    }

    @Test
    void sjomarkHasProposedToHandAParticipantWhoIsMovingOverToAlvstad() {
        var waiting = SignedIn.as("koordinator", () -> handovers.incoming(0, 50)).items().stream()
                .filter(h -> h.participantId().equals(DemoRegion.participant(35))).toList();
        assertThat(waiting).singleElement().satisfies(h -> {
            assertThat(h.fromOrganisationName()).contains("Sjömark");
            assertThat(h.participantName()).isEqualTo("Viktor Melnyk");
        });
    }

    @Test
    void theElderCareLadderAndAminasPlanAreTranslated() {
        TranslationCoverage ladder = SignedIn.as("chef", () -> {
            UUID id = ladders.ladders(new LadderSearch(DemoRegion.demoId("org:alvstad:omsorg"), 0, 50)).items()
                    .stream().filter(l -> l.name().equals(DemoLadders.LADDER_NAME)).findFirst().orElseThrow().id();
            return translations.coverage("ladder", id);
        });
        assertThat(ladder.texts()).isGreaterThan(50);
        assertThat(coverage(ladder, "en").missing()).isEmpty();
        assertThat(coverage(ladder, "ar").missing()).isEmpty();
        assertThat(coverage(ladder, "uk").translated()).as("the names only").isEqualTo(8);
        assertThat(coverage(ladder, "ti").translated()).isZero();
        TranslationCoverage plan = SignedIn.as("koordinator", () -> translations.coverage("plan",
                plans.plans(DemoRegion.participant(1)).get(0).id()));
        assertThat(coverage(plan, "ar").missing()).isEmpty();
        assertThat(coverage(plan, "en").missing()).isEmpty();
    }

    private static TranslationCoverage.LanguageCoverage coverage(TranslationCoverage coverage, String language) {
        return coverage.languages().stream().filter(l -> l.language().equals(language)).findFirst().orElseThrow();
    }

    @Test
    void personnummerAreValidTestNumbersAndTheRestHaveAReserveIdentity() {
        List<UUID> ids = participantIds();
        List<String> numbers = jdbc.sql("select personnummer from participant where id in (:ids) and personnummer is not null")
                .param("ids", ids).query(String.class).list();
        assertThat(numbers).hasSizeBetween(15, 25).doesNotHaveDuplicates();
        for (String pnr : numbers) {
            assertThat(pnr).matches("\\d{8}-\\d{4}");
            String tenDigits = pnr.substring(2, 8) + pnr.substring(9);
            assertThat(luhnSum(tenDigits) % 10).as(pnr).isZero();
            int birthNumber = Integer.parseInt(pnr.substring(9, 12));
            assertThat(birthNumber).as(pnr).isBetween(980, 999);
            LocalDate birth = LocalDate.of(Integer.parseInt(pnr.substring(0, 4)), Integer.parseInt(pnr.substring(4, 6)),
                    Integer.parseInt(pnr.substring(6, 8)));
            assertThat(birth).isBefore(TestDates.today());
        }
        assertThat(jdbc.sql("""
                select count(*) from participant where id in (:ids) and personnummer is null
                and reserve_identity like 'KK-DEMO%'""").param("ids", ids).query(Long.class).single())
                .isEqualTo(DemoRegion.PARTICIPANT_COUNT - numbers.size());
    }

    /** Luhn over the ten digits YYMMDDNNNC, written independently of the loader: weights 2,1,2,1,... */
    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 10);
            int v = i % 2 == 0 ? d * 2 : d;
            sum += v / 10 + v % 10;
        }
        return sum;
    }

    @Test
    void theParticipantAccountIsLinkedToAnActiveParticipantSupervisedByHandledare() {
        UUID participantId = jdbc.sql("select participant_id from user_account where username = 'deltagare'")
                .query(UUID.class).single();
        assertThat(participantId).isEqualTo(DemoRegion.demoId(DemoRegion.LINKED_PARTICIPANT_KEY));
        assertThat(jdbc.sql("select status from participant where id = :id").param("id", participantId)
                .query(String.class).single()).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("""
                select count(*) from supervision s join user_account u on u.id = s.supervisor_id
                where s.participant_id = :id and u.username = 'handledare'
                  and s.starts_on <= :today and (s.ends_on is null or s.ends_on >= :today)""")
                .param("id", participantId).param("today", TestDates.today()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from consent where participant_id = :id and withdrawn_at is null
                  and given_on <= :today and valid_until >= :today""")
                .param("id", participantId).param("today", TestDates.today()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void consentsAndSupervisionsCoverTheInterestingCases() {
        List<UUID> ids = participantIds();
        assertThat(jdbc.sql("select count(*) from consent where participant_id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isBetween(20L, 30L);
        assertThat(jdbc.sql("select count(*) from consent where participant_id in (:ids) and withdrawn_at is not null")
                .param("ids", ids).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from consent where participant_id in (:ids) and valid_until < :today")
                .param("ids", ids).param("today", TestDates.today()).query(Long.class).single()).isEqualTo(1);
        // Consents are recorded by a coordinator of the owning organisation.
        assertThat(jdbc.sql("""
                select count(*) from consent c join participant p on p.id = c.participant_id
                join user_account u on u.id = c.recorded_by
                where c.participant_id in (:ids) and (u.role <> 'COORDINATOR' or u.organisation_id <> p.organisation_id)""")
                .param("ids", ids).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from supervision where participant_id in (:ids)
                  and starts_on <= :today and (ends_on is null or ends_on >= :today)""")
                .param("ids", ids).param("today", TestDates.today()).query(Long.class).single())
                .as("8 of the region, and 2 from the demo placements' active placements (DemoPlacements)").isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from supervision where participant_id in (:ids) and ends_on < :today")
                .param("ids", ids).param("today", TestDates.today()).query(Long.class).single()).isEqualTo(1);
    }

    /** Validation (issue 5): templates per industry, tailored checklists, assessments over time, certificates. */
    @Test
    void theDemoRegionHasChecklistsAssessmentsOverTimeAndIssuedCertificates() {
        List<UUID> ids = participantIds();
        assertThat(jdbc.sql("select count(distinct industry) from checklist_template where organisation_id is null and industry <> 'OTHER'")
                .query(Long.class).single()).as("platform templates for the seven industries of the sources").isEqualTo(7);
        assertThat(jdbc.sql("""
                select count(distinct c.id) from checklist c join checklist_change h on h.checklist_id = c.id
                where h.change <> 'CREATED'""").query(Long.class).single()).as("tailored checklists").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from (select participant_id from assessment
                  where participant_id in (:ids) and status = 'SIGNED' and assessor_role <> 'SELF'
                  group by participant_id having count(distinct assessed_on) >= 2) over_time""")
                .param("ids", ids).query(Long.class).single()).as("participants assessed on several dates").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from assessment where participant_id in (:ids) and assessor_role = 'SELF'")
                .param("ids", ids).query(Long.class).single()).as("self-assessments").isPositive();
        assertThat(jdbc.sql("""
                select count(*) from (select participant_id from language_assessment where participant_id in (:ids)
                  and status = 'SIGNED' group by participant_id having count(*) >= 2) over_time""")
                .param("ids", ids).query(Long.class).single()).as("language validation over time").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from work_ability_assessment where participant_id in (:ids) and status = 'SIGNED'")
                .param("ids", ids).query(Long.class).single()).as("signed work-ability reports").isPositive();
        assertThat(jdbc.sql("""
                select count(*) from certificate where participant_id in (:ids) and revoked_at is null
                  and credential_jwt like 'ey%.%.%'""").param("ids", ids).query(Long.class).single())
                .as("a few issued certificates").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theAdultEducationsCoursesHaveAttendanceAWarningAndAResult() {
        List<EnrolmentView> farida = SignedIn.as("koordinator", () -> enrolments.forParticipant(DemoRegion.participant(11)));
        assertThat(farida).singleElement().satisfies(e -> {
            assertThat(e.courseName()).isEqualTo("Svenska för vård och omsorg");
            assertThat(e.attendance().warning()).as("Farida is below the warning share").isTrue();
        });
        List<EnrolmentView> amina = SignedIn.as("koordinator", () -> enrolments.forParticipant(DemoRegion.participant(1)));
        assertThat(amina).singleElement().satisfies(e -> assertThat(e.attendance().warning()).isFalse());
        List<EnrolmentView> natalia = SignedIn.as("larare", () -> enrolments.forParticipant(DemoRegion.participant(15)));
        assertThat(natalia).singleElement().satisfies(e -> {
            assertThat(e.result().outcome()).isEqualTo(ResultOutcome.PASSED);
            assertThat(e.endReason()).isEqualTo(EnrolmentEndReason.COMPLETED);
        });
    }

    @Test
    void yonasWorkPatternClashesWithHisCareCourseOnThursdays() {
        WeekView week = SignedIn.as("koordinator", () -> schedules.week(DemoRegion.participant(14), null));
        assertThat(week.entries()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.WORK);
            assertThat(e.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
            assertThat(e.clash()).isTrue();
        });
        assertThat(week.clashes()).isEqualTo(1);
    }

    @Test
    void runningTheLoaderAgainAddsNothing() throws Exception {
        Map<String, Long> before = rowCounts();
        demoRegion.run(new DefaultApplicationArguments());
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        return TABLES.stream().collect(Collectors.toMap(t -> t,
                t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()));
    }

    private String organisationOf(String username) {
        return jdbc.sql("select o.name from user_account u join organisation o on o.id = u.organisation_id where u.username = :u")
                .param("u", username).query(String.class).single();
    }

    private String unitOf(String username) {
        return jdbc.sql("select n.name from user_account u join unit n on n.id = u.unit_id where u.username = :u")
                .param("u", username).query(String.class).single();
    }
}
