package se.kompetenskedjan.placements;

import java.time.LocalDate;
import java.util.UUID;

public record SupervisorView(UUID id, UUID organisationId, UUID unitId, String unitName, UUID userId, String name,
        String title, LocalDate supervisorTrainingOn, LocalDate languageTrainingOn, int capacity, int slotsUsed,
        int freeSlots, boolean partTime, boolean willing, String notes, long lockVersion) {

    public boolean trained() {
        return supervisorTrainingOn != null;
    }

    public boolean languageTrained() {
        return languageTrainingOn != null;
    }
}
