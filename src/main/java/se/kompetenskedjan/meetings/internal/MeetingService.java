package se.kompetenskedjan.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.meetings.DecisionCommand;
import se.kompetenskedjan.meetings.DecisionHit;
import se.kompetenskedjan.meetings.DecisionRecorded;
import se.kompetenskedjan.meetings.DecisionSearch;
import se.kompetenskedjan.meetings.DecisionView;
import se.kompetenskedjan.meetings.HeldMeetingCommand;
import se.kompetenskedjan.meetings.MeetingCancellation;
import se.kompetenskedjan.meetings.MeetingCancelled;
import se.kompetenskedjan.meetings.MeetingCommand;
import se.kompetenskedjan.meetings.MeetingHeld;
import se.kompetenskedjan.meetings.MeetingKind;
import se.kompetenskedjan.meetings.MeetingPlanned;
import se.kompetenskedjan.meetings.MeetingSummary;
import se.kompetenskedjan.meetings.MeetingView;
import se.kompetenskedjan.meetings.Meetings;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.participants.SupervisionView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

@Service
@Transactional
class MeetingService implements Meetings {

    static final String TASK_SOURCE = "MEETING_DECISION";

    private final MeetingRepository meetings;
    private final MeetingDecisionRepository decisions;
    private final MeetingQueries queries;
    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingDecisionRepository decisions, MeetingQueries queries,
            ParticipantRegister register, IdentityDirectory identity, CurrentUsers currentUsers, Tasks tasks,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.queries = queries;
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MeetingView plan(MeetingCommand command) {
        CurrentUser user = currentUsers.current();
        if (!kindsFor(user).contains(command.kind())) {
            throw new AccessDeniedException("this role does not plan meetings of this kind");
        }
        fieldProblems(command);
        ParticipantAccess access = command.kind().aboutParticipant()
                ? register.access(command.participantId(), AccessNeed.ADD, "three-party meeting planned") : null;
        Meeting.Details details = details(command, access);
        Meeting meeting = meetings.saveAndFlush(new Meeting(UUID.randomUUID(), command.kind(),
                user.organisationId().value(), command.participantId(), details, user.id().value(), clock.instant()));
        events.publishEvent(new MeetingPlanned(meeting.id(), meeting.kind(), meeting.organiserOrganisationId(),
                meeting.participantId(), meeting.date(), meeting.startTime(), meeting.endTime()));
        return view(meeting, user);
    }

    @Override
    public MeetingView get(UUID meetingId) {
        CurrentUser user = currentUsers.current();
        Meeting meeting = readable(meetingId, user);
        if (meeting.participantId() != null) {
            register.access(meeting.participantId(), AccessNeed.READ, "three-party meeting");
        }
        return view(meeting, user);
    }

    @Override
    public MeetingView change(UUID meetingId, MeetingCommand command) {
        CurrentUser user = currentUsers.current();
        Meeting meeting = changeable(meetingId, user, "three-party meeting changed");
        requireVersion(meeting, command.lockVersion());
        List<FieldProblem> fixed = new ArrayList<>();
        if (command.kind() != meeting.kind()) {
            fixed.add(new FieldProblem("kind", "meeting.kind.fixed"));
        }
        if (command.participantId() != null && !command.participantId().equals(meeting.participantId())) {
            fixed.add(new FieldProblem("participantId", "meeting.participant.fixed"));
        }
        if (!fixed.isEmpty()) {
            throw new InvalidFieldException(fixed);
        }
        MeetingCommand same = new MeetingCommand(meeting.kind(), command.title(), command.date(), command.startTime(),
                command.endTime(), command.place(), command.videoLink(), meeting.participantId(),
                command.attendeeIds(), command.agenda(), command.lockVersion());
        fieldProblems(same);
        ParticipantAccess access = meeting.participantId() == null ? null
                : register.requireRead(meeting.participantId());
        meeting.change(details(same, access), clock.instant());
        meetings.saveAndFlush(meeting);
        return view(meeting, user);
    }

    @Override
    public MeetingView cancel(UUID meetingId, MeetingCancellation cancellation) {
        CurrentUser user = currentUsers.current();
        Meeting meeting = changeable(meetingId, user, "three-party meeting cancelled");
        requireVersion(meeting, cancellation.lockVersion());
        meeting.cancel(blankToNull(cancellation.reason()), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingCancelled(meeting.id(), meeting.kind(), meeting.organiserOrganisationId(),
                meeting.participantId(), meeting.date()));
        return view(meeting, user);
    }

    @Override
    public MeetingView hold(UUID meetingId, HeldMeetingCommand command) {
        CurrentUser user = currentUsers.current();
        Meeting meeting = changeable(meetingId, user, "three-party meeting held, notes");
        requireVersion(meeting, command.lockVersion());
        meeting.hold(blankToNull(command.notes()), SwedishTime.today(clock), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new MeetingHeld(meeting.id(), meeting.kind(), meeting.organiserOrganisationId(),
                meeting.participantId(), meeting.date()));
        return view(meeting, user);
    }

    @Override
    public DecisionView decide(UUID meetingId, DecisionCommand command) {
        CurrentUser user = currentUsers.current();
        Meeting meeting = changeable(meetingId, user, "three-party meeting decision");
        meeting.requireHeld();
        List<FieldProblem> problems = new ArrayList<>();
        if (!meeting.attendees().contains(command.ownerId())) {
            problems.add(new FieldProblem("ownerId", "meeting.decision.owner.notAttendee"));
        }
        if (command.dueDate().isBefore(meeting.date())) {
            problems.add(new FieldProblem("dueDate", "meeting.decision.dueDate.beforeMeeting"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        String text = command.text().strip();
        MeetingDecision decision = decisions.saveAndFlush(new MeetingDecision(UUID.randomUUID(), meeting.id(), text,
                command.ownerId(), command.dueDate(), user.id().value(), clock.instant()));
        TaskView task = tasks.openFor(new TaskSource(TASK_SOURCE, decision.id()), meeting.organiserOrganisationId(),
                new TaskCommand(taskTitle(text), taskDescription(meeting, text), command.ownerId(),
                        command.dueDate(), meeting.participantId()), user.id().value());
        events.publishEvent(new DecisionRecorded(decision.id(), meeting.id(), meeting.kind(),
                meeting.organiserOrganisationId(), meeting.participantId(), command.ownerId(), command.dueDate(),
                task.id()));
        return decisionView(decision, Optional.of(task), identity.displayNames(Set.of(command.ownerId())));
    }

    @Override
    public PageResult<MeetingSummary> mine(boolean past, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        MeetingQueries.Reader reader = reader(user, false);
        PageResult<MeetingSummary> found = queries.mine(reader, past, SwedishTime.today(clock), page, size);
        Map<UUID, String> names = listed(found.items().stream().map(MeetingSummary::participantId).toList());
        return new PageResult<>(found.items().stream().map(m -> m.participantId() == null ? m
                : new MeetingSummary(m.id(), m.kind(), m.title(), m.date(), m.startTime(), m.endTime(), m.place(),
                        m.videoLink(), m.status(), m.participantId(), names.get(m.participantId()))).toList(),
                found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingSummary> upcomingFor(UUID userId, LocalDate from, LocalDate to) {
        return queries.upcomingFor(userId, from, to);
    }

    @Override
    public PageResult<DecisionHit> searchDecisions(DecisionSearch search) {
        CurrentUser user = currentUsers.current();
        MeetingQueries.Reader reader = reader(user, true);
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            throw new InvalidFieldException("to", "meeting.search.period");
        }
        PageResult<DecisionHit> found = queries.decisions(reader, search);
        listed(found.items().stream().map(DecisionHit::participantId).toList());
        Map<UUID, String> owners = identity.displayNames(found.items().stream().map(DecisionHit::ownerId).toList());
        return new PageResult<>(found.items().stream().map(h -> new DecisionHit(h.decisionId(), h.text(), h.ownerId(),
                owners.get(h.ownerId()), h.dueDate(), h.meetingId(), h.meetingTitle(), h.meetingKind(),
                h.meetingDate(), h.participantId())).toList(), found.page(), found.size(), found.totalItems(),
                found.totalPages());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayPlan() {
        return !kindsFor(currentUsers.current()).isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingKind> kindsToPlan() {
        return kindsFor(currentUsers.current());
    }

    private static List<MeetingKind> kindsFor(CurrentUser user) {
        if (user.isAnyOf(Role.COORDINATOR, Role.ADMIN)) {
            return List.of(MeetingKind.values());
        }
        if (user.is(Role.EMPLOYER_MANAGER)) {
            return List.of(MeetingKind.WORKPLACE_MEETING, MeetingKind.THREE_PARTY_FOLLOW_UP);
        }
        return List.of();
    }

    /**
     * Who reads which meetings, for the list queries: attendee or creator, and (for the search) a coordinator or
     * admin of the organiser organisation; a three-party meeting only when its participant is among those the user may
     * read now (the participants module decides, over the participants of the meetings the user would otherwise read).
     */
    private MeetingQueries.Reader reader(CurrentUser user, boolean organisation) {
        UUID organiser = organisation && user.isAnyOf(Role.COORDINATOR, Role.ADMIN) ? user.organisationId().value()
                : null;
        List<UUID> candidates = queries.participantsOfMeetings(user.id().value(), organiser);
        Set<UUID> visible = candidates.isEmpty() || user.is(Role.ANALYST) ? Set.of()
                : register.visibleAmong(candidates);
        return new MeetingQueries.Reader(user.id().value(), organiser, visible);
    }

    /** The participants shown in a list, by name: one audited list read (at most a page of them). */
    private Map<UUID, String> listed(List<UUID> participantIds) {
        Set<UUID> ids = participantIds.stream().filter(id -> id != null).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return register.summaries(ids).stream()
                .collect(Collectors.toMap(ParticipantSummary::id, s -> s.firstName() + " " + s.lastName()));
    }

    private Meeting readable(UUID meetingId, CurrentUser user) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting.notFound"));
        UUID me = user.id().value();
        if (!meeting.attendees().contains(me) && !me.equals(meeting.createdBy()) && !organiserStaff(user, meeting)) {
            throw new NotFoundException("meeting.notFound");
        }
        return meeting;
    }

    /** The creator and the organiser organisation's coordinators and admins change a meeting. */
    private Meeting changeable(UUID meetingId, CurrentUser user, String detail) {
        Meeting meeting = readable(meetingId, user);
        if (!mayChange(user, meeting)) {
            throw new AccessDeniedException("the organiser changes a meeting");
        }
        if (meeting.participantId() != null) {
            register.access(meeting.participantId(), AccessNeed.CONTRIBUTE, detail);
        }
        return meeting;
    }

    private static boolean mayChange(CurrentUser user, Meeting meeting) {
        return user.id().value().equals(meeting.createdBy()) || organiserStaff(user, meeting);
    }

    private static boolean organiserStaff(CurrentUser user, Meeting meeting) {
        return user.isAnyOf(Role.COORDINATOR, Role.ADMIN)
                && user.organisationId().value().equals(meeting.organiserOrganisationId());
    }

    private static void requireVersion(Meeting meeting, Long lockVersion) {
        if (lockVersion == null) {
            throw new InvalidFieldException("lockVersion", "meeting.lockVersion.required");
        }
        if (lockVersion != meeting.version()) {
            throw new ConflictException("problem.editConflict");
        }
    }

    /** What the command's fields say wrong together, before anything is read about participants or accounts. */
    private static void fieldProblems(MeetingCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!command.endTime().isAfter(command.startTime())) {
            problems.add(new FieldProblem("endTime", "meeting.endTime.beforeStart"));
        }
        if (blankToNull(command.place()) == null && blankToNull(command.videoLink()) == null) {
            problems.add(new FieldProblem("place", "meeting.place.required"));
        }
        String link = blankToNull(command.videoLink());
        if (link != null && !link.matches("https://[^\\s]+")) {
            problems.add(new FieldProblem("videoLink", "meeting.videoLink.https"));
        }
        if (command.kind().aboutParticipant() && command.participantId() == null) {
            problems.add(new FieldProblem("participantId", "meeting.participant.required"));
        } else if (!command.kind().aboutParticipant() && command.participantId() != null) {
            problems.add(new FieldProblem("participantId", "meeting.participant.notForKind"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /**
     * The attendees, checked: active accounts; at a three-party meeting only those who may read the participant
     * (the participant's own login, a current supervisor, staff of an organisation the participant belongs to or is
     * shared with), among them a coordinator or admin of the participant's organisation and a supervisor or employer
     * manager. Participants attend only meetings about themselves.
     */
    private Meeting.Details details(MeetingCommand command, ParticipantAccess access) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> attendees = new LinkedHashSet<>();
        List<UserView> users = new ArrayList<>();
        List<SupervisionView> supervisions = access == null ? List.of() : register.supervisions(access.participantId());
        Map<UUID, Boolean> sharedWith = new HashMap<>();
        LocalDate today = SwedishTime.today(clock);
        for (int i = 0; i < command.attendeeIds().size(); i++) {
            UUID id = command.attendeeIds().get(i);
            Optional<UserView> user = identity.findUser(new UserId(id)).filter(UserView::enabled);
            String field = "attendeeIds[" + i + "]";
            if (user.isEmpty()) {
                problems.add(new FieldProblem(field, "meeting.attendee.unknown"));
            } else if (access == null && user.get().role() == Role.PARTICIPANT) {
                problems.add(new FieldProblem(field, "meeting.attendee.participant"));
            } else if (access != null && !mayRead(user.get(), access, supervisions, sharedWith, today)) {
                problems.add(new FieldProblem(field, "meeting.attendee.mayNotRead"));
            } else if (attendees.add(id)) {
                users.add(user.get());
            }
        }
        if (access != null && problems.isEmpty()) {
            if (users.stream().noneMatch(u -> (u.role() == Role.COORDINATOR || u.role() == Role.ADMIN)
                    && u.organisationId().equals(access.participantOrganisationId()))) {
                problems.add(new FieldProblem("attendeeIds", "meeting.threeParty.coordinator"));
            }
            if (users.stream().noneMatch(u -> u.role() == Role.SUPERVISOR || u.role() == Role.EMPLOYER_MANAGER)) {
                problems.add(new FieldProblem("attendeeIds", "meeting.threeParty.employer"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        List<String> agenda = command.agenda() == null ? List.of()
                : command.agenda().stream().map(String::strip).toList();
        return new Meeting.Details(command.title().strip(), command.date(), command.startTime(), command.endTime(),
                blankToNull(command.place()), blankToNull(command.videoLink()), attendees, agenda);
    }

    private boolean mayRead(UserView user, ParticipantAccess access, List<SupervisionView> supervisions,
            Map<UUID, Boolean> sharedWith, LocalDate today) {
        return switch (user.role()) {
            case PARTICIPANT -> identity.participantAccount(access.participantId())
                    .map(login -> login.id().equals(user.id())).orElse(false);
            case SUPERVISOR -> supervisions.stream().anyMatch(s -> s.supervisorId().equals(user.id())
                    && !s.startsOn().isAfter(today) && (s.endsOn() == null || !s.endsOn().isBefore(today)));
            case ANALYST -> false;
            default -> sharedWith.computeIfAbsent(user.organisationId(),
                    org -> register.sharedWith(access.participantId(), org));
        };
    }

    private MeetingView view(Meeting meeting, CurrentUser user) {
        List<UserView> attendees = meeting.attendees().stream().map(id -> identity.findUser(new UserId(id)))
                .flatMap(Optional::stream).toList();
        Set<UUID> organisations = new LinkedHashSet<>();
        organisations.add(meeting.organiserOrganisationId());
        attendees.forEach(a -> organisations.add(a.organisationId()));
        Map<UUID, String> organisationNames = identity.organisationNames(organisations);
        List<MeetingView.Attendee> attending = attendees.stream()
                .map(a -> new MeetingView.Attendee(a.id(), a.displayName(), a.organisationId(),
                        organisationNames.get(a.organisationId())))
                .sorted(java.util.Comparator.comparing(MeetingView.Attendee::name)).toList();
        List<MeetingDecision> taken = decisions.findByMeetingIdOrderByRecordedAtAscIdAsc(meeting.id());
        Map<UUID, String> owners = identity.displayNames(taken.stream().map(MeetingDecision::ownerId).toList());
        List<DecisionView> decisionViews = taken.stream().map(d -> decisionView(d,
                tasks.forSource(new TaskSource(TASK_SOURCE, d.id())).stream().findFirst(), owners)).toList();
        String participantName = meeting.participantId() == null ? null
                : listed(List.of(meeting.participantId())).get(meeting.participantId());
        return new MeetingView(meeting.id(), meeting.kind(), meeting.title(), meeting.date(), meeting.startTime(),
                meeting.endTime(), meeting.place(), meeting.videoLink(), meeting.organiserOrganisationId(),
                organisationNames.get(meeting.organiserOrganisationId()), meeting.participantId(), participantName,
                meeting.status(), meeting.notes(), meeting.cancelReason(), attending, meeting.agenda(), decisionViews,
                mayChange(user, meeting), meeting.version());
    }

    private static DecisionView decisionView(MeetingDecision d, Optional<TaskView> task, Map<UUID, String> owners) {
        return new DecisionView(d.id(), d.meetingId(), d.text(), d.ownerId(), owners.get(d.ownerId()), d.dueDate(),
                task.map(TaskView::id).orElse(null), task.map(TaskView::status).orElse(null),
                task.map(TaskView::overdue).orElse(false), d.recordedAt());
    }

    private static String taskTitle(String text) {
        String line = text.lines().findFirst().orElse(text).strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private static String taskDescription(Meeting meeting, String text) {
        String from = "Beslut på mötet " + meeting.title() + " " + meeting.date() + ".";
        String full = text.equals(taskTitle(text)) ? from : from + "\n\n" + text;
        return full.length() <= 2000 ? full : full.substring(0, 1999) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
