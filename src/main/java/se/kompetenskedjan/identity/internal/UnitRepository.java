package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, UUID> {

    Page<Unit> findByOrganisationId(UUID organisationId, Pageable pageable);
}
