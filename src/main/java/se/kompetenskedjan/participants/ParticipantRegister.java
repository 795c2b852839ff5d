package se.kompetenskedjan.participants;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.shared.PageResult;

/**
 * The participants module's public face. Every method that returns or changes a participant's data checks the
 * signed-in user's right to the participant and records the read or write in the audit trail; the checks that show no
 * data ({@link #requireRead}, {@link #requireEdit}) and the internal reads other modules filter with
 * ({@link #belongingTo}) record nothing.
 */
public interface ParticipantRegister {

    PageResult<ParticipantSummary> search(ParticipantSearch search);

    ParticipantView get(UUID id);

    ParticipantFile file(UUID id);

    ParticipantView create(ParticipantCommand command);

    ParticipantView update(UUID id, ParticipantCommand command);

    /**
     * Sets only the participant's Swedish level (those who may edit the participant), e.g. from a signed language
     * validation; {@code version} is the version read (409 when stale). Audited as an update with {@code detail}.
     */
    ParticipantView setSwedishLevel(UUID id, SwedishLevel level, long version, String detail);

    /**
     * Internal, for the plans module (issue 13, item 3): the status that the participant's journeys decide, set in
     * the transaction that records the journey event (required), whose {@link #access} call checked the signed-in
     * user's right and recorded the write; nothing more is checked or recorded here. From then on the status follows
     * the journeys and is no longer set by hand ({@link #update} refuses another status with 409). Publishes
     * ParticipantStatusChanged dated {@code on}, the journey event's day, when the status changes (and
     * ParticipantChanged when the row changes).
     */
    void statusFromJourneys(UUID participantId, ParticipantStatus status, java.time.LocalDate on);

    /**
     * Internal, for the hand-overs module (issue 13, item 5): responsibility for the participant moves to another
     * organisation and one of its coordinators (or admins), in the transaction that accepts the hand-over (required),
     * whose {@link #access} call checked the accepting user's right and recorded the write. Afterwards the sending
     * organisation sees the participant only where a consent shares them with it. Publishes ParticipantHandedOver
     * and ParticipantChanged. 400 (coordinatorId) when the coordinator is not a coordinator or admin of the receiver.
     */
    void handOver(UUID participantId, UUID toOrganisationId, UUID toCoordinatorId);

    List<ConsentView> consents(UUID participantId);

    ConsentView giveConsent(UUID participantId, ConsentCommand command);

    ConsentView withdrawConsent(UUID participantId, UUID consentId);

    List<SupervisionView> supervisions(UUID participantId);

    /**
     * Who has read or changed this participant's data; for the participant themself and staff who may see them.
     * Reading the log is itself a read of the participant's data, recorded like any other (VIEW, "access log").
     */
    PageResult<AuditEntryView> accessLog(UUID participantId, Integer page, Integer size);

    /**
     * The signed-in participant's own log for Min sida: other people's entries, paged, and the participant's own
     * visits counted apart. Recorded like {@link #accessLog}.
     */
    MyAccessLog myAccessLog(Integer page, Integer size);

    /**
     * The one way to touch a participant's data: checks the signed-in user's right for the need (read, or change the
     * participant) and records the access in the audit trail, in one call. Throws AccessDeniedException or
     * NotFoundException. A change is recorded inside the caller's transaction (required) and written only if that
     * commits; whatever one request does to one participant ends as one audit row (see the privacy module), so a
     * view returned after a write adds nothing.
     */
    ParticipantAccess access(UUID participantId, AccessNeed need, String detail);

    /**
     * The signed-in user's right to read the participant, without recording anything: for checks that show no data
     * (which links to offer). To read data, use {@link #access}.
     */
    ParticipantAccess requireRead(UUID participantId);

    /** As requireRead, but the right to change the participant's data (coordinators and admins of the owner). */
    ParticipantAccess requireEdit(UUID participantId);

    /** Those of the given participants the signed-in user may see (for lists other modules build). */
    Set<UUID> visibleAmong(Collection<UUID> participantIds);

    /**
     * Internal, for access rules of other modules (no access check, no audit): those of the given participants who
     * belong to the organisation.
     */
    Set<UUID> belongingTo(Collection<UUID> participantIds, UUID organisationId);

    /**
     * Internal, for the modules' indicator sources (ids only, no access check, no audit: the indicators show
     * protected counts, never participants): the organisation each of the given participants belongs to now; unknown
     * ids are left out.
     */
    Map<UUID, UUID> organisationsOf(Collection<UUID> participantIds);

    /**
     * List rows for the given participants that the signed-in user may see (audited as a list read), sorted by name;
     * for lists other modules build, such as the participants on a step of a ladder. At most 1,000 ids.
     */
    List<ParticipantSummary> summaries(Collection<UUID> participantIds);

    /**
     * Whether the participant's data may be shown to staff of the organisation today: the participant belongs to it,
     * or an active consent shares them with it. For other modules that hand a participant to another organisation,
     * such as proposing them to an employer. The signed-in user must be allowed to read the participant.
     */
    boolean sharedWith(UUID participantId, UUID organisationId);

    /**
     * Internal, for matching: the hard facts of those of the given participants the signed-in user may see. No audit
     * entry: the caller records the participants it shows (with {@link #summaries}).
     */
    List<ParticipantMatchFacts> matchFacts(Collection<UUID> participantIds);

    /** The participant id of the signed-in participant. */
    UUID myParticipantId();

    boolean canCreate();

    /**
     * Internal (no access check, no audit: it reveals no data), for the invitations module: whether any of the
     * participant's consents is in force on {@code today} (not withdrawn, not run out).
     */
    boolean hasConsentInForce(UUID participantId, java.time.LocalDate today);

    /**
     * Internal, for the caseload (no access check, no audit: ids only; the caller decides who may see a caseload):
     * the participants the coordinator is responsible for who have not left the chain.
     */
    Set<UUID> caseloadOf(UUID coordinatorId);

    /** Internal, for the caseload's counts per coordinator: {@link #caseloadOf} for each coordinator of the organisation. */
    Map<UUID, Set<UUID>> caseloadsIn(UUID organisationId);
}
