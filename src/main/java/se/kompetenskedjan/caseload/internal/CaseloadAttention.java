package se.kompetenskedjan.caseload.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;

/** The top of the coordinator's caseload on their start page: how many have something overdue, how many need them. */
@Component
class CaseloadAttention implements AttentionSource {

    private final CaseloadService caseloads;
    private final CurrentUsers currentUsers;

    CaseloadAttention(CaseloadService caseloads, CurrentUsers currentUsers) {
        this.caseloads = caseloads;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<Attention> forCurrentUser() {
        if (!currentUsers.current().is(Role.COORDINATOR)) {
            return List.of();
        }
        CaseloadService.Tally tally = caseloads.tallyForMe();
        return List.of(
                new Attention("attention.caseload.overdue", tally.overdue(), Urgency.OVERDUE,
                        "/arbetslista?filter=OVERDUE"),
                new Attention("attention.caseload.needing", tally.withSignals() - tally.overdue(), Urgency.WAITING,
                        "/arbetslista"));
    }
}
