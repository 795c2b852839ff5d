package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.support.ApiTest;

/**
 * The session store and a request's audit row run in plain JDBC transactions when no transaction runs (no entity
 * manager opened), still all or nothing; inside a running JPA transaction they take part in it as before; and the
 * application's own TransactionTemplate stays the JPA one (decision 98).
 */
@ApiTest
class SqlOnlyTransactionsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate applicationTransactions;

    @Test
    void outsideATransactionTheWorkRunsInAJdbcTransactionWithoutAnEntityManager() {
        TransactionOperations sessions = sessionTransactions();
        String name = "sql-only-" + UUID.randomUUID();

        boolean[] seen = new boolean[2];
        sessions.executeWithoutResult(status -> {
            seen[0] = TransactionSynchronizationManager.isActualTransactionActive();
            seen[1] = TransactionSynchronizationManager.hasResource(entityManagerFactory);
            insertLock(name);
        });
        assertThat(seen[0]).as("a transaction runs").isTrue();
        assertThat(seen[1]).as("an entity manager is bound").isFalse();
        assertThat(locks(name)).isEqualTo(1);
        jdbc.sql("DELETE FROM shedlock WHERE name = :name").param("name", name).update();

        // All or nothing: two statements, then a failure, leave neither
        assertThatThrownBy(() -> sessions.executeWithoutResult(status -> {
            insertLock(name);
            insertLock(name + "-2");
            throw new IllegalStateException("fails after two statements");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(locks(name) + locks(name + "-2")).isZero();
    }

    @Test
    void insideAJpaTransactionTheWorkTakesPartInIt() {
        TransactionOperations sessions = sessionTransactions();
        String name = "sql-only-" + UUID.randomUUID();

        boolean[] entityManagerBound = new boolean[1];
        assertThatThrownBy(() -> applicationTransactions.executeWithoutResult(outer -> {
            sessions.executeWithoutResult(status -> {
                entityManagerBound[0] = TransactionSynchronizationManager.hasResource(entityManagerFactory);
                insertLock(name);
            });
            throw new IllegalStateException("the outer transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(entityManagerBound[0]).isTrue();
        assertThat(locks(name)).as("rolled back with the outer transaction").isZero();
    }

    @Test
    void requiresNewInsideAJpaTransactionCommitsOnItsOwnAsBefore() {
        TransactionOperations audit = new SqlOnlyTransactions(context.getBean(javax.sql.DataSource.class),
                applicationTransactions.getTransactionManager(), TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String name = "sql-only-" + UUID.randomUUID();

        assertThatThrownBy(() -> applicationTransactions.executeWithoutResult(outer -> {
            audit.executeWithoutResult(status -> insertLock(name));
            throw new IllegalStateException("the outer transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(locks(name)).as("its own transaction committed").isEqualTo(1);
        jdbc.sql("DELETE FROM shedlock WHERE name = :name").param("name", name).update();
    }

    @Test
    void theApplicationsTransactionTemplateStaysTheJpaOne() {
        assertThat(applicationTransactions.getTransactionManager()).isInstanceOf(JpaTransactionManager.class);
        assertThat(sessionTransactions()).isInstanceOf(SqlOnlyTransactions.class);
    }

    private TransactionOperations sessionTransactions() {
        return context.getBean("springSessionTransactionOperations", TransactionOperations.class);
    }

    private void insertLock(String name) {
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (:name, :at, :at, 'test')")
                .param("name", name).param("at", Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"))).update();
    }

    private int locks(String name) {
        return jdbc.sql("SELECT count(*) FROM shedlock WHERE name = :name").param("name", name).query(Integer.class)
                .single();
    }
}
