package se.kompetenskedjan.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every scheduled job runs on one node at a time (decision 86): each {@code @Scheduled} method also carries
 * {@code @SchedulerLock}, named {@code <module>.<job>} so that no two jobs share a lock.
 */
class ScheduledJobsTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.kompetenskedjan");

    @Test
    void everyScheduledJobHoldsASchedulerLock() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .because("several nodes run the application and a job must run on one of them (decision 86)")
                .check(MAIN);
    }

    @Test
    void eachLockIsNamedAfterItsModuleAndJob() {
        List<JavaMethod> locked = MAIN.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(SchedulerLock.class)).toList();
        assertThat(locked).as("the locked jobs (consent expiry, session clean-up, ...)").hasSizeGreaterThanOrEqualTo(2);
        List<String> names = locked.stream().map(m -> m.getAnnotationOfType(SchedulerLock.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates();
        for (JavaMethod method : locked) {
            String module = method.getOwner().getPackageName().replaceFirst("^se\\.kompetenskedjan\\.", "")
                    .replaceFirst("\\..*$", "");
            assertThat(method.getAnnotationOfType(SchedulerLock.class).name()).as(method.getFullName())
                    .matches(module + "\\.[a-z][A-Za-z]+");
        }
    }
}
