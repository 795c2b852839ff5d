package se.kompetenskedjan.language.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.ParticipantMatchFacts;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;

/**
 * A validated Swedish level that is not the register's level yet: the coordinator records it (decision 44 keeps that
 * a person's step, since the register's level may come from a course grade).
 */
@Component
class LevelCaseSignals implements CaseSignalSource {

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;

    LevelCaseSignals(JdbcClient jdbc, ParticipantRegister participants) {
        this.jdbc = jdbc;
        this.participants = participants;
    }

    @Override
    public List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        List<Validated> validated = jdbc.sql("""
                SELECT participant_id, swedish_level, assessed_on FROM language_validated_level
                 WHERE participant_id = ANY(:ids)
                """).param("ids", participantIds.toArray(UUID[]::new)).query(Validated.class).list();
        if (validated.isEmpty()) {
            return List.of();
        }
        Map<UUID, SwedishLevel> registered = participants.matchFacts(validated.stream().map(Validated::participantId)
                .toList()).stream().filter(f -> f.swedishLevel() != null)
                .collect(Collectors.toMap(ParticipantMatchFacts::id, ParticipantMatchFacts::swedishLevel));
        return validated.stream()
                .filter(v -> !SwedishLevel.valueOf(v.swedishLevel()).equals(registered.get(v.participantId())))
                .map(v -> new CaseSignal(v.participantId(), CaseSignalKind.LEVEL_TO_RECORD, v.assessedOn(), 1))
                .toList();
    }

    record Validated(UUID participantId, String swedishLevel, LocalDate assessedOn) {
    }
}
