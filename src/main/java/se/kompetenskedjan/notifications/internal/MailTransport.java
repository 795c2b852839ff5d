package se.kompetenskedjan.notifications.internal;

import java.util.UUID;

/** Where the dispatcher hands a mail: a mail server, or the demo's sink (kk.mail.transport). */
interface MailTransport {

    /** Whether mail can be sent now; the dispatcher leaves the outbox alone while it cannot. */
    boolean ready();

    /** Delivers the mail or throws; the exception's class is kept as the attempt's error. */
    void deliver(UUID messageId, UUID organisationId, String to, String subject, String body);
}
