package se.kompetenskedjan.invitations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(byte[] tokenHash);

    /** The participant's invitations that were pending when last written (some may have expired since). */
    List<Invitation> findByParticipantIdAndState(UUID participantId, Invitation.State state);
}
