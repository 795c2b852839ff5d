package se.kompetenskedjan.privacy;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which participants the signed-in user may open, so that the audit list links only to pages that will not refuse
 * them. Implemented by the participants module, which holds the access rule (it depends on this module, not the
 * other way round).
 */
public interface ParticipantLinks {

    Set<UUID> openable(Collection<UUID> participantIds);
}
