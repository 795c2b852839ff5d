package se.kompetenskedjan.identity.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import se.kompetenskedjan.shared.SqlOnlyTransactions;

/**
 * The session store's transactions (reading the session at the start of a request, saving it at the end) are plain
 * JDBC transactions on the same pool when no other transaction runs, not JPA ones: Spring Session only runs SQL, and a
 * JPA transaction opens an entity manager for each of the two on every signed-in request (decision 98). Not a default
 * candidate, so the application's own TransactionTemplate (JPA) stays what everything else gets.
 */
@Configuration(proxyBeanMethods = false)
class SessionTransactions {

    /** The name Spring Session's JDBC configuration asks for. */
    static final String QUALIFIER = "springSessionTransactionOperations";

    @Bean(defaultCandidate = false)
    @Qualifier(QUALIFIER)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource,
            PlatformTransactionManager transactions) {
        return new SqlOnlyTransactions(dataSource, transactions, TransactionDefinition.PROPAGATION_REQUIRED);
    }
}
