package se.kompetenskedjan.handovers.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import se.kompetenskedjan.handovers.HandoverStatus;

interface HandoverRepository extends JpaRepository<Handover, UUID> {

    long countByToOrganisationIdAndStatus(UUID organisationId, HandoverStatus status);

    boolean existsByParticipantIdAndStatus(UUID participantId, HandoverStatus status);

    List<Handover> findTop50ByParticipantIdOrderByProposedAtDesc(UUID participantId);

    Page<Handover> findByToOrganisationIdAndStatus(UUID organisationId, HandoverStatus status, Pageable page);

    Page<Handover> findByFromOrganisationId(UUID organisationId, Pageable page);
}
