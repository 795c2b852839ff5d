package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, UUID> {

    Page<Unit> findByOrganisationId(UUID organisationId, Pageable pageable);

    @Query(value = """
            select u from Unit u, Organisation o where o.id = u.organisationId
            and (:organisationId is null or u.organisationId = :organisationId)
            order by o.name, u.name, u.id""", countQuery = """
            select count(u) from Unit u where (:organisationId is null or u.organisationId = :organisationId)""")
    Page<Unit> findInOrganisationOrder(@Param("organisationId") UUID organisationId, Pageable pageable);
}
