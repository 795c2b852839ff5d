package se.kompetenskedjan.placements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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
import se.kompetenskedjan.shared.Texts;

/**
 * A proposal of a participant for a place and, once agreed, the placement agreement: the selection workflow's
 * aggregate. Each transition checks that the proposal's state allows it (409 with the reason otherwise) and
 * registers the domain events and the history lines it causes; {@link ProposalRepository} saves the changes and
 * {@link SelectionService} publishes the events in the same transaction. Who may take a step is not decided here
 * but by {@link PlacementAccessPolicy#asParty}; {@link #allows} is the state half of what a user may do now.
 *
 * <p>Seats and supervisor slots are rows of their own, taken and freed by the service: the aggregate only records
 * that it holds them and says what to free ({@link Release}).
 */
final class Proposal {

    /** The steps of the workflow after the proposal is made. */
    enum Step {
        REVIEW, AGREE_START, WRITE_AGREEMENT, APPROVE, ACTIVATE, END, WITHDRAW
    }

    /** A supervisor of the inventory, as the start is agreed with them ({@code userId} may be null). */
    record Supervisor(UUID id, UUID unitId, UUID userId, String name) {
    }

    /** A line of the proposal's history, written with the acting user when the proposal is saved. */
    record HistoryLine(ProposalStatus status, String note) {
    }

    /** An approval not yet saved, by whom it was recorded. */
    record NewApproval(AgreementParty party, UUID approvedBy, String approvedByName, boolean inMeeting) {
    }

    /** What a closing transition frees: the place's seat, and the supervisor slot (null when none is held). */
    record Release(boolean seat, UUID supervisorSlot) {
    }

    private final ProposalId id;
    private final UUID placementId;
    private final String placementTitle;
    private final UUID placementOrganisationId;
    private final UUID placementUnitId;
    private final UUID proposingOrganisationId;
    private final UUID participantId;
    private final Integer score;
    private final String motivation;
    private final Instant proposedAt;
    private final long lockVersion;
    private final boolean isNew;

    private ProposalStatus status;
    private String reviewNote;
    private DeclineReason declineReason;
    private EndReason endReason;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private UUID supervisorId;
    private String supervisorName;
    private UUID supervisorUserId;
    private boolean seatHeld;
    private boolean slotHeld;
    private String goals;
    private String tasks;
    private String hours;
    private String followUp;
    private final Map<AgreementParty, ProposalView.Approval> approvals = new EnumMap<>(AgreementParty.class);

    private boolean changed;
    private boolean approvalsCleared;
    private final List<NewApproval> newApprovals = new ArrayList<>();
    private final List<HistoryLine> history = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** The proposal as stored (used by {@link ProposalRepository} only). */
    Proposal(ProposalId id, UUID placementId, String placementTitle, UUID placementOrganisationId,
            UUID placementUnitId, UUID proposingOrganisationId, UUID participantId, ProposalStatus status,
            Integer score, String motivation, String reviewNote, DeclineReason declineReason, EndReason endReason,
            LocalDate startsOn, LocalDate endsOn, UUID supervisorId, String supervisorName, UUID supervisorUserId,
            boolean seatHeld, boolean slotHeld, String goals, String tasks, String hours, String followUp,
            List<ProposalView.Approval> approvals, Instant proposedAt, long lockVersion) {
        this(id, placementId, placementTitle, placementOrganisationId, placementUnitId, proposingOrganisationId,
                participantId, score, motivation, proposedAt, lockVersion, false);
        this.status = Objects.requireNonNull(status);
        this.reviewNote = reviewNote;
        this.declineReason = declineReason;
        this.endReason = endReason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.supervisorId = supervisorId;
        this.supervisorName = supervisorName;
        this.supervisorUserId = supervisorUserId;
        this.seatHeld = seatHeld;
        this.slotHeld = slotHeld;
        this.goals = goals;
        this.tasks = tasks;
        this.hours = hours;
        this.followUp = followUp;
        approvals.forEach(a -> this.approvals.put(a.party(), a));
    }

    private Proposal(ProposalId id, UUID placementId, String placementTitle, UUID placementOrganisationId,
            UUID placementUnitId, UUID proposingOrganisationId, UUID participantId, Integer score, String motivation,
            Instant proposedAt, long lockVersion, boolean isNew) {
        this.id = Objects.requireNonNull(id);
        this.placementId = Objects.requireNonNull(placementId);
        this.placementTitle = placementTitle;
        this.placementOrganisationId = Objects.requireNonNull(placementOrganisationId);
        this.placementUnitId = placementUnitId;
        this.proposingOrganisationId = proposingOrganisationId;
        this.participantId = Objects.requireNonNull(participantId);
        this.score = score;
        this.motivation = motivation;
        this.proposedAt = proposedAt;
        this.lockVersion = lockVersion;
        this.isNew = isNew;
    }

    /** A new proposal of the participant for the place, made by someone acting for the proposing organisation. */
    static Proposal propose(ProposalId id, UUID placementId, String placementTitle, UUID placementOrganisationId,
            UUID placementUnitId, UUID participantId, UUID proposingOrganisationId, Integer score, String motivation,
            Instant now, LocalDate today) {
        Proposal proposal = new Proposal(id, placementId, placementTitle, placementOrganisationId, placementUnitId,
                proposingOrganisationId, participantId, score, Texts.blankToNull(motivation), now, 0, true);
        proposal.status = ProposalStatus.PROPOSED;
        proposal.history.add(new HistoryLine(ProposalStatus.PROPOSED, Texts.blankToNull(motivation)));
        proposal.events.add(new ProposalMade(id.value(), placementId, participantId, placementOrganisationId,
                placementUnitId, proposingOrganisationId, today));
        return proposal;
    }

    // --- the state rule -------------------------------------------------------------------------------------------

    /** Whether the proposal's state allows the step now, whoever takes it (the transitions refuse it otherwise). */
    boolean allows(Step step) {
        boolean agreed = status == ProposalStatus.AGREED || status == ProposalStatus.ACTIVE;
        return switch (step) {
            case REVIEW -> status.awaitingEmployer();
            case AGREE_START -> status == ProposalStatus.ACCEPTED;
            case WRITE_AGREEMENT -> agreed;
            case APPROVE -> agreed && goals != null;
            case ACTIVATE -> status == ProposalStatus.AGREED && fullyApproved();
            case END -> status == ProposalStatus.ACTIVE;
            case WITHDRAW -> !status.closed() && status != ProposalStatus.ACTIVE;
        };
    }

    /** Whether an approval for the party may be recorded now (the agreement is written and not yet so approved). */
    boolean allowsApproval(AgreementParty party) {
        return allows(Step.APPROVE) && !approvals.containsKey(party);
    }

    boolean fullyApproved() {
        return approvals.size() == AgreementParty.values().length;
    }

    // --- transitions ----------------------------------------------------------------------------------------------

    /** The employer's answer: accepting holds a seat (which the caller takes), declining needs a reason. */
    void review(ReviewDecision decision, String note, DeclineReason reason, LocalDate today) {
        require(status.awaitingEmployer(), "proposal.notAwaitingEmployer");
        ProposalStatus next = switch (Objects.requireNonNull(decision)) {
            case ACCEPT -> ProposalStatus.ACCEPTED;
            case DECLINE -> ProposalStatus.DECLINED;
            case REQUEST_INTERVIEW -> ProposalStatus.INTERVIEW_REQUESTED;
            case REQUEST_STUDY_VISIT -> ProposalStatus.STUDY_VISIT_REQUESTED;
        };
        if (next == ProposalStatus.DECLINED && reason == null) {
            throw new InvalidFieldException("declineReason", "proposal.declineReason.required");
        }
        status = next;
        reviewNote = Texts.blankToNull(note);
        declineReason = next == ProposalStatus.DECLINED ? reason : null;
        changed = true;
        history.add(new HistoryLine(next, reviewNote));
        if (next == ProposalStatus.ACCEPTED) {
            seatHeld = true;
            events.add(new ProposalAccepted(id.value(), placementId, participantId, placementOrganisationId, today));
        } else if (next == ProposalStatus.DECLINED) {
            events.add(new ProposalDeclined(id.value(), placementId, participantId, placementOrganisationId, reason,
                    today));
        }
    }

    /** The start agreed with a supervisor of the place's unit, whose slot the caller takes. */
    void agreeStart(LocalDate startsOn, LocalDate endsOn, Supervisor supervisor) {
        require(allows(Step.AGREE_START), "proposal.notAccepted");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidFieldException("endsOn", "proposal.endsOn.beforeStart");
        }
        if (supervisor == null || !Objects.equals(supervisor.unitId(), placementUnitId)) {
            throw new InvalidFieldException("supervisorId", "proposal.supervisor.notAtUnit");
        }
        status = ProposalStatus.AGREED;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        supervisorId = supervisor.id();
        supervisorName = supervisor.name();
        supervisorUserId = supervisor.userId();
        slotHeld = true;
        changed = true;
        history.add(new HistoryLine(ProposalStatus.AGREED, null));
        events.add(new PlacementAgreed(id.value(), placementId, participantId, placementOrganisationId,
                placementUnitId, supervisor.id(), startsOn, endsOn));
    }

    /** The agreement's text; a changed agreement must be approved again by everyone. */
    void writeAgreement(String goals, String tasks, String hours, String followUp) {
        require(allows(Step.WRITE_AGREEMENT), "agreement.notAgreed");
        this.goals = goals.strip();
        this.tasks = tasks.strip();
        this.hours = hours.strip();
        this.followUp = followUp.strip();
        approvals.clear();
        newApprovals.clear();
        approvalsCleared = true;
        changed = true;
    }

    /** An approval of the agreement for one party; staff record the participant's approval given in a meeting. */
    void approve(AgreementParty party, UUID approvedBy, String approvedByName, boolean inMeeting, Instant now) {
        require(status == ProposalStatus.AGREED || status == ProposalStatus.ACTIVE, "agreement.notAgreed");
        require(goals != null, "agreement.notWritten");
        require(!approvals.containsKey(party), "agreement.alreadyApproved");
        approvals.put(party, new ProposalView.Approval(party, approvedByName, inMeeting, now));
        newApprovals.add(new NewApproval(party, approvedBy, approvedByName, inMeeting));
    }

    /** The placement begins: the agreement approved by every party, on or after its start date. */
    void activate(LocalDate today) {
        require(status == ProposalStatus.AGREED, "proposal.notAgreed");
        require(fullyApproved(), "agreement.notApproved");
        require(!startsOn.isAfter(today), "proposal.notStarted");
        status = ProposalStatus.ACTIVE;
        changed = true;
        history.add(new HistoryLine(ProposalStatus.ACTIVE, null));
        events.add(new PlacementActivated(id.value(), placementId, participantId, placementOrganisationId,
                placementUnitId, supervisorUserId, startsOn, endsOn, today));
    }

    /** The active placement ends, completed or early with a reason; frees the seat and the supervisor slot. */
    Release end(boolean completed, EndReason reason, LocalDate endedOn, String note) {
        require(allows(Step.END), "proposal.notActive");
        if (!completed && reason == null) {
            throw new InvalidFieldException("reason", "proposal.endReason.required");
        }
        if (endedOn.isBefore(startsOn)) {
            throw new InvalidFieldException("endedOn", "proposal.endsOn.beforeStart");
        }
        status = completed ? ProposalStatus.COMPLETED : ProposalStatus.ENDED_EARLY;
        endReason = completed ? null : reason;
        endsOn = endedOn;
        history.add(new HistoryLine(status, Texts.blankToNull(note)));
        events.add(new PlacementEnded(id.value(), placementId, participantId, placementOrganisationId,
                placementUnitId, completed, endReason, endedOn));
        return release();
    }

    /** The proposing side takes the proposal back before the placement is active; frees what it holds. */
    Release withdraw() {
        require(allows(Step.WITHDRAW), "proposal.notWithdrawable");
        status = ProposalStatus.WITHDRAWN;
        history.add(new HistoryLine(ProposalStatus.WITHDRAWN, null));
        return release();
    }

    private Release release() {
        Release release = new Release(seatHeld, slotHeld ? supervisorId : null);
        seatHeld = false;
        slotHeld = false;
        changed = true;
        return release;
    }

    private static void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw new ConflictException(messageKey);
        }
    }

    // --- what the repository saves and the service publishes ------------------------------------------------------

    /** The domain events registered since the proposal was loaded or made, once: they are handed over and cleared. */
    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    List<Object> registeredEvents() {
        return List.copyOf(events);
    }

    List<HistoryLine> history() {
        return List.copyOf(history);
    }

    List<NewApproval> newApprovals() {
        return List.copyOf(newApprovals);
    }

    boolean approvalsCleared() {
        return approvalsCleared;
    }

    boolean isNew() {
        return isNew;
    }

    boolean changed() {
        return changed;
    }

    /** Called by the repository once saved. */
    void saved() {
        changed = false;
        approvalsCleared = false;
        newApprovals.clear();
        history.clear();
    }

    // --- state ----------------------------------------------------------------------------------------------------

    ProposalId id() {
        return id;
    }

    UUID placementId() {
        return placementId;
    }

    String placementTitle() {
        return placementTitle;
    }

    UUID placementOrganisationId() {
        return placementOrganisationId;
    }

    UUID placementUnitId() {
        return placementUnitId;
    }

    UUID proposingOrganisationId() {
        return proposingOrganisationId;
    }

    UUID participantId() {
        return participantId;
    }

    ProposalStatus status() {
        return status;
    }

    Integer score() {
        return score;
    }

    String motivation() {
        return motivation;
    }

    String reviewNote() {
        return reviewNote;
    }

    DeclineReason declineReason() {
        return declineReason;
    }

    EndReason endReason() {
        return endReason;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    UUID supervisorId() {
        return supervisorId;
    }

    String supervisorName() {
        return supervisorName;
    }

    UUID supervisorUserId() {
        return supervisorUserId;
    }

    boolean seatHeld() {
        return seatHeld;
    }

    boolean slotHeld() {
        return slotHeld;
    }

    String goals() {
        return goals;
    }

    String tasks() {
        return tasks;
    }

    String hours() {
        return hours;
    }

    String followUp() {
        return followUp;
    }

    List<ProposalView.Approval> approvals() {
        return List.copyOf(approvals.values());
    }

    boolean approvedBy(AgreementParty party) {
        return approvals.containsKey(party);
    }

    Instant proposedAt() {
        return proposedAt;
    }

    long lockVersion() {
        return lockVersion;
    }
}
