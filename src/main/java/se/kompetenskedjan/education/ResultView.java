package se.kompetenskedjan.education;

import java.time.LocalDate;
import java.util.UUID;

public record ResultView(ResultOutcome outcome, String grade, LocalDate decidedOn, UUID recordedBy,
        String recordedByName) {
}
