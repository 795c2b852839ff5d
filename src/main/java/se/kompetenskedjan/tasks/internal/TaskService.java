package se.kompetenskedjan.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskCompleted;
import se.kompetenskedjan.tasks.TaskCompletion;
import se.kompetenskedjan.tasks.TaskOpened;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.TaskStatus;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

@Service
@Transactional
class TaskService implements Tasks {

    private final TaskRepository tasks;
    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(TaskRepository tasks, ParticipantRegister register, IdentityDirectory identity,
            CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TaskView open(TaskCommand command) {
        CurrentUser user = currentUsers.current();
        if (user.is(Role.PARTICIPANT)) {
            throw new AccessDeniedException("participants do not open tasks for others");
        }
        UUID organisationId = user.organisationId().value();
        UserView owner = owner(command);
        if (!owner.organisationId().equals(organisationId)) {
            throw new InvalidFieldException("ownerId", "task.owner.otherOrganisation");
        }
        if (command.participantId() != null) {
            register.access(command.participantId(), AccessNeed.ADD, "task opened");
        }
        return view(save(null, organisationId, command, user.id().value()));
    }

    @Override
    public TaskView openFor(TaskSource source, UUID organisationId, TaskCommand command, UUID createdBy) {
        return tasks.findBySourceKindAndSourceId(source.kind(), source.id())
                .map(this::view)
                .orElseGet(() -> {
                    owner(command);
                    return view(save(source, organisationId, command, createdBy));
                });
    }

    @Override
    public int closeOpen(UUID participantId, String sourceKind, String note) {
        List<Task> open = tasks.findByParticipantIdAndSourceKindAndStatus(participantId, sourceKind, TaskStatus.OPEN);
        open.forEach(task -> task.complete(null, clock.instant(), note));
        tasks.saveAllAndFlush(open);
        return open.size();
    }

    @Override
    public TaskView get(UUID taskId) {
        Task task = readable(taskId, AccessNeed.READ, "task");
        return view(task);
    }

    @Override
    public TaskView complete(UUID taskId, TaskCompletion completion) {
        Task task = readable(taskId, AccessNeed.CONTRIBUTE, "task done");
        LocalDate today = SwedishTime.today(clock);
        task.complete(currentUsers.current().id().value(), clock.instant(),
                completion == null ? null : blankToNull(completion.note()));
        tasks.saveAndFlush(task);
        events.publishEvent(new TaskCompleted(task.id(), task.organisationId(), task.participantId(), task.sourceKind(),
                task.sourceId(), today, !today.isAfter(task.dueDate())));
        return view(task);
    }

    @Override
    public PageResult<TaskView> mine(boolean includeClosed, Integer page, Integer size) {
        UUID me = currentUsers.current().id().value();
        Sort order = Sort.by(Sort.Order.desc("status"), Sort.Order.asc("dueDate"), Sort.Order.asc("id"));
        Page<Task> found = includeClosed ? tasks.findByOwnerId(me, Paging.of(page, size, order))
                : tasks.findByOwnerIdAndStatus(me, TaskStatus.OPEN, Paging.of(page, size, order));
        Set<UUID> visible = listed(found.getContent());
        Map<UUID, String> names = names(found.getContent());
        LocalDate today = SwedishTime.today(clock);
        // A task about a participant the owner may no longer see (a supervision that ended) is left out, title and all.
        List<TaskView> items = found.getContent().stream()
                .filter(t -> t.participantId() == null || visible.contains(t.participantId()))
                .map(t -> view(t, names, today)).toList();
        return new PageResult<>(items, found.getNumber(), found.getSize(), found.getTotalElements(),
                found.getTotalPages());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> forSource(TaskSource source) {
        return views(tasks.findBySourceKindAndSourceIdIn(source.kind(), List.of(source.id())));
    }

    @Override
    public List<TaskView> forParticipant(UUID participantId) {
        register.access(participantId, AccessNeed.READ, "tasks");
        return views(tasks.findTop100ByParticipantIdOrderByStatusDescDueDateAsc(participantId));
    }

    private Task save(TaskSource source, UUID organisationId, TaskCommand command, UUID createdBy) {
        Task task = tasks.saveAndFlush(new Task(UUID.randomUUID(), organisationId, command.title().strip(),
                blankToNull(command.description()), command.ownerId(), command.participantId(), command.dueDate(),
                source == null ? null : source.kind(), source == null ? null : source.id(), createdBy,
                clock.instant()));
        events.publishEvent(new TaskOpened(task.id(), organisationId, task.ownerId(), task.participantId(),
                task.dueDate(), task.sourceKind(), task.sourceId(), createdBy));
        return task;
    }

    /** The owner must be an active account; a participant owns only tasks about themself. */
    private UserView owner(TaskCommand command) {
        UserView owner = identity.findUser(new UserId(command.ownerId()))
                .filter(UserView::enabled)
                .orElseThrow(() -> new InvalidFieldException("ownerId", "task.owner.unknown"));
        if (owner.role() == Role.PARTICIPANT && (command.participantId() == null
                || !identity.participantAccount(command.participantId()).map(a -> a.id().equals(owner.id()))
                        .orElse(false))) {
            throw new InvalidFieldException("ownerId", "task.owner.participant");
        }
        return owner;
    }

    /**
     * A task is read and changed by its owner, its creator and the coordinators and admins of its organisation; one
     * about a participant also needs the right to read that participant, recorded as the access.
     */
    private Task readable(UUID taskId, AccessNeed need, String detail) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task.notFound"));
        CurrentUser user = currentUsers.current();
        UUID me = user.id().value();
        boolean party = me.equals(task.ownerId()) || me.equals(task.createdBy())
                || (user.isAnyOf(Role.COORDINATOR, Role.ADMIN)
                        && user.organisationId().value().equals(task.organisationId()));
        if (!party) {
            throw new NotFoundException("task.notFound");
        }
        if (task.participantId() != null) {
            register.access(task.participantId(), need, detail);
        }
        return task;
    }

    private Set<UUID> listed(Collection<Task> found) {
        Set<UUID> ids = found.stream().map(Task::participantId).filter(id -> id != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Set.of();
        }
        return register.summaries(ids).stream().map(s -> s.id()).collect(Collectors.toSet());
    }

    private List<TaskView> views(List<Task> found) {
        Map<UUID, String> names = names(found);
        LocalDate today = SwedishTime.today(clock);
        return found.stream().map(t -> view(t, names, today)).toList();
    }

    private TaskView view(Task task) {
        return view(task, names(List.of(task)), SwedishTime.today(clock));
    }

    private Map<UUID, String> names(Collection<Task> found) {
        return identity.displayNames(found.stream().map(Task::ownerId).collect(Collectors.toSet()));
    }

    private static TaskView view(Task t, Map<UUID, String> names, LocalDate today) {
        return new TaskView(t.id(), t.title(), t.description(), t.ownerId(), names.get(t.ownerId()),
                t.organisationId(), t.participantId(), t.dueDate(), t.status(), t.overdueOn(today), t.sourceKind(),
                t.sourceId(), t.createdBy(), t.createdAt(), t.completedBy(), t.completedAt(), t.completionNote(),
                t.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
