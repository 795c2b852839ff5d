package se.kompetenskedjan.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The application's one Clock bean is the only source of time (decision 56): no wall-clock reads in main code and no
 * {@code now()} in the SQL it sends, so that a run with {@code kk.clock.start} moves every timestamp it writes.
 */
class ClockDisciplineTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.kompetenskedjan");

    /** Statics that read the system clock; System.nanoTime() measures durations and is not on the list. */
    private static final Set<String> WALL_CLOCK_OWNERS = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL_NOW = Pattern.compile(
            "(?i)\\b(now\\s*\\(\\s*\\)|current_timestamp|current_date|current_time|localtimestamp|localtime"
                    + "|clock_timestamp\\s*\\(|statement_timestamp\\s*\\(|transaction_timestamp\\s*\\()");

    @Test
    void mainCodeReadsNoWallClock() {
        DescribedPredicate<JavaCall<?>> wallClock = DescribedPredicate.describe("reads the wall clock", call -> {
            String owner = call.getTargetOwner().getName();
            String method = call.getName();
            return WALL_CLOCK_OWNERS.contains(owner) && method.equals("now")
                    || owner.equals("java.time.Clock") && method.startsWith("system")
                    || owner.equals("java.lang.System") && method.equals("currentTimeMillis")
                    || owner.equals("java.util.Calendar") && method.equals("getInstance")
                    || owner.equals("java.util.Date") && method.equals("<init>") && call.getTarget()
                            .getRawParameterTypes().isEmpty();
        });
        noClasses().that().doNotHaveFullyQualifiedName(TimeConfiguration.class.getName())
                .should().callCodeUnitWhere(wallClock)
                .because("time comes from the application's Clock bean (shared/TimeConfiguration)")
                .check(MAIN);
    }

    @Test
    void mainCodeSendsNoDatabaseNowInSql() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                String outsideTextBlocks = TEXT_BLOCK.matcher(source).replaceAll(m -> {
                    check(file, m.group(1), found);
                    return "\"\"";
                });
                Matcher strings = STRING.matcher(outsideTextBlocks);
                while (strings.find()) {
                    check(file, strings.group(1), found);
                }
            }
        }
        assertThat(found).as("SQL that takes the database's time instead of the Clock's (pass it as a parameter)")
                .isEmpty();
    }

    @Test
    void theSqlScanSeesNowInTextBlocksAndStrings() {
        List<String> found = new ArrayList<>();
        check(Path.of("A.java"), "UPDATE a SET updated_at = now() WHERE id = :id", found);
        check(Path.of("B.java"), "where d < CURRENT_DATE", found);
        check(Path.of("C.java"), "UPDATE a SET updated_at = :now WHERE id = :id", found);
        assertThat(found).hasSize(2);
    }

    private static void check(Path file, String sql, List<String> found) {
        Matcher m = SQL_NOW.matcher(sql);
        if (m.find()) {
            found.add(file + ": " + m.group() + " in \"" + sql.strip().replaceAll("\\s+", " ") + "\"");
        }
    }
}
