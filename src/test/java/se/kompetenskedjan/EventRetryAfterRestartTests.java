package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that fails is retried after a restart: the event publication registry (table event_publication) keeps
 * the publication incomplete, and the next start of the application hands it to the listener again
 * (spring.modulith.events.republish-outstanding-events-on-restart). Two application contexts, one after the other,
 * on the same database; the probe listener (registered only here) fails in the first and succeeds in the second.
 */
@Tag("db")
class EventRetryAfterRestartTests {

    /** The event of this test only. */
    record RetryProbe(UUID id) {
    }

    /** Fails while {@link #failing} is set; counts its calls per probe. */
    static class FlakyListener {

        static volatile boolean failing;
        static final AtomicInteger calls = new AtomicInteger();
        static volatile UUID handled;

        @ApplicationModuleListener
        void on(RetryProbe probe) {
            calls.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("probe listener fails on purpose (test)");
            }
            handled = probe.id();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "spring.jmx.enabled=false")
                .initializers(context -> ((GenericApplicationContext) context).registerBean(FlakyListener.class))
                .run();
    }

    private static String completionOf(JdbcClient jdbc, UUID probe) {
        return jdbc.sql("""
                SELECT coalesce(completion_date::text, 'incomplete') FROM event_publication
                WHERE listener_id LIKE '%FlakyListener%' AND serialized_event LIKE :probe""")
                .param("probe", "%" + probe + "%").query(String.class).single();
    }

    @Test
    void aFailedListenerIsRetriedWhenTheApplicationStartsAgain() {
        UUID probe = UUID.randomUUID();
        FlakyListener.failing = true;
        FlakyListener.calls.set(0);
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> first.publishEvent(new RetryProbe(probe)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> FlakyListener.calls.get() >= 1);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                    SELECT status FROM event_publication WHERE listener_id LIKE '%FlakyListener%'
                      AND serialized_event LIKE :probe""").param("probe", "%" + probe + "%").query(String.class).single())
                    .as("the failure is recorded").isEqualTo("FAILED"));
            assertThat(completionOf(jdbc, probe)).as("the publication stays incomplete").isEqualTo("incomplete");
            assertThat(FlakyListener.handled).isNotEqualTo(probe);
        }

        FlakyListener.failing = false;
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(completionOf(jdbc, probe)).as("completed after the restart").isNotEqualTo("incomplete"));
            assertThat(FlakyListener.handled).as("the listener got the same event again").isEqualTo(probe);
            assertThat(FlakyListener.calls.get()).isGreaterThanOrEqualTo(2);
        }
    }
}
