package se.kompetenskedjan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: modules use each other's public face only (never internal packages), and form no cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /** Checked in, so that a newcomer sees every module's job, dependencies and events; refreshed by every build. */
    static final String DOCS = "docs/modules";

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The module map (components.puml), one component diagram per module (module-*.puml) and one canvas per module
     * (module-*.adoc: its public types, beans, events published and listened to), with an aggregating all-docs.adoc.
     */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS)).writeDocumentation();
        try (Stream<Path> files = Files.list(Path.of(DOCS))) {
            files.forEach(f -> {
                if (f.toString().endsWith(".puml")) {
                    sortStatements(f);
                } else if (f.toString().endsWith(".adoc")) {
                    sortLists(f);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canvases list beans and events in an order that varies between runs too: each list is sorted. */
    private static void sortLists(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (!line.startsWith("* ") && !line.startsWith("|* ")) {
                    out.add(line);
                    i++;
                    continue;
                }
                boolean cell = line.startsWith("|");
                List<String> items = new ArrayList<>();
                items.add(cell ? line.substring(1) : line);
                i++;
                while (i < lines.size() && lines.get(i).startsWith("* ")) {
                    items.add(lines.get(i++));
                }
                items.sort(null);
                if (cell) {
                    items.set(0, "|" + items.get(0));
                }
                out.addAll(items);
            }
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Structurizr writes a diagram's elements and relations in the order of hash sets, which varies between runs:
     * sorting each run of consecutive statement lines (not the blocks' opening and closing lines) keeps the checked-in
     * diagrams stable without changing what they draw.
     */
    private static void sortStatements(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> out = new ArrayList<>();
            List<String> run = new ArrayList<>();
            for (String line : lines) {
                if (sortable(line)) {
                    run.add(line);
                } else {
                    run.sort(null);
                    out.addAll(run);
                    run.clear();
                    out.add(line);
                }
            }
            run.sort(null);
            out.addAll(run);
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sortable(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("@") && !s.startsWith("!") && !s.startsWith("'") && !s.endsWith("{")
                && !s.equals("}") && !s.startsWith("title") && !s.startsWith("skinparam")
                && !s.startsWith("SHOW_") && !s.startsWith("LAYOUT_") && !s.startsWith("HIDE_");
    }
}
