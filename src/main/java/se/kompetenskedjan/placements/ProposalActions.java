package se.kompetenskedjan.placements;

import java.util.List;

/**
 * What the signed-in user may do with one proposal now: the placements module's rule of who the parties are
 * (see {@link Selections#actions}), applied to the proposal's current state. The pages show a form exactly when
 * its action is here, and the service refuses (403) an action the user may not take as a party in any state.
 *
 * @param approve the parties the user may record an approval of the agreement for
 */
public record ProposalActions(boolean review, boolean agreeStart, boolean writeAgreement, List<AgreementParty> approve,
        boolean activate, boolean end, boolean withdraw) {

    public ProposalActions {
        approve = List.copyOf(approve);
    }

    public boolean any() {
        return review || agreeStart || writeAgreement || !approve.isEmpty() || activate || end || withdraw;
    }
}
