package se.kompetenskedjan.placements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.DeclineReason;
import se.kompetenskedjan.placements.EndReason;
import se.kompetenskedjan.placements.PlacementActivated;
import se.kompetenskedjan.placements.PlacementAgreed;
import se.kompetenskedjan.placements.PlacementEnded;
import se.kompetenskedjan.placements.ProposalAccepted;
import se.kompetenskedjan.placements.ProposalDeclined;
import se.kompetenskedjan.placements.ProposalMade;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ReviewDecision;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;

/** The selection workflow's aggregate on its own: every transition from every state, and what it registers. */
class ProposalTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID PLACE = UUID.randomUUID();
    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID UNIT = UUID.randomUUID();
    private static final UUID PROPOSER_ORG = UUID.randomUUID();
    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();
    private static final Proposal.Supervisor SUPERVISOR = new Proposal.Supervisor(UUID.randomUUID(), UNIT,
            UUID.randomUUID(), "Sara Handledare");

    // --- a proposal in each state, as loaded ------------------------------------------------------------------------

    private static Proposal stored(ProposalStatus status, String goals, Set<AgreementParty> approved) {
        boolean agreed = EnumSet.of(ProposalStatus.AGREED, ProposalStatus.ACTIVE, ProposalStatus.COMPLETED,
                ProposalStatus.ENDED_EARLY).contains(status);
        boolean seat = agreed || status == ProposalStatus.ACCEPTED;
        boolean open = !status.closed();
        List<ProposalView.Approval> approvals = approved.stream()
                .map(p -> new ProposalView.Approval(p, "Någon", false, NOW)).toList();
        return new Proposal(ProposalId.random(), PLACE, "Lagerarbete", EMPLOYER, UNIT, PROPOSER_ORG, PARTICIPANT,
                status, 80, "Passar bra", null, null, null, agreed ? TODAY.minusDays(1) : null,
                agreed ? TODAY.plusMonths(3) : null, agreed ? SUPERVISOR.id() : null,
                agreed ? SUPERVISOR.name() : null, agreed ? SUPERVISOR.userId() : null, seat && open, agreed && open,
                goals, goals == null ? null : "Plocka", goals == null ? null : "8-16", goals == null ? null : "Varje vecka",
                approvals, NOW, 3);
    }

    private static Proposal in(ProposalStatus status) {
        return stored(status, null, Set.of());
    }

    private static Proposal written(ProposalStatus status, Set<AgreementParty> approved) {
        return stored(status, "Lära sig lagret", approved);
    }

    private static final Set<AgreementParty> ALL = EnumSet.allOf(AgreementParty.class);

    // --- propose -------------------------------------------------------------------------------------------------

    @Test
    void aNewProposalIsProposedAndRegistersProposalMade() {
        ProposalId id = ProposalId.random();
        Proposal proposal = Proposal.propose(id, PLACE, "Lagerarbete", EMPLOYER, UNIT, PARTICIPANT, PROPOSER_ORG, 70,
                "  Bra match ", NOW, TODAY);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(proposal.isNew()).isTrue();
        assertThat(proposal.motivation()).isEqualTo("Bra match");
        assertThat(proposal.history()).containsExactly(new Proposal.HistoryLine(ProposalStatus.PROPOSED, "Bra match"));
        assertThat(proposal.pullEvents()).containsExactly(
                new ProposalMade(id.value(), PLACE, PARTICIPANT, EMPLOYER, UNIT, PROPOSER_ORG, TODAY));
        assertThat(proposal.pullEvents()).as("events are handed over once").isEmpty();
    }

    // --- review --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"PROPOSED", "INTERVIEW_REQUESTED", "STUDY_VISIT_REQUESTED"})
    void theEmployerAcceptsAProposalAwaitingTheAnswerAndHoldsASeat(ProposalStatus from) {
        Proposal proposal = in(from);
        assertThat(proposal.allows(Proposal.Step.REVIEW)).isTrue();

        proposal.review(ReviewDecision.ACCEPT, " Välkommen ", null, TODAY);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposal.seatHeld()).isTrue();
        assertThat(proposal.reviewNote()).isEqualTo("Välkommen");
        assertThat(proposal.changed()).isTrue();
        assertThat(proposal.history()).containsExactly(new Proposal.HistoryLine(ProposalStatus.ACCEPTED, "Välkommen"));
        assertThat(proposal.pullEvents()).containsExactly(new ProposalAccepted(proposal.id().value(), PLACE,
                PARTICIPANT, EMPLOYER, TODAY));
    }

    @Test
    void declineNeedsAReasonAndRegistersProposalDeclined() {
        Proposal proposal = in(ProposalStatus.PROPOSED);
        assertThatThrownBy(() -> proposal.review(ReviewDecision.DECLINE, null, null, TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.messageKey())
                                .isEqualTo("proposal.declineReason.required")));
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PROPOSED);

        proposal.review(ReviewDecision.DECLINE, "", DeclineReason.values()[0], TODAY);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(proposal.seatHeld()).isFalse();
        assertThat(proposal.declineReason()).isEqualTo(DeclineReason.values()[0]);
        assertThat(proposal.pullEvents()).containsExactly(new ProposalDeclined(proposal.id().value(), PLACE,
                PARTICIPANT, EMPLOYER, DeclineReason.values()[0], TODAY));
    }

    @Test
    void askingForAnInterviewOrAStudyVisitRegistersNoDomainEvent() {
        Proposal proposal = in(ProposalStatus.PROPOSED);
        proposal.review(ReviewDecision.REQUEST_INTERVIEW, null, null, TODAY);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.INTERVIEW_REQUESTED);
        proposal.review(ReviewDecision.REQUEST_STUDY_VISIT, "Kom på besök", null, TODAY);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.STUDY_VISIT_REQUESTED);
        assertThat(proposal.history()).extracting(Proposal.HistoryLine::status)
                .containsExactly(ProposalStatus.INTERVIEW_REQUESTED, ProposalStatus.STUDY_VISIT_REQUESTED);
        assertThat(proposal.pullEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"PROPOSED", "INTERVIEW_REQUESTED", "STUDY_VISIT_REQUESTED"},
            mode = EnumSource.Mode.EXCLUDE)
    void aProposalNotAwaitingTheEmployerCannotBeAnswered(ProposalStatus from) {
        Proposal proposal = in(from);
        assertThat(proposal.allows(Proposal.Step.REVIEW)).isFalse();
        assertRefused(() -> proposal.review(ReviewDecision.ACCEPT, null, null, TODAY), "proposal.notAwaitingEmployer",
                proposal, from);
    }

    // --- agree the start -----------------------------------------------------------------------------------------

    @Test
    void anAcceptedProposalIsAgreedWithASupervisorOfThePlacesUnit() {
        Proposal proposal = in(ProposalStatus.ACCEPTED);
        assertThat(proposal.allows(Proposal.Step.AGREE_START)).isTrue();

        proposal.agreeStart(TODAY.plusDays(7), TODAY.plusMonths(2), SUPERVISOR);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.AGREED);
        assertThat(proposal.slotHeld()).isTrue();
        assertThat(proposal.supervisorId()).isEqualTo(SUPERVISOR.id());
        assertThat(proposal.supervisorUserId()).isEqualTo(SUPERVISOR.userId());
        assertThat(proposal.pullEvents()).containsExactly(new PlacementAgreed(proposal.id().value(), PLACE,
                PARTICIPANT, EMPLOYER, UNIT, SUPERVISOR.id(), TODAY.plusDays(7), TODAY.plusMonths(2)));
    }

    @Test
    void theStartIsRefusedWithASupervisorOfAnotherUnitOrAnEndBeforeTheStart() {
        Proposal proposal = in(ProposalStatus.ACCEPTED);
        Proposal.Supervisor elsewhere = new Proposal.Supervisor(UUID.randomUUID(), UUID.randomUUID(), null, "Annan");
        assertInvalid(() -> proposal.agreeStart(TODAY, null, elsewhere), "proposal.supervisor.notAtUnit");
        assertInvalid(() -> proposal.agreeStart(TODAY, null, null), "proposal.supervisor.notAtUnit");
        assertInvalid(() -> proposal.agreeStart(TODAY, TODAY.minusDays(1), SUPERVISOR), "proposal.endsOn.beforeStart");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposal.pullEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAcceptedProposalHasItsStartAgreed(ProposalStatus from) {
        Proposal proposal = in(from);
        assertThat(proposal.allows(Proposal.Step.AGREE_START)).isFalse();
        assertRefused(() -> proposal.agreeStart(TODAY, null, SUPERVISOR), "proposal.notAccepted", proposal, from);
    }

    // --- the agreement and its approvals -------------------------------------------------------------------------

    @Test
    void writingTheAgreementAsksEveryoneToApproveAgain() {
        Proposal proposal = written(ProposalStatus.AGREED, EnumSet.of(AgreementParty.EMPLOYER));
        assertThat(proposal.allows(Proposal.Step.WRITE_AGREEMENT)).isTrue();

        proposal.writeAgreement(" Mål ", "Uppgifter", "Tider", "Uppföljning");

        assertThat(proposal.goals()).isEqualTo("Mål");
        assertThat(proposal.approvals()).isEmpty();
        assertThat(proposal.approvalsCleared()).isTrue();
        assertThat(proposal.pullEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"AGREED", "ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void theAgreementIsWrittenOnlyOnceTheStartIsAgreed(ProposalStatus from) {
        Proposal proposal = in(from);
        assertThat(proposal.allows(Proposal.Step.WRITE_AGREEMENT)).isFalse();
        assertRefused(() -> proposal.writeAgreement("a", "b", "c", "d"), "agreement.notAgreed", proposal, from);
        assertRefused(() -> proposal.approve(AgreementParty.EMPLOYER, USER, "Chef", false, NOW), "agreement.notAgreed",
                proposal, from);
    }

    @Test
    void eachPartyApprovesAWrittenAgreementOnce() {
        Proposal proposal = written(ProposalStatus.AGREED, Set.of());
        assertThat(proposal.allowsApproval(AgreementParty.PARTICIPANT)).isTrue();

        proposal.approve(AgreementParty.PARTICIPANT, USER, "Koordinator", true, NOW);

        assertThat(proposal.approvedBy(AgreementParty.PARTICIPANT)).isTrue();
        assertThat(proposal.allowsApproval(AgreementParty.PARTICIPANT)).isFalse();
        assertThat(proposal.newApprovals()).containsExactly(
                new Proposal.NewApproval(AgreementParty.PARTICIPANT, USER, "Koordinator", true));
        assertThat(proposal.changed()).as("an approval leaves the proposal row as it is").isFalse();
        assertRefused(() -> proposal.approve(AgreementParty.PARTICIPANT, USER, "Koordinator", true, NOW),
                "agreement.alreadyApproved", proposal, ProposalStatus.AGREED);
    }

    @Test
    void anUnwrittenAgreementCannotBeApproved() {
        Proposal proposal = in(ProposalStatus.AGREED);
        assertThat(proposal.allows(Proposal.Step.APPROVE)).isFalse();
        assertRefused(() -> proposal.approve(AgreementParty.EMPLOYER, USER, "Chef", false, NOW),
                "agreement.notWritten", proposal, ProposalStatus.AGREED);
    }

    // --- activate ------------------------------------------------------------------------------------------------

    @Test
    void anAgreementApprovedByAllIsActivatedOnOrAfterItsStart() {
        Proposal proposal = written(ProposalStatus.AGREED, ALL);
        assertThat(proposal.allows(Proposal.Step.ACTIVATE)).isTrue();

        proposal.activate(TODAY);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.ACTIVE);
        assertThat(proposal.history()).containsExactly(new Proposal.HistoryLine(ProposalStatus.ACTIVE, null));
        assertThat(proposal.pullEvents()).containsExactly(new PlacementActivated(proposal.id().value(), PLACE,
                PARTICIPANT, EMPLOYER, UNIT, SUPERVISOR.userId(), TODAY.minusDays(1), TODAY.plusMonths(3), TODAY));
    }

    @Test
    void activationWaitsForEveryApprovalAndForTheStartDate() {
        Proposal missing = written(ProposalStatus.AGREED, EnumSet.of(AgreementParty.EMPLOYER, AgreementParty.COORDINATOR));
        assertThat(missing.allows(Proposal.Step.ACTIVATE)).isFalse();
        assertRefused(() -> missing.activate(TODAY), "agreement.notApproved", missing, ProposalStatus.AGREED);

        Proposal early = written(ProposalStatus.AGREED, ALL);
        assertRefused(() -> early.activate(TODAY.minusDays(2)), "proposal.notStarted", early, ProposalStatus.AGREED);
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = "AGREED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAgreedPlacementIsActivated(ProposalStatus from) {
        Proposal proposal = written(from, ALL);
        assertThat(proposal.allows(Proposal.Step.ACTIVATE)).isFalse();
        assertRefused(() -> proposal.activate(TODAY), "proposal.notAgreed", proposal, from);
    }

    // --- end -----------------------------------------------------------------------------------------------------

    @Test
    void anActivePlacementEndsCompletedAndFreesItsSeatAndSlot() {
        Proposal proposal = written(ProposalStatus.ACTIVE, ALL);
        assertThat(proposal.allows(Proposal.Step.END)).isTrue();

        Proposal.Release release = proposal.end(true, EndReason.values()[0], TODAY, "Bra jobbat");

        assertThat(proposal.status()).isEqualTo(ProposalStatus.COMPLETED);
        assertThat(proposal.endReason()).as("a completed placement has no reason").isNull();
        assertThat(release).isEqualTo(new Proposal.Release(true, SUPERVISOR.id()));
        assertThat(proposal.seatHeld()).isFalse();
        assertThat(proposal.slotHeld()).isFalse();
        assertThat(proposal.history()).containsExactly(new Proposal.HistoryLine(ProposalStatus.COMPLETED, "Bra jobbat"));
        assertThat(proposal.pullEvents()).containsExactly(new PlacementEnded(proposal.id().value(), PLACE,
                PARTICIPANT, EMPLOYER, UNIT, true, null, TODAY));
    }

    @Test
    void endingEarlyNeedsAReasonAndADateNotBeforeTheStart() {
        Proposal proposal = written(ProposalStatus.ACTIVE, ALL);
        assertInvalid(() -> proposal.end(false, null, TODAY, null), "proposal.endReason.required");
        assertInvalid(() -> proposal.end(true, null, TODAY.minusDays(5), null), "proposal.endsOn.beforeStart");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.ACTIVE);

        EndReason reason = EndReason.values()[0];
        proposal.end(false, reason, TODAY, null);

        assertThat(proposal.status()).isEqualTo(ProposalStatus.ENDED_EARLY);
        assertThat(proposal.pullEvents()).containsExactly(new PlacementEnded(proposal.id().value(), PLACE,
                PARTICIPANT, EMPLOYER, UNIT, false, reason, TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnActivePlacementEnds(ProposalStatus from) {
        Proposal proposal = written(from, ALL);
        assertThat(proposal.allows(Proposal.Step.END)).isFalse();
        assertRefused(() -> proposal.end(true, null, TODAY, null), "proposal.notActive", proposal, from);
    }

    // --- withdraw ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"PROPOSED", "INTERVIEW_REQUESTED", "STUDY_VISIT_REQUESTED",
            "ACCEPTED", "AGREED"})
    void aProposalIsWithdrawnBeforeItIsActiveAndFreesWhatItHolds(ProposalStatus from) {
        Proposal proposal = in(from);
        assertThat(proposal.allows(Proposal.Step.WITHDRAW)).isTrue();
        boolean seat = proposal.seatHeld();
        UUID slot = proposal.slotHeld() ? proposal.supervisorId() : null;

        Proposal.Release release = proposal.withdraw();

        assertThat(proposal.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(release).isEqualTo(new Proposal.Release(seat, slot));
        assertThat(proposal.seatHeld()).isFalse();
        assertThat(proposal.slotHeld()).isFalse();
        assertThat(proposal.history()).containsExactly(new Proposal.HistoryLine(ProposalStatus.WITHDRAWN, null));
        assertThat(proposal.pullEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"ACTIVE", "DECLINED", "WITHDRAWN", "COMPLETED", "ENDED_EARLY"})
    void anActiveOrClosedProposalCannotBeWithdrawn(ProposalStatus from) {
        Proposal proposal = in(from);
        assertThat(proposal.allows(Proposal.Step.WITHDRAW)).isFalse();
        assertRefused(proposal::withdraw, "proposal.notWithdrawable", proposal, from);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** Refused with 409 and the reason, and nothing changed or registered. */
    private static void assertRefused(Runnable transition, String messageKey, Proposal proposal, ProposalStatus was) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(proposal.status()).isEqualTo(was);
        assertThat(proposal.registeredEvents()).isEmpty();
    }

    private static void assertInvalid(Runnable transition, String messageKey) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo(messageKey)));
    }
}
