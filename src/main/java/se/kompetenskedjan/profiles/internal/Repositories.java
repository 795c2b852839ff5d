package se.kompetenskedjan.profiles.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RequirementProfileRepository extends JpaRepository<RequirementProfile, UUID> {

    /** Locks the profile row, so two new versions or publications of one profile happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from RequirementProfile p where p.id = ?1")
    Optional<RequirementProfile> lockById(UUID id);
}

interface ProfileVersionRepository extends JpaRepository<ProfileVersion, UUID> {

    @Query("select v from ProfileVersion v where v.profile.id = ?1 order by v.number desc")
    List<ProfileVersion> history(UUID profileId);

    /** Those of the keys that items of other profiles use (an item key belongs to one profile). */
    @Query("""
            select distinct i.itemKey from RequirementItem i join i.version v
             where i.itemKey in ?2 and v.profile.id <> ?1
            """)
    List<UUID> itemKeysUsedOutside(UUID profileId, Collection<UUID> itemKeys);
}

interface ProfileTaskRepository extends JpaRepository<ProfileTask, UUID> {
}

interface LadderRepository extends JpaRepository<Ladder, UUID> {

    @Query("select l from Ladder l where l.organisationId = ?1 and l.template = false")
    Page<Ladder> findByOrganisation(UUID organisationId, Pageable pageable);

    @Query("select l from Ladder l where l.template = true order by lower(l.name), l.id")
    List<Ladder> templates();
}

interface LadderStepRepository extends JpaRepository<LadderStep, UUID> {
}
