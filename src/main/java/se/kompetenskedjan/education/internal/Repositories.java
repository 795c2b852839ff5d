package se.kompetenskedjan.education.internal;

import java.time.LocalDate;
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

interface CourseRepository extends JpaRepository<Course, UUID> {

    Page<Course> findByProviderOrganisationId(UUID providerOrganisationId, Pageable page);
}

interface OccasionRepository extends JpaRepository<Occasion, UUID> {

    Page<Occasion> findByCourseId(UUID courseId, Pageable page);

    List<Occasion> findTop200ByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(LocalDate date);

    /** Serialises enrolments on one occasion, so that two coordinators cannot both take its last seat. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Occasion o where o.id = :id")
    Optional<Occasion> lockById(UUID id);

    @Query(value = "select o from Occasion o join o.teacherIds t where t = :teacher",
            countQuery = "select count(o) from Occasion o join o.teacherIds t where t = :teacher")
    Page<Occasion> taughtBy(UUID teacher, Pageable page);
}

interface CourseSessionRepository extends JpaRepository<Session, UUID> {

    List<Session> findByOccasionIdOrderByDateAscStartTimeAsc(UUID occasionId);

    @Query("""
            select s from Session s where s.date = :date
               and s.occasionId in (select o.id from Occasion o join o.teacherIds t where t = :teacher)
             order by s.startTime, s.id""")
    List<Session> taughtOn(UUID teacher, LocalDate date);
}

interface EnrolmentRepository extends JpaRepository<Enrolment, UUID> {

    List<Enrolment> findByOccasionId(UUID occasionId);

    List<Enrolment> findTop200ByParticipantIdOrderByFromDateDesc(UUID participantId);

    boolean existsByOccasionIdAndParticipantIdAndEndedOnIsNull(UUID occasionId, UUID participantId);

    long countByOccasionIdAndEndedOnIsNull(UUID occasionId);

    @Query("select e.occasionId, count(e) from Enrolment e where e.occasionId in :occasions and e.endedOn is null group by e.occasionId")
    List<Object[]> openCounts(Collection<UUID> occasions);
}

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findByEnrolmentIdIn(Collection<UUID> enrolmentIds);

    List<Attendance> findBySessionIdIn(Collection<UUID> sessionIds);

    boolean existsBySessionId(UUID sessionId);
}

interface ResultRepository extends JpaRepository<Result, UUID> {

    List<Result> findByEnrolmentIdIn(Collection<UUID> enrolmentIds);
}
