package se.kompetenskedjan.shared;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Production mode never falls back to a database of its own: without SPRING_DATASOURCE_URL it refuses to start.
 * The demo launcher and the tests (test classpath only) provide an embedded PostgreSQL before this runs.
 */
public class ProductionDatabaseGuard implements EnvironmentPostProcessor, Ordered {

    static final String MESSAGE = """

            Kompetenskedjan cannot start: no database is configured.
            Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db.example.se:5432/kompetenskedjan),
            SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to an external PostgreSQL server.
            To try the platform on an embedded database instead, run: ./mvnw spring-boot:test-run
            """;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            throw new MissingDatabaseConfigurationException(MESSAGE);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static class MissingDatabaseConfigurationException extends IllegalStateException {
        MissingDatabaseConfigurationException(String message) {
            super(message);
        }
    }
}
