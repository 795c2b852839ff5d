package se.kompetenskedjan.matching;

import java.util.List;
import java.util.Random;
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
import se.kompetenskedjan.Application;

/**
 * Matching end to end on a generated region in a real (embedded) PostgreSQL: 100,000 participants with candidate
 * profiles, mapped levels and plans, and 20,000 open places with supervisors, spread over 30 towns. Measures the
 * facade calls a page or the API makes, as the demo coordinator: SQL pre-filter, facts through the other modules'
 * facades, the engine, audit entries for the participants shown. Not part of the test suite; run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args=MatchingDatabaseBenchmark} (see docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class MatchingDatabaseBenchmark {

    static final int PARTICIPANTS = 100_000;
    static final int PLACES = 20_000;

    ConfigurableApplicationContext context;
    Matching matching;
    List<UUID> participants;
    List<UUID> places;
    AllocationCommand cohort;
    final Random random = new Random(7);

    @Setup(Level.Trial)
    public void generateRegion() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("demo");
        context = application.run("--server.port=0", "--logging.level.root=WARN");
        matching = context.getBean(Matching.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long started = System.nanoTime();
        GeneratedRegion.insert(jdbc, PARTICIPANTS, PLACES);
        System.out.printf("%nGenerated %,d participants and %,d places in %d s%n", PARTICIPANTS, PLACES,
                (System.nanoTime() - started) / 1_000_000_000);
        participants = jdbc.sql("SELECT participant_id FROM candidate_profile WHERE participant_id IN "
                + "(SELECT id FROM participant WHERE reserve_identity LIKE 'KK-BENCH-%') ORDER BY participant_id LIMIT 1000")
                .query(UUID.class).list();
        places = jdbc.sql("SELECT id FROM placement WHERE title LIKE 'Benchplats %' ORDER BY id LIMIT 1000")
                .query(UUID.class).list();
        // A spring intake: 2,000 participants of three towns, and 3,000 places of those and two more towns.
        List<UUID> intake = jdbc.sql("""
                SELECT c.participant_id FROM candidate_profile c JOIN participant p ON p.id = c.participant_id
                WHERE p.reserve_identity LIKE 'KK-BENCH-%' AND p.city IN ('Ort 1', 'Ort 2', 'Ort 3')
                ORDER BY c.participant_id LIMIT 2000""").query(UUID.class).list();
        List<UUID> intakePlaces = jdbc.sql("""
                SELECT id FROM placement WHERE title LIKE 'Benchplats %' AND city IN ('Ort 1', 'Ort 2', 'Ort 3', 'Ort 4', 'Ort 5')
                ORDER BY id LIMIT 3000""").query(UUID.class).list();
        cohort = new AllocationCommand(intake, intakePlaces);
        System.out.printf("Intake: %,d participants, %,d places%n", intake.size(), intakePlaces.size());
        signIn();
    }

    @Setup(Level.Iteration)
    public void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("koordinator", null, List.of()));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Ranking rankPlacesForOneParticipant() {
        return matching.placementsFor(participants.get(random.nextInt(participants.size())), 50);
    }

    @Benchmark
    public Ranking rankCandidatesForOnePlace() {
        return matching.candidatesFor(places.get(random.nextInt(places.size())), 50);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 5, time = 1)
    public AllocationView allocateSpringIntake() {
        return matching.allocate(cohort);
    }
}
