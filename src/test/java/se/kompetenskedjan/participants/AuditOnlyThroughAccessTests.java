package se.kompetenskedjan.participants;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.kompetenskedjan.shared.PersonalDataAccessed;

/**
 * Other modules record an access to a participant's data only through {@link ParticipantRegister#access}, which
 * checks the rule in the same call (decision 69). The compiler keeps them from a two-step record, since the facade
 * has none; this keeps them from publishing the audit event themselves.
 */
class AuditOnlyThroughAccessTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.kompetenskedjan");

    @Test
    void onlyTheParticipantsModuleMakesTheAuditEvent() {
        noClasses().that().resideOutsideOfPackages("se.kompetenskedjan.participants..",
                        "se.kompetenskedjan.privacy..", "se.kompetenskedjan.shared..")
                .should().dependOnClassesThat().belongToAnyOf(PersonalDataAccessed.class)
                .because("the access rule and the audit record are one call, ParticipantRegister.access")
                .check(MAIN);
    }
}
