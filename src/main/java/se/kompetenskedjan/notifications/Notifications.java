package se.kompetenskedjan.notifications;

import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * The mail outbox. Mail carries no participant data: it says that there is something to do in Kompetenskedjan and
 * links there. The admins of an organisation see its recipients' messages, the platform's admins every message.
 */
public interface Notifications {

    /**
     * Enqueues a mail to a user in the caller's transaction (required): it is sent only if that commits, and then
     * even if the application restarts first. {@code cause} (optional, e.g. "task-opened:&lt;id&gt;") makes it once per
     * cause: a listener that runs again enqueues nothing. Empty when the user is unknown, switched off or has no
     * address, or the cause was enqueued before.
     */
    Optional<UUID> enqueue(UUID recipientUserId, String subject, String body, String cause);

    /** The outbox of one status, newest first, as the signed-in admin may see it. */
    PageResult<OutboxMessageView> outbox(OutboxStatus status, Integer page, Integer size);

    /** A dead message is tried again: pending, due now, its attempts counted anew. 409 unless it is dead. */
    OutboxMessageView retry(UUID messageId);

    /** What the demo's mail sink received, newest first (kk.mail.transport=sink), as the signed-in admin may see it. */
    PageResult<SinkMessageView> sink(Integer page, Integer size);
}
