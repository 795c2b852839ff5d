package se.kompetenskedjan.participants.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, UUID>, JpaSpecificationExecutor<Participant> {
}

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByParticipantIdOrderByGivenOnDesc(UUID participantId);

    /** Purposes of the consents that share the participant with the organisation on the day. */
    @Query("""
            select c.purpose from Consent c join c.organisationIds o
             where c.participantId = ?1 and o = ?2 and c.withdrawnAt is null and c.givenOn <= ?3 and c.validUntil >= ?3
             order by c.givenOn desc
            """)
    List<String> purposesSharingWith(UUID participantId, UUID organisationId, LocalDate day);
}

interface SupervisionRepository extends JpaRepository<Supervision, UUID> {

    List<Supervision> findByParticipantIdOrderByStartsOnDesc(UUID participantId);

    @Query("""
            select count(s) > 0 from Supervision s
             where s.participantId = ?1 and s.supervisorId = ?2 and s.startsOn <= ?3 and (s.endsOn is null or s.endsOn >= ?3)
            """)
    boolean supervises(UUID participantId, UUID supervisorId, LocalDate day);
}
