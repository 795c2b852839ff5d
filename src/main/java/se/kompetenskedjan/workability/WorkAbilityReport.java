package se.kompetenskedjan.workability;

import java.time.LocalDate;

/** The dated report of a signed work-ability assessment: the assessment and who it is about. */
public record WorkAbilityReport(WorkAbilityAssessmentView assessment, String participantName, String personnummer,
        LocalDate reportDate) {
}
