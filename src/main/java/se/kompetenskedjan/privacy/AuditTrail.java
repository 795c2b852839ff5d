package se.kompetenskedjan.privacy;

import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

public interface AuditTrail {

    /**
     * For admins: entries about their organisation's participants or made by their organisation's staff
     * (all entries for the host organisation's admins). Newest first.
     */
    PageResult<AuditEntryView> search(AuditFilter filter);

    /** Who has read or changed one participant's data, newest first. The caller has checked the right to see it. */
    PageResult<AuditEntryView> forParticipant(UUID participantId, Integer page, Integer size);

    /** As {@link #forParticipant}, without the entries the given actor made (a participant's own visits). */
    PageResult<AuditEntryView> forParticipantExceptBy(UUID participantId, UUID actorId, Integer page, Integer size);

    /** How many entries about the participant the given actor made, and the latest. */
    VisitSummary visitsBy(UUID participantId, UUID actorId);
}
