package se.kompetenskedjan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private long record() {
        return transactions.execute(status -> {
            events.publishEvent(event());
            return jdbc.sql("SELECT max(id) FROM audit_entry").query(Long.class).single();
        });
    }

    private static PersonalDataAccessed event() {
        java.util.UUID someone = java.util.UUID.randomUUID();
        return PersonalDataAccessed.one(new PersonalDataAccessed.Actor(someone, "Test", someone, "Testorg"),
                AuditAction.VIEW, new PersonalDataAccessed.Subject(java.util.UUID.randomUUID(), someone, "Test"), null);
    }
}
