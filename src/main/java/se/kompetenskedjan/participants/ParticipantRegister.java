package se.kompetenskedjan.participants;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.shared.PageResult;

/**
 * The participants module's public face. Every method checks the signed-in user's right to the participant and
 * records each read and write in the audit trail.
 */
public interface ParticipantRegister {

    PageResult<ParticipantSummary> search(ParticipantSearch search);

    ParticipantView get(UUID id);

    ParticipantFile file(UUID id);

    ParticipantView create(ParticipantCommand command);

    ParticipantView update(UUID id, ParticipantCommand command);

    List<ConsentView> consents(UUID participantId);

    ConsentView giveConsent(UUID participantId, ConsentCommand command);

    ConsentView withdrawConsent(UUID participantId, UUID consentId);

    List<SupervisionView> supervisions(UUID participantId);

    SupervisionView addSupervision(UUID participantId, SupervisionCommand command);

    /** Who has read or changed this participant's data; for the participant themself and staff who may see them. */
    PageResult<AuditEntryView> accessLog(UUID participantId, Integer page, Integer size);

    /** The participant id of the signed-in participant. */
    UUID myParticipantId();

    boolean canCreate();
}
