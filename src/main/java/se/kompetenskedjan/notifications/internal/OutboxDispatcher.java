package se.kompetenskedjan.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;

/**
 * Sends the due messages of the outbox. Each run claims batches of 50 (rows another node holds are skipped) until
 * none is left (at most 20 batches), sends them one by one and records each result: sent, or tried again after 1, 5,
 * 25 ... minutes (capped), dead after the last attempt. Runs every 30 seconds (kk.mail.dispatch-cron; "-" switches it off, as the tests do: they call
 * {@link #dispatch} themselves). Logs counts and error classes only, never an address or a text.
 */
@Component
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final int MAX_BATCHES = 20;

    /** What one run did. */
    record Run(int sent, int failed, int dead) {
    }

    private final OutboxStore store;
    private final MailTransport transport;
    private final IdentityDirectory identity;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstPause;
    private final Duration longestPause;

    OutboxDispatcher(OutboxStore store, MailTransport transport, IdentityDirectory identity,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${kk.mail.max-attempts:6}") int maxAttempts,
            @Value("${kk.mail.retry-first-pause:PT1M}") Duration firstPause,
            @Value("${kk.mail.retry-longest-pause:PT6H}") Duration longestPause) {
        this.store = store;
        this.transport = transport;
        this.identity = identity;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    @Scheduled(cron = "${kk.mail.dispatch-cron:*/30 * * * * *}")
    @SchedulerLock(name = "notifications.outboxDispatch", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void scheduled() {
        Run run = dispatch(clock.instant());
        if (run.sent() + run.failed() > 0) {
            LOG.info("Outbox: {} sent, {} failed ({} now dead)", run.sent(), run.failed(), run.dead());
        }
    }

    /** Sends what is due at {@code asOf}; {@code asOf} is this run's "now" for every date it writes. */
    Run dispatch(Instant asOf) {
        if (!transport.ready()) {
            return new Run(0, 0, 0);
        }
        int sent = 0;
        int failed = 0;
        int dead = 0;
        List<OutboxStore.Claimed> claimed;
        int batches = 0;
        do {
            claimed = transactions.execute(s -> store.claim(asOf, asOf.plus(LEASE), BATCH));
            for (OutboxStore.Claimed message : claimed) {
                switch (send(message, asOf)) {
                    case SENT -> sent++;
                    case FAILED -> failed++;
                    case DEAD -> {
                        failed++;
                        dead++;
                    }
                }
            }
        } while (claimed.size() == BATCH && ++batches < MAX_BATCHES);
        return new Run(sent, failed, dead);
    }

    private enum Outcome {
        SENT, FAILED, DEAD
    }

    /** One claimed message: sent, or its failure recorded (a claimed row is not due again within this run). */
    private Outcome send(OutboxStore.Claimed message, Instant asOf) {
        Optional<String> address = address(message);
        try {
            if (address.isEmpty()) {
                throw new NoAddressException();
            }
            transport.deliver(message.id(), message.organisationId(), address.get(), message.subject(),
                    message.body());
            store.sent(message.id(), asOf);
            return Outcome.SENT;
        } catch (RuntimeException e) {
            int attempts = message.attempts() + 1;
            Optional<Instant> next = address.isEmpty() || attempts >= maxAttempts ? Optional.empty()
                    : Optional.of(asOf.plus(pauseAfter(attempts)));
            store.failed(message.id(), e.getClass().getSimpleName(), next);
            LOG.warn("Outbox message {} failed on attempt {}: {}", message.id(), attempts,
                    e.getClass().getSimpleName());
            return next.isEmpty() ? Outcome.DEAD : Outcome.FAILED;
        }
    }

    /** 1, 5, 25, 125 ... minutes after the attempt (with the default first pause), never more than the cap. */
    Duration pauseAfter(int attempts) {
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(5);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }

    private Optional<String> address(OutboxStore.Claimed message) {
        if (message.recipientAddress() != null) {
            return Optional.of(message.recipientAddress());
        }
        return identity.findUser(new UserId(message.recipientUserId())).filter(UserView::enabled)
                .map(UserView::email).filter(a -> !a.isBlank()).map(String::strip);
    }

    /** The recipient has no address (any more): trying again will not help until someone adds one. */
    static final class NoAddressException extends RuntimeException {
        NoAddressException() {
            super("no address", null, false, false);
        }
    }
}
