package se.kompetenskedjan.handovers.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.handovers.HandoverStatus;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;

/** Hand-overs waiting for the coordinator's organisation to answer, on the start page. */
@Component
class HandoverAttention implements AttentionSource {

    private final HandoverRepository handovers;
    private final CurrentUsers currentUsers;

    HandoverAttention(HandoverRepository handovers, CurrentUsers currentUsers) {
        this.handovers = handovers;
        this.currentUsers = currentUsers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            return List.of();
        }
        long waiting = handovers.countByToOrganisationIdAndStatus(user.organisationId().value(),
                HandoverStatus.PROPOSED);
        return List.of(new Attention("attention.handovers.incoming", waiting, Urgency.WAITING, "/overlamningar"));
    }
}
