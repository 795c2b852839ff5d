package se.kompetenskedjan.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.Application;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The caseload of a coordinator with 200 participants in a region of 100,000 participants and about 2 million
 * check-ins and events (issue 14, item 12), on the embedded PostgreSQL, against the bare SQL it needs in the same run.
 *
 * <ul>
 * <li>{@link #caseloadFirstPage}: {@code Caseloads.caseload(null, EVERYONE, 0, 25)} as the signed-in coordinator,
 * exactly what {@code /arbetslista} and {@code GET /api/v1/caseload} ask: the caseload, every signal source (with
 * the follow-up module's access rule), ranking, the register's names of the 25 rows shown under the access rule, and
 * their 25 audit rows written before the commit.</li>
 * <li>{@link #bareSql}: the floor. Hand-written SQL in one read-only transaction that returns the same signals for
 * the same 200 participants (missed weeks, open flags and last check-in computed in SQL, the lock-in joined with the
 * ladder's steps), the same ranking in a few lines of Java, and the names of the 25 shown. No access rule, no audit
 * row, no entities: what any implementation must read.</li>
 * </ul>
 *
 * Not part of the test suite; run with {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=CaseloadDatabaseBenchmark}
 * (see docs/PERFORMANCE.md). The setup checks that both return the same first page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 10, time = 5)
public class CaseloadDatabaseBenchmark {

    static final int PARTICIPANTS = 100_000;
    static final int PAGE_SIZE = 25;
    static final int NO_CONTACT_DAYS = 14;

    ConfigurableApplicationContext context;
    Caseloads caseloads;
    JdbcClient jdbc;
    TransactionTemplate readOnly;
    LocalDate today;
    UUID coordinator;

    @Setup(Level.Trial)
    public void generateRegion() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("demo");
        context = application.run("--server.port=0", "--logging.level.root=WARN");
        caseloads = context.getBean(Caseloads.class);
        jdbc = context.getBean(JdbcClient.class);
        PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        today = SwedishTime.today(context.getBean(Clock.class));
        if (!GeneratedCaseloadRegion.present(jdbc)) {
            generate(transactions);
        }
        coordinator = GeneratedCaseloadRegion.coordinator(jdbc);
        signIn();
        CaseloadView view = caseloadFirstPage();
        System.out.printf("The coordinator's caseload: %d participants, %d with something overdue, by kind %s%n",
                view.caseloadSize(), view.overdueParticipants(), view.participantsByKind());
        List<String> facade = view.rows().items().stream().map(r -> r.participantId() + " " + r.urgency()).toList();
        List<String> floor = bareSql().stream().map(r -> r.id() + " " + r.urgency()).toList();
        if (!facade.equals(floor)) {
            throw new IllegalStateException("the bare SQL ranks another first page:\n" + facade + "\n" + floor);
        }
        System.out.println("The bare SQL gives the same first page (participants and urgencies).");
        timeSources();
    }

    /** Where the facade's time goes: each signal source alone, 20 times after 20 warm-up calls (a rough guide). */
    private void timeSources() {
        Set<UUID> ids = Set.copyOf(jdbc.sql("SELECT id FROM participant WHERE coordinator_id = :c")
                .param("c", coordinator).query(UUID.class).list());
        for (Map.Entry<String, CaseSignalSource> source : context.getBeansOfType(CaseSignalSource.class).entrySet()) {
            long nanos = 0;
            for (int i = 0; i < 40; i++) {
                long started = System.nanoTime();
                readOnly.executeWithoutResult(status -> source.getValue().answer(ids, today));
                nanos += i < 20 ? 0 : System.nanoTime() - started;
            }
            System.out.printf("  %s: %.1f ms%n", source.getKey(), nanos / 20 / 1e6);
        }
    }

    private void generate(PlatformTransactionManager transactions) {
        long started = System.nanoTime();
        Map<String, Long> rows = new TransactionTemplate(transactions)
                .execute(status -> GeneratedCaseloadRegion.insert(jdbc, PARTICIPANTS, today));
        jdbc.sql("VACUUM ANALYZE").update();
        long checkInsAndEvents = rows.entrySet().stream()
                .filter(e -> !List.of("user_account", "participant", "consent_organisation").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("%nGenerated in %d s: %s%n%,d check-ins and events (every table but participants, accounts "
                        + "and consent organisations)%n",
                (System.nanoTime() - started) / 1_000_000_000, rows, checkInsAndEvents);
    }

    @Setup(Level.Iteration)
    public void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                GeneratedCaseloadRegion.COORDINATOR_USERNAME, null, List.of()));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public CaseloadView caseloadFirstPage() {
        return caseloads.caseload(null, CaseloadQuery.EVERYONE, 0, PAGE_SIZE);
    }

    @Benchmark
    public List<Shown> bareSql() {
        return readOnly.execute(status -> floor(coordinator));
    }

    public record Shown(UUID id, String firstName, String lastName, String status, int urgency) {
    }

    private List<Shown> floor(UUID coordinator) {
        UUID[] ids = jdbc.sql("""
                SELECT id FROM participant
                 WHERE coordinator_id = :c AND status NOT IN ('REGULAR_EMPLOYMENT', 'COMPLETED', 'DROPPED_OUT')""")
                .param("c", coordinator).query(UUID.class).list().toArray(UUID[]::new);
        List<CaseSignal> signals = new ArrayList<>();
        jdbc.sql("""
                SELECT participant_id, min(due_date) AS due_on, count(*) AS n FROM task
                 WHERE participant_id = ANY(:ids) AND status = 'OPEN' AND due_date < :today GROUP BY participant_id""")
                .param("ids", ids).param("today", today)
                .query((rs, i) -> signals.add(signal(rs.getObject(1, UUID.class), CaseSignalKind.OVERDUE_ACTION,
                        rs.getObject(2, LocalDate.class), rs.getInt(3)))).list();
        jdbc.sql("""
                SELECT participant_id, max(valid_until) FROM consent
                 WHERE participant_id = ANY(:ids) AND withdrawn_at IS NULL GROUP BY participant_id
                HAVING max(valid_until) BETWEEN :today AND :until""")
                .param("ids", ids).param("today", today).param("until", today.plusDays(30))
                .query((rs, i) -> signals.add(signal(rs.getObject(1, UUID.class), CaseSignalKind.CONSENT_EXPIRING,
                        rs.getObject(2, LocalDate.class), 1))).list();
        jdbc.sql("""
                SELECT pr.participant_id, min(pr.ends_on) FROM placement_proposal pr
                 WHERE pr.participant_id = ANY(:ids) AND pr.status = 'ACTIVE' AND pr.ends_on <= :until
                   AND NOT EXISTS (SELECT 1 FROM placement_proposal nx WHERE nx.participant_id = pr.participant_id
                                      AND nx.id <> pr.id AND nx.status IN ('ACCEPTED', 'AGREED'))
                 GROUP BY pr.participant_id""")
                .param("ids", ids).param("until", today.plusDays(14))
                .query((rs, i) -> signals.add(signal(rs.getObject(1, UUID.class), CaseSignalKind.PLACEMENT_ENDING,
                        rs.getObject(2, LocalDate.class), 1))).list();
        jdbc.sql("""
                SELECT p.participant_id, min(r.review_on), count(*) FROM plan p
                  JOIN plan_revision r ON r.plan_id = p.id AND r.revision = p.current_revision
                 WHERE p.participant_id = ANY(:ids) AND r.review_on <= :until GROUP BY p.participant_id""")
                .param("ids", ids).param("until", today.plusDays(7))
                .query((rs, i) -> signals.add(signal(rs.getObject(1, UUID.class), CaseSignalKind.PLAN_REVIEW_DUE,
                        rs.getObject(2, LocalDate.class), rs.getInt(3)))).list();
        jdbc.sql("""
                SELECT j.participant_id, s.occurred_on + 7 * st.max_weeks FROM journey j
                  JOIN LATERAL (SELECT to_step_id, occurred_on FROM journey_event
                                 WHERE journey_id = j.id AND to_step_id IS NOT NULL
                                 ORDER BY occurred_on DESC, sequence DESC LIMIT 1) s ON true
                  LEFT JOIN LATERAL (SELECT type FROM journey_event
                                      WHERE journey_id = j.id AND type IN ('PAUSED', 'RESUMED')
                                      ORDER BY occurred_on DESC, sequence DESC LIMIT 1) pa ON true
                  JOIN ladder_step st ON st.id = s.to_step_id
                 WHERE j.participant_id = ANY(:ids) AND j.ended_on IS NULL AND pa.type IS DISTINCT FROM 'PAUSED'
                   AND (:today - s.occurred_on) / 7 > st.max_weeks""")
                .param("ids", ids).param("today", today)
                .query((rs, i) -> signals.add(signal(rs.getObject(1, UUID.class), CaseSignalKind.STEP_TIME_EXCEEDED,
                        rs.getObject(2, LocalDate.class), 1))).list();
        jdbc.sql("""
                SELECT v.participant_id, v.assessed_on FROM language_validated_level v
                  JOIN participant p ON p.id = v.participant_id
                 WHERE v.participant_id = ANY(:ids) AND v.swedish_level <> p.swedish_level""")
                .param("ids", ids)
                .query((rs, i) -> signals.add(signal(rs.getObject(1, UUID.class), CaseSignalKind.LEVEL_TO_RECORD,
                        rs.getObject(2, LocalDate.class), 1))).list();
        // Follow-up: the weeks due on each step (weekly: the generated ladder has no rhythm saved), those without a
        // check-in of the participant (or, while supervised, of a supervisor), open flags, the last check-in.
        jdbc.sql("""
                WITH ev AS (
                    SELECT participant_id, type, occurred_on,
                           lead(occurred_on) OVER (PARTITION BY journey_id ORDER BY occurred_on,
                               array_position(ARRAY['ENROLLED','RESUMED','STEP_ENTERED','PAUSED','ENDED','OUTCOME'], type), seq) AS leaving
                      FROM followup_journey_event WHERE participant_id = ANY(:ids)),
                weeks AS (
                    SELECT DISTINCT ev.participant_id, w::date AS start
                      FROM ev CROSS JOIN LATERAL generate_series(date_trunc('week', ev.occurred_on + 6),
                                                                 :today::date - 7, interval '7 days') w
                     WHERE ev.type IN ('ENROLLED', 'STEP_ENTERED') AND (ev.leaving IS NULL OR w::date < ev.leaving)),
                missed AS (
                    SELECT w.participant_id, count(*) AS n, max(w.start) + 6 AS latest FROM weeks w
                     WHERE NOT EXISTS (SELECT 1 FROM followup_checkin c WHERE c.participant_id = w.participant_id
                                          AND c.audience = 'PARTICIPANT' AND c.period_start <= w.start + 6
                                          AND c.period_end >= w.start)
                       AND NOT (EXISTS (SELECT 1 FROM followup_supervision s WHERE s.participant_id = w.participant_id
                                           AND s.starts_on <= w.start + 6 AND (s.ends_on IS NULL OR s.ends_on >= w.start))
                                AND EXISTS (SELECT 1 FROM followup_checkin c WHERE c.participant_id = w.participant_id
                                               AND c.audience = 'SUPERVISOR' AND c.period_start <= w.start + 6
                                               AND c.period_end >= w.start))
                     GROUP BY w.participant_id),
                flags AS (
                    SELECT participant_id, count(*) AS n FROM followup_checkin_flag
                     WHERE participant_id = ANY(:ids) AND status = 'OPEN' GROUP BY participant_id),
                last AS (
                    SELECT participant_id, max((answered_at AT TIME ZONE 'Europe/Stockholm')::date) AS on
                      FROM followup_checkin WHERE participant_id = ANY(:ids) GROUP BY participant_id)
                SELECT p.id, m.n AS missed, m.latest, f.n AS flags, l.on AS last
                  FROM unnest(:ids::uuid[]) AS p(id)
                  LEFT JOIN missed m ON m.participant_id = p.id LEFT JOIN flags f ON f.participant_id = p.id
                  LEFT JOIN last l ON l.participant_id = p.id""")
                .param("ids", ids).param("today", today)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    LocalDate last = rs.getObject("last", LocalDate.class);
                    if (rs.getInt("missed") > 0) {
                        signals.add(signal(id, CaseSignalKind.MISSED_CHECK_IN, rs.getObject("latest", LocalDate.class),
                                rs.getInt("missed")));
                    }
                    if (rs.getInt("flags") > 0) {
                        signals.add(signal(id, CaseSignalKind.OPEN_OBSTACLE, last == null ? today : last,
                                rs.getInt("flags")));
                    }
                    if (last != null && last.plusDays(NO_CONTACT_DAYS).isBefore(today)) {
                        signals.add(signal(id, CaseSignalKind.NO_CONTACT, last.plusDays(NO_CONTACT_DAYS), 1));
                    }
                    return id;
                }).list();

        // The same order as the caseload: the weights plus a day each past due (up to 30), the earliest due date,
        // the id.
        Map<UUID, List<CaseSignal>> byParticipant = new HashMap<>();
        for (UUID id : ids) {
            byParticipant.put(id, new ArrayList<>());
        }
        signals.forEach(s -> byParticipant.get(s.participantId()).add(s));
        record Rank(UUID id, int urgency, LocalDate earliest) {
        }
        List<Rank> ranked = byParticipant.entrySet().stream().map(e -> new Rank(e.getKey(),
                        e.getValue().stream().mapToInt(s -> s.kind().weight()
                                + (int) Math.max(0, Math.min(30, today.toEpochDay() - s.dueOn().toEpochDay()))).sum(),
                        e.getValue().stream().map(CaseSignal::dueOn).min(Comparator.naturalOrder()).orElse(null)))
                .sorted(Comparator.comparingInt(Rank::urgency).reversed()
                        .thenComparing(Rank::earliest, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Rank::id))
                .limit(PAGE_SIZE).toList();
        Map<UUID, Integer> urgency = new TreeMap<>();
        ranked.forEach(r -> urgency.put(r.id(), r.urgency()));
        Map<UUID, Shown> names = new HashMap<>();
        jdbc.sql("SELECT id, first_name, last_name, status FROM participant WHERE id = ANY(:ids)")
                .param("ids", ranked.stream().map(Rank::id).toArray(UUID[]::new))
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return names.put(id, new Shown(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            urgency.get(id)));
                }).list();
        return ranked.stream().map(r -> names.get(r.id())).toList();
    }

    private static CaseSignal signal(UUID participant, CaseSignalKind kind, LocalDate due, int count) {
        return new CaseSignal(participant, kind, due, count);
    }
}
