package se.kompetenskedjan.matching.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-memory matching engine on a generated region ({@link SwedishRegion}, fixed seed): 100,000 participants and
 * 20,000 placements. Not a test (Surefire runs only *Tests); run with {@code ./mvnw -Pbench test-compile exec:exec}
 * (see docs/PERFORMANCE.md). Each call ranks for the next of 64 sampled participants or placements, so the figures
 * are means over a spread of towns, modes and levels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmark {

    static final int CANDIDATES = 100_000;
    static final int PLACEMENTS = 20_000;
    static final int COHORT = 2_000;
    static final int COHORT_PLACEMENTS = 3_000;
    static final int TOP = 50;
    static final int SAMPLES = 64;

    SwedishRegion region;
    List<CandidateFacts> cohort;
    List<PlacementFacts> cohortPlacements;
    CandidateFacts[] sampleCandidates;
    PlacementFacts[] samplePlacements;
    int next;
    final CohortAllocator allocator = new CohortAllocator();

    @Setup(Level.Trial)
    public void generate() {
        long start = System.nanoTime();
        region = new SwedishRegion(20260401L, CANDIDATES, PLACEMENTS);
        cohort = region.candidates.subList(0, COHORT);
        cohortPlacements = region.placements.subList(0, COHORT_PLACEMENTS);
        sampleCandidates = new CandidateFacts[SAMPLES];
        samplePlacements = new PlacementFacts[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            sampleCandidates[i] = region.candidates.get(i * (CANDIDATES / SAMPLES));
            samplePlacements[i] = region.placements.get(i * (PLACEMENTS / SAMPLES));
        }
        System.out.printf("%nregion: %d participants, %d placements in %d towns, generated in %d ms%n", CANDIDATES,
                PLACEMENTS, SwedishRegion.townCount(), (System.nanoTime() - start) / 1_000_000);
        describe();
        allocator.allocate(problem()); // loads the native library before measuring
    }

    /** Figures that say how hard the workload is: eligible counts of the samples and the cohort's arcs. */
    private void describe() {
        long placementsEligible = 0;
        long candidatesEligible = 0;
        for (int i = 0; i < SAMPLES; i++) {
            placementsEligible += MatchScorer.rankPlacements(sampleCandidates[i], region.placements, Map.of(), 0)
                    .eligibleCount();
            candidatesEligible += MatchScorer.rankCandidates(samplePlacements[i], region.candidates, Map.of(), 0)
                    .eligibleCount();
        }
        long start = System.nanoTime();
        AllocationProblem problem = problem();
        long built = System.nanoTime();
        Allocation allocation = allocator.allocate(problem);
        long solved = System.nanoTime();
        System.out.printf("eligible placements per sampled participant: %.0f of %d; eligible participants per sampled "
                + "placement: %.0f of %d%n", placementsEligible / (double) SAMPLES, PLACEMENTS,
                candidatesEligible / (double) SAMPLES, CANDIDATES);
        System.out.printf("cohort: %d participants x %d placements (%d seats, %d supervisor slots), %d eligible arcs; "
                + "%d placed, total score %d%n", COHORT, COHORT_PLACEMENTS,
                Arrays.stream(region.seats, 0, COHORT_PLACEMENTS).sum(), cohortSupervisorSlots(),
                problem.arcCount(), allocation.assignedCount(), allocation.totalScore());
        System.out.printf("one cold run: arcs built in %d ms, allocated in %d ms%n", (built - start) / 1_000_000,
                (solved - built) / 1_000_000);
    }

    private int cohortSupervisorSlots() {
        return Arrays.stream(region.supervisorsOfPlacement, 0, COHORT_PLACEMENTS).flatMapToInt(Arrays::stream)
                .distinct().map(j -> region.supervisorSlots[j]).sum();
    }

    @Benchmark
    public Object rankPlacementsForOneParticipant() {
        CandidateFacts c = sampleCandidates[next++ & (SAMPLES - 1)];
        return MatchScorer.rankPlacements(c, region.placements, Map.of(), TOP);
    }

    @Benchmark
    public Object rankCandidatesForOnePlacement() {
        PlacementFacts p = samplePlacements[next++ & (SAMPLES - 1)];
        return MatchScorer.rankCandidates(p, region.candidates, Map.of(), TOP);
    }

    /** Builds the arcs (quickScore of every pair within reach, {@link CohortArcs}) and allocates: both measured. */
    @Benchmark
    public Object allocateCohort() {
        return allocator.allocate(problem());
    }

    /** The first half of {@link #allocateCohort} alone, to see how its time divides. */
    @Benchmark
    public Object buildCohortArcs() {
        return CohortArcs.build(cohort, cohortPlacements, Map.of());
    }

    /** The cohort's eligible pairs by the hard filter, with their quick scores ({@link CohortArcs}). */
    AllocationProblem problem() {
        CohortArcs arcs = CohortArcs.build(cohort, cohortPlacements, Map.of());
        return new AllocationProblem(cohort.size(), Arrays.copyOf(region.seats, COHORT_PLACEMENTS),
                region.supervisorSlots, Arrays.copyOf(region.supervisorsOfPlacement, COHORT_PLACEMENTS),
                arcs.participant(), arcs.placement(), arcs.score());
    }
}
