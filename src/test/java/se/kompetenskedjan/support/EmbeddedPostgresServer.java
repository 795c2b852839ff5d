package se.kompetenskedjan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;


/**
 * A real PostgreSQL server from the io.zonky binaries, one per JVM. (PostgreSQL refuses to run as root; when the JVM
 * is root, as on CI machines, zonky itself starts the server in a user namespace as "nobody".)
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** Starts the server once; dataDirectory null means a fresh throw-away cluster. */
    public static synchronized String jdbcUrl(Path dataDirectory) {
        if (server == null) {
            server = start(dataDirectory);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Path data = dataDirectory != null ? dataDirectory : Files.createTempDirectory("kk-pg-");
            Files.createDirectories(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(dataDirectory == null)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Stopped after the Spring contexts have closed, not by a JVM shutdown hook of its own that races
                    // them: the event publication registry's last query would wait 30 s for a connection otherwise.
                    .setRegisterShutdownHook(false);
            EmbeddedPostgres started = builder.start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }
}
