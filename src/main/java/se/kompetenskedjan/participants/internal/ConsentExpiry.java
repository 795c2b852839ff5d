package se.kompetenskedjan.participants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.participants.ConsentExpired;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Announces each consent that has run out (valid until a day before today, Stockholm time, not withdrawn) once, as
 * ConsentExpired. Runs every quarter hour, on one node at a time (the scheduler lock, decision 86); should two runs
 * still meet, each consent is taken by one (SKIP LOCKED). A consent lapses by its date alone: the access rule never
 * waits for this event.
 */
@Component
class ConsentExpiry {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentExpiry(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT15M")
    @SchedulerLock(name = "participants.consentExpiry")
    @Transactional
    public List<ConsentExpired> announceExpired() {
        LocalDate today = SwedishTime.today(clock);
        List<ConsentExpired> expired = jdbc.sql("""
                SELECT c.id, c.participant_id, p.organisation_id, c.valid_until,
                       array(SELECT co.organisation_id FROM consent_organisation co WHERE co.consent_id = c.id) AS orgs
                FROM consent c JOIN participant p ON p.id = c.participant_id
                WHERE c.withdrawn_at IS NULL AND c.valid_until < :today AND c.expiry_announced_at IS NULL
                ORDER BY c.valid_until, c.id
                LIMIT 500
                FOR UPDATE OF c SKIP LOCKED""")
                .param("today", today)
                .query((rs, n) -> {
                    Set<UUID> organisations = new HashSet<>();
                    for (Object o : (Object[]) rs.getArray("orgs").getArray()) {
                        organisations.add((UUID) o);
                    }
                    return new ConsentExpired(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                            rs.getObject("organisation_id", UUID.class), Set.copyOf(organisations),
                            rs.getObject("valid_until", LocalDate.class));
                })
                .list();
        for (ConsentExpired consent : expired) {
            jdbc.sql("UPDATE consent SET expiry_announced_at = :now WHERE id = :id")
                    .param("now", java.sql.Timestamp.from(clock.instant())).param("id", consent.consentId()).update();
            events.publishEvent(consent);
        }
        return expired;
    }
}
