package se.kompetenskedjan.placements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.ProposalActions;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ReviewDecision;
import se.kompetenskedjan.shared.ConflictException;

/**
 * The pages and the API cannot disagree: for every state of a proposal and every kind of user, an action is in
 * {@link PlacementAccessPolicy#actionsNow} exactly when the service would carry it out, that is when the user is the
 * party for it ({@link PlacementAccessPolicy#asParty}, else 403) and the proposal's transition accepts it (else 409).
 */
class ProposalActionsRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID RESPONSIBLE = UUID.randomUUID();
    private static final UUID PROPOSING = UUID.randomUUID();
    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final Proposal.Supervisor SUPERVISOR = new Proposal.Supervisor(UUID.randomUUID(), UNIT,
            UUID.randomUUID(), "Handledare");

    private final PlacementAccessPolicy policy = new PlacementAccessPolicy();

    private record Caller(String label, CurrentUser user, boolean mayEdit) {
    }

    private static Caller staff(String label, Role role, UUID organisation, boolean mayEdit) {
        return new Caller(label, new CurrentUser(new UserId(UUID.randomUUID()), label, label,
                new OrganisationId(organisation), label, false, role, null), mayEdit);
    }

    private static final List<Caller> CALLERS = List.of(
            staff("coordinator of the responsible organisation", Role.COORDINATOR, RESPONSIBLE, true),
            staff("admin of the responsible organisation", Role.ADMIN, RESPONSIBLE, true),
            staff("coordinator of the proposing organisation", Role.COORDINATOR, PROPOSING, false),
            staff("coordinator reading by consent", Role.COORDINATOR, OTHER, false),
            staff("admin of the employer", Role.ADMIN, EMPLOYER, false),
            staff("employer manager", Role.EMPLOYER_MANAGER, EMPLOYER, false),
            staff("supervisor of the employer", Role.SUPERVISOR, EMPLOYER, false),
            staff("employer manager elsewhere", Role.EMPLOYER_MANAGER, OTHER, false),
            staff("teacher", Role.TEACHER, OTHER, false),
            new Caller("the participant", new CurrentUser(new UserId(UUID.randomUUID()), "deltagare", "Deltagare",
                    new OrganisationId(RESPONSIBLE), "", false, Role.PARTICIPANT, PARTICIPANT), false));

    /** A proposal in each state, with its agreement unwritten, written, partly and fully approved. */
    private static List<Supplier<Proposal>> proposals(UUID employer) {
        List<Supplier<Proposal>> all = new ArrayList<>();
        for (ProposalStatus status : ProposalStatus.values()) {
            for (Set<AgreementParty> approved : List.of(Set.<AgreementParty>of(), EnumSet.of(AgreementParty.EMPLOYER),
                    EnumSet.allOf(AgreementParty.class))) {
                for (boolean written : new boolean[] {false, true}) {
                    all.add(() -> stored(status, written, approved, employer));
                }
            }
        }
        return all;
    }

    private static Proposal stored(ProposalStatus status, boolean written, Set<AgreementParty> approved,
            UUID employer) {
        boolean agreed = EnumSet.of(ProposalStatus.AGREED, ProposalStatus.ACTIVE, ProposalStatus.COMPLETED,
                ProposalStatus.ENDED_EARLY).contains(status);
        List<ProposalView.Approval> approvals = written
                ? approved.stream().map(p -> new ProposalView.Approval(p, "Någon", false, NOW)).toList() : List.of();
        return new Proposal(ProposalId.random(), UUID.randomUUID(), "Plats", employer, UNIT, PROPOSING, PARTICIPANT,
                status, null, null, null, null, null, agreed ? TODAY.minusDays(1) : null, null,
                agreed ? SUPERVISOR.id() : null, null, agreed ? SUPERVISOR.userId() : null, false, false,
                written ? "Mål" : null, written ? "Uppgifter" : null, written ? "Tider" : null,
                written ? "Uppföljning" : null, approvals, NOW, 1);
    }

    @Test
    void anActionIsOfferedExactlyWhenTheServiceWouldCarryItOut() {
        int checked = 0;
        // the employer apart from the responsible organisation, and the responsible organisation hosting the place
        for (UUID employer : List.of(EMPLOYER, RESPONSIBLE)) {
            for (Supplier<Proposal> fresh : proposals(employer)) {
                for (Caller caller : CALLERS) {
                    Proposal proposal = fresh.get();
                    ParticipantAccess access = new ParticipantAccess(PARTICIPANT, RESPONSIBLE, "test", caller.mayEdit());
                    ProposalActions now = policy.actionsNow(caller.user(), proposal, access);
                    ProposalActions party = policy.asParty(caller.user(), proposal, access);
                    String where = caller.label() + " on " + proposal.status() + " (goals " + proposal.goals()
                            + ", approved by " + proposal.approvals().size() + ", employer "
                            + (employer == RESPONSIBLE ? "responsible" : "other") + ")";

                    assertThat(now.review()).as("review by %s", where)
                            .isEqualTo(party.review() && succeeds(fresh, p -> p.review(ReviewDecision.ACCEPT, null, null, TODAY)));
                    assertThat(now.agreeStart()).as("agree start by %s", where)
                            .isEqualTo(party.agreeStart() && succeeds(fresh, p -> p.agreeStart(TODAY, null, SUPERVISOR)));
                    assertThat(now.writeAgreement()).as("write agreement by %s", where).isEqualTo(
                            party.writeAgreement() && succeeds(fresh, p -> p.writeAgreement("a", "b", "c", "d")));
                    for (AgreementParty side : AgreementParty.values()) {
                        assertThat(now.approve().contains(side)).as("approve for %s by %s", side, where).isEqualTo(
                                party.approve().contains(side)
                                        && succeeds(fresh, p -> p.approve(side, UUID.randomUUID(), "x", false, NOW)));
                    }
                    assertThat(now.activate()).as("activate by %s", where)
                            .isEqualTo(party.activate() && succeeds(fresh, p -> p.activate(TODAY)));
                    assertThat(now.end()).as("end by %s", where)
                            .isEqualTo(party.end() && succeeds(fresh, p -> p.end(true, null, TODAY, null)));
                    assertThat(now.withdraw()).as("withdraw by %s", where)
                            .isEqualTo(party.withdraw() && succeeds(fresh, Proposal::withdraw));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * ProposalStatus.values().length * 6 * CALLERS.size());
    }

    @Test
    void thePartiesAreWhoTheWorkflowSays() {
        Proposal proposed = stored(ProposalStatus.PROPOSED, false, Set.of(), EMPLOYER);
        ParticipantAccess editable = new ParticipantAccess(PARTICIPANT, RESPONSIBLE, "test", true);
        ParticipantAccess readable = new ParticipantAccess(PARTICIPANT, RESPONSIBLE, "test", false);
        assertThat(policy.actionsNow(CALLERS.get(5).user(), proposed, readable).review())
                .as("the employer answers").isTrue();
        assertThat(policy.actionsNow(CALLERS.get(0).user(), proposed, editable).review())
                .as("the coordinator does not answer for the employer").isFalse();
        assertThat(policy.actionsNow(CALLERS.get(0).user(), proposed, editable).withdraw())
                .as("the proposing side withdraws").isTrue();
        assertThat(policy.actionsNow(CALLERS.get(3).user(), proposed, readable).any())
                .as("reading by consent is not being a party").isFalse();
        Proposal approved = stored(ProposalStatus.AGREED, true, EnumSet.allOf(AgreementParty.class), EMPLOYER);
        assertThat(policy.actionsNow(CALLERS.get(0).user(), approved, editable).activate())
                .as("the responsible coordinator activates").isTrue();
        assertThat(policy.actionsNow(CALLERS.get(2).user(), approved, readable).activate())
                .as("a proposing coordinator who may not edit the participant does not").isFalse();
        Proposal written = stored(ProposalStatus.AGREED, true, Set.of(), EMPLOYER);
        assertThat(policy.actionsNow(CALLERS.get(9).user(), written, readable).approve())
                .as("the participant approves their own agreement").containsExactly(AgreementParty.PARTICIPANT);
    }

    /** Whether the transition is accepted by a fresh copy of the proposal in that state. */
    private static boolean succeeds(Supplier<Proposal> fresh, Consumer<Proposal> transition) {
        try {
            transition.accept(fresh.get());
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }
}
