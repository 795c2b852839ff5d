package se.kompetenskedjan.participants;

import java.util.UUID;

/**
 * Registers the fictitious demo region's participants and their consents with the fixed ids that the README, the
 * tests and the demo's other parts rely on. Only in the {@code demo} profile: its one implementation is a bean of that
 * profile, so in any other profile nothing can be wired to it. Apart from the given id each call is exactly
 * {@link ParticipantRegister#create} or {@link ParticipantRegister#giveConsent}: the signed-in user's rights are
 * checked, the change is audited and ParticipantRegistered or ConsentGiven is published, as in real use. An id that
 * is taken is refused, so nothing that exists is changed.
 */
public interface ParticipantSeeding {

    ParticipantView create(UUID id, ParticipantCommand command);

    ConsentView giveConsent(UUID participantId, UUID consentId, ConsentCommand command);
}
