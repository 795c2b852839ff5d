package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

public record MappingEntryView(UUID id, UUID itemKey, int level, MappingSource source, LocalDate assessedOn, String note,
        String recordedByName) {
}
