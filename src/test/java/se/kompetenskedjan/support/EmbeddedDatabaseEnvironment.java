package se.kompetenskedjan.support;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * On the test classpath only: when no external database is configured, points the application at the embedded
 * PostgreSQL server. kk.embedded.data-dir keeps the data between runs (the demo launcher sets it); without it each
 * JVM gets a fresh cluster. Runs before the production guard, which then finds the URL set.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        String dataDir = environment.getProperty("kk.embedded.data-dir");
        String url = EmbeddedPostgresServer.jdbcUrl(StringUtils.hasText(dataDir) ? Path.of(dataDir).toAbsolutePath() : null);
        environment.getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
