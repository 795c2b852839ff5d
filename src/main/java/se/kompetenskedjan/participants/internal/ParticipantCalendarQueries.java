package se.kompetenskedjan.participants.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.participants.ParticipantCalendar;

@Component
@Transactional(readOnly = true)
class ParticipantCalendarQueries implements ParticipantCalendar {

    private static final String IN_THE_CHAIN = "p.status NOT IN ('REGULAR_EMPLOYMENT', 'COMPLETED', 'DROPPED_OUT')"
            + " AND p.coordinator_id IS NOT NULL";

    private final JdbcClient jdbc;

    ParticipantCalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Responsibility> responsible(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        if (participantIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1,000 participants");
        }
        return jdbc.sql("SELECT p.id, p.organisation_id, p.coordinator_id FROM participant p WHERE p.id IN (:ids) AND "
                + IN_THE_CHAIN).param("ids", List.copyOf(participantIds))
                .query((rs, n) -> new Responsibility(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getObject("coordinator_id", UUID.class)))
                .list().stream().collect(Collectors.toMap(Responsibility::participantId, Function.identity()));
    }

    @Override
    public Map<UUID, Responsibility> responsibleAfterExit(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        if (participantIds.size() > 1000) {
            throw new IllegalArgumentException("at most 1,000 participants");
        }
        return jdbc.sql("SELECT p.id, p.organisation_id, p.coordinator_id FROM participant p WHERE p.id IN (:ids)"
                + " AND p.coordinator_id IS NOT NULL").param("ids", List.copyOf(participantIds))
                .query((rs, n) -> new Responsibility(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getObject("coordinator_id", UUID.class)))
                .list().stream().collect(Collectors.toMap(Responsibility::participantId, Function.identity()));
    }

    @Override
    public List<ConsentEnding> consentsEnding(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT c.id, c.valid_until, p.id AS participant_id, p.organisation_id, p.coordinator_id
                FROM consent c JOIN participant p ON p.id = c.participant_id
                WHERE c.withdrawn_at IS NULL AND c.valid_until BETWEEN :from AND :to AND c.given_on <= :from
                  AND NOT EXISTS (SELECT 1 FROM consent later
                                  WHERE later.participant_id = c.participant_id AND later.withdrawn_at IS NULL
                                    AND later.given_on <= :from AND later.valid_until > c.valid_until)
                  AND %s
                ORDER BY c.valid_until, c.id LIMIT 1000""".formatted(IN_THE_CHAIN))
                .param("from", from).param("to", to)
                .query((rs, n) -> new ConsentEnding(rs.getObject("id", UUID.class),
                        new Responsibility(rs.getObject("participant_id", UUID.class),
                                rs.getObject("organisation_id", UUID.class), rs.getObject("coordinator_id", UUID.class)),
                        rs.getObject("valid_until", LocalDate.class)))
                .list();
    }
}
