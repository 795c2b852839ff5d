package se.kompetenskedjan.indicators.disclosure;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;

/**
 * OR-Tools' CP-SAT solver, its native library unpacked from its jar and loaded once per JVM. One worker and a fixed
 * seed, and a deterministic rather than a wall-clock time limit, so the same tables always give the same answer.
 */
final class OrTools {

    private OrTools() {
    }

    /** A new model; loads the native library first, which every OR-Tools object needs. */
    static CpModel model() {
        NativeLibraries.load();
        return new CpModel();
    }

    static CpSolver solver() {
        return solver(20);
    }

    /** A solver stopping after this much deterministic time (about seconds of work, the same on every run). */
    static CpSolver solver(double deterministicSeconds) {
        NativeLibraries.load();
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1).setMaxDeterministicTime(deterministicSeconds);
        return solver;
    }

    private static final class NativeLibraries {

        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
            // the static initialiser does the work, once
        }
    }
}
