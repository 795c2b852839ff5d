package se.kompetenskedjan.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import se.kompetenskedjan.tasks.TaskStatus;

interface TaskRepository extends JpaRepository<Task, UUID> {

    Optional<Task> findBySourceKindAndSourceId(String sourceKind, UUID sourceId);

    List<Task> findBySourceKindAndSourceIdIn(String sourceKind, List<UUID> sourceIds);

    Page<Task> findByOwnerIdAndStatus(UUID ownerId, TaskStatus status, Pageable page);

    Page<Task> findByOwnerId(UUID ownerId, Pageable page);

    long countByOwnerIdAndStatusAndDueDateBefore(UUID ownerId, TaskStatus status, LocalDate date);

    long countByOwnerIdAndStatusAndDueDateBetween(UUID ownerId, TaskStatus status, LocalDate from, LocalDate to);

    List<Task> findTop100ByParticipantIdOrderByStatusDescDueDateAsc(UUID participantId);

    List<Task> findByParticipantIdAndSourceKindAndStatus(UUID participantId, String sourceKind, TaskStatus status);
}
