package se.kompetenskedjan.notifications.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.notifications.OutboxStatus;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;

/** Mail that could not be sent after every retry, on the admins' start page (their organisation's; all for the host). */
@Component
class OutboxAttention implements AttentionSource {

    private final OutboxStore store;
    private final CurrentUsers currentUsers;

    OutboxAttention(OutboxStore store, CurrentUsers currentUsers) {
        this.store = store;
        this.currentUsers = currentUsers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.ADMIN)) {
            return List.of();
        }
        UUID scope = user.platformHost() ? null : user.organisationId().value();
        return List.of(new Attention("attention.outbox.dead", store.count(OutboxStatus.DEAD, scope), Urgency.WAITING,
                "/admin/utskick"));
    }
}
