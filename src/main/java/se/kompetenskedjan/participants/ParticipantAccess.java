package se.kompetenskedjan.participants;

import java.util.UUID;

/**
 * The signed-in user's right to one participant, as the participants module decided it: other modules holding
 * personal data about participants (plans, placements, validation) ask for it and record their reads and writes
 * with it, so the one access rule and the one audit trail cover them too.
 */
public record ParticipantAccess(UUID participantId, UUID participantOrganisationId, String purpose, boolean mayEdit) {
}
