package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No module's SQL names a table that another module's migrations create. A migration belongs to the module its file
 * name starts with ({@code V8__placements_...}); a later migration may hand a table to another module with
 * {@code COMMENT ON TABLE t IS 'Owner: module. ...'} (applied migrations cannot be renamed). Every string literal in
 * {@code src/main/java} and every {@code @Table} name is read; there is no allow-list.
 */
class ModuleTablesTests {

    private static final Path MAIN = Path.of("src/main/java/se/kompetenskedjan");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?(?:table|(?:materialized\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern OWNER_COMMENT = Pattern.compile(
            "(?i)\\bcomment\\s+on\\s+table\\s+([a-z_][a-z0-9_]*)\\s+is\\s+'owner:\\s*([a-z]+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABLE_USE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");

    @Test
    void noModuleNamesAnotherModulesTables() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsKeys("participant", "placement", "unit", "audit_entry");

        List<String> crossings = new ArrayList<>();
        int ownUses = 0;
        for (Path file : javaFiles()) {
            String module = MAIN.relativize(file).getName(0).toString();
            String source = Files.readString(file);
            for (String table : tablesNamedIn(source)) {
                String owner = owners.get(table);
                if (owner == null) {
                    continue; // not a table of ours: an alias, a CTE, a function, a word in a message
                }
                if (owner.equals(module)) {
                    ownUses++;
                } else {
                    crossings.add(module + " names " + owner + "'s table " + table + " in " + MAIN.relativize(file));
                }
            }
        }
        assertThat(ownUses).as("the scan finds the modules' own SQL").isGreaterThan(100);
        assertThat(crossings).isEmpty();
    }

    @Test
    void everyTableHasAnOwnerThatIsAModule() throws IOException {
        List<String> modules;
        try (Stream<Path> dirs = Files.list(MAIN)) {
            modules = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
        }
        tableOwners().forEach((table, owner) -> assertThat(modules).as("owner of table " + table).contains(owner));
    }

    static List<String> tablesNamedIn(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            literals.add(blocks.group(1));
            blocks.appendReplacement(rest, "");
        }
        blocks.appendTail(rest);
        Matcher strings = STRING.matcher(rest);
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        List<String> tables = new ArrayList<>();
        for (String literal : literals) {
            Matcher use = TABLE_USE.matcher(literal);
            while (use.find()) {
                tables.add(use.group(1).toLowerCase(Locale.ROOT));
            }
        }
        Matcher annotation = TABLE_ANNOTATION.matcher(source);
        while (annotation.find()) {
            tables.add(annotation.group(1));
        }
        return tables;
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, String> handedOver = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("migration name V<n>__<module>_<what>.sql: " + file).isTrue();
                String sql = Files.readString(file);
                Matcher create = CREATE_TABLE.matcher(sql);
                while (create.find()) {
                    owners.put(create.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
                Matcher comment = OWNER_COMMENT.matcher(sql);
                while (comment.find()) {
                    handedOver.put(comment.group(1).toLowerCase(Locale.ROOT), comment.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        owners.putAll(handedOver);
        return owners;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
