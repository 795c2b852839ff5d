package se.kompetenskedjan.plans;

import static se.kompetenskedjan.shared.SwedishTime.SWEDEN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One revision of an individual plan; revisions lists every revision ever saved, newest first. */
public record PlanView(UUID id, UUID participantId, UUID targetProfileVersionId, String targetTitle, int revision,
        List<PlanCommand.Goal> goals, List<PlanCommand.Activity> activities, String consequences, LocalDate reviewOn,
        Instant agreedAt, boolean agreedByParticipant, String agreedByName, Instant savedAt, String savedByName,
        List<RevisionSummary> revisions, long version) {

    public record RevisionSummary(int revision, Instant savedAt, String savedByName, Instant agreedAt) {

        public LocalDate savedOn() {
            return LocalDate.ofInstant(savedAt, SWEDEN);
        }
    }

    public LocalDate savedOn() {
        return LocalDate.ofInstant(savedAt, SWEDEN);
    }
}
