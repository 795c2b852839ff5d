package se.kompetenskedjan.notifications.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo's "mail server": the mail is kept in the database, where admins read it on /admin/utskick/mottagna. */
@Component
@ConditionalOnProperty(name = "kk.mail.transport", havingValue = "sink")
class SinkTransport implements MailTransport {

    private final OutboxStore store;
    private final Clock clock;

    SinkTransport(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public void deliver(UUID messageId, UUID organisationId, String to, String subject, String body) {
        store.sink(messageId, organisationId, to, subject, body, clock.instant());
    }
}
