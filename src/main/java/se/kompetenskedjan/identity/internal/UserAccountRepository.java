package se.kompetenskedjan.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.kompetenskedjan.identity.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByOidcSubject(String oidcSubject);

    Optional<UserAccount> findByParticipantId(UUID participantId);

    Page<UserAccount> findByOrganisationId(UUID organisationId, Pageable pageable);

    /** A bulk update: leaves the entity's version alone. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.sessionsValidFrom = ?2 where u.id = ?1")
    int endSessions(UUID id, Instant validFrom);

    List<UserAccount> findTop200ByOrganisationIdAndRoleAndEnabledTrueOrderByDisplayName(UUID organisationId, Role role);
}
