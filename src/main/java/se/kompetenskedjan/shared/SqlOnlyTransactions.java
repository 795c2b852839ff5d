package se.kompetenskedjan.shared;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions for work that only runs SQL on the application's pool (the session store, a request's audit row): a
 * plain JDBC transaction when none is running on the thread, which spares the entity manager a JPA transaction opens;
 * inside a running transaction the application's transaction manager, exactly as before (decision 98), because a
 * JDBC transaction manager would take the running JPA transaction's connection for its own.
 */
public final class SqlOnlyTransactions implements TransactionOperations {

    private final TransactionTemplate jdbc;
    private final TransactionTemplate application;

    /** With the propagation of TransactionDefinition (REQUIRED, REQUIRES_NEW, ...) for both kinds. */
    public SqlOnlyTransactions(DataSource dataSource, PlatformTransactionManager applicationTransactions,
            int propagation) {
        this.jdbc = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.jdbc.setPropagationBehavior(propagation);
        this.application = new TransactionTemplate(applicationTransactions);
        this.application.setPropagationBehavior(propagation);
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        return (TransactionSynchronizationManager.isActualTransactionActive() ? application : jdbc).execute(action);
    }
}
