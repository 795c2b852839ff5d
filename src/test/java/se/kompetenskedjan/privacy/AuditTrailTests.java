package se.kompetenskedjan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.PersonalDataAccessed;

@SpringBootTest
@ActiveProfiles("demo")
@Tag("db")
class AuditTrailTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void entriesCannotBeChangedOrDeleted() {
        long id = record();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET purpose = 'ändrat' WHERE id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT purpose FROM audit_entry WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Test");
    }

    @Test
    void anEventOutsideATransactionIsRefusedRatherThanLost() {
        assertThatThrownBy(() -> events.publishEvent(event()))
                .hasMessageContaining("transaction");
    }

    @Test
    void aTransactionWritesOneRowPerParticipantWithTheStrongestActionAndAllDetails() {
        UUID participant = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PersonalDataAccessed(ACTOR, AuditAction.LIST,
                    List.of(subject(participant), subject(other)), null));
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.VIEW, subject(participant), "plans"));
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.UPDATE, subject(participant), "plan agreed"));
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.VIEW, subject(participant), "plans"));
            assertThat(rows(participant)).as("written when the transaction commits, not before").isEmpty();
        });
        assertThat(rows(participant)).containsExactly("UPDATE:plan agreed; plans");
        assertThat(rows(other)).containsExactly("LIST");
    }

    @Test
    void differentKindsOfChangeStaySeparateEvents() {
        UUID participant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.UPDATE, subject(participant), null));
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.CONSENT_GIVEN, subject(participant), "Praktik"));
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.UPDATE, subject(participant), "level"));
        });
        assertThat(rows(participant)).containsExactlyInAnyOrder("UPDATE:level", "CONSENT_GIVEN:Praktik");
    }

    @Test
    void aRolledBackTransactionLeavesNoRow() {
        UUID participant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.UPDATE, subject(participant), null));
            status.setRollbackOnly();
        });
        assertThat(rows(participant)).isEmpty();
    }

    @Test
    void mergedDetailsAreCutToTheColumnsLength() {
        UUID participant = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 100; i++) {
                events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.VIEW, subject(participant), "detail " + i));
            }
        });
        assertThat(rows(participant)).singleElement().satisfies(row -> assertThat(row)
                .startsWith("VIEW:detail 0; detail 1; ").endsWith("…").hasSize("VIEW:".length() + 500));
    }

    @Test
    void theTimeComesFromTheApplicationsClock() {
        UUID participant = UUID.randomUUID();
        Instant before = clock.instant();
        transactions.executeWithoutResult(status ->
                events.publishEvent(PersonalDataAccessed.one(ACTOR, AuditAction.VIEW, subject(participant), null)));
        Instant at = jdbc.sql("SELECT occurred_at FROM audit_entry WHERE participant_id = :p").param("p", participant)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(at).isBetween(before.truncatedTo(ChronoUnit.MILLIS), clock.instant());
    }

    private List<String> rows(UUID participant) {
        return jdbc.sql("SELECT action, detail FROM audit_entry WHERE participant_id = :p ORDER BY id")
                .param("p", participant)
                .query((rs, row) -> rs.getString("action") + (rs.getString("detail") == null ? "" : ":" + rs.getString("detail")))
                .list();
    }

    private static final UUID SOMEONE = UUID.randomUUID();
    private static final PersonalDataAccessed.Actor ACTOR = new PersonalDataAccessed.Actor(SOMEONE, "Test", SOMEONE, "Testorg");

    private static PersonalDataAccessed.Subject subject(UUID participant) {
        return new PersonalDataAccessed.Subject(participant, SOMEONE, "Test");
    }

    /** Writes one entry and returns its id (read after the commit: entries are written as the transaction commits). */
    private long record() {
        PersonalDataAccessed event = event();
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        return jdbc.sql("SELECT id FROM audit_entry WHERE participant_id = :p")
                .param("p", event.subjects().get(0).participantId()).query(Long.class).single();
    }

    private static PersonalDataAccessed event() {
        java.util.UUID someone = java.util.UUID.randomUUID();
        return PersonalDataAccessed.one(new PersonalDataAccessed.Actor(someone, "Test", someone, "Testorg"),
                AuditAction.VIEW, new PersonalDataAccessed.Subject(java.util.UUID.randomUUID(), someone, "Test"), null);
    }
}
