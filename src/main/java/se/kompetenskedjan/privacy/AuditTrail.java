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
}
