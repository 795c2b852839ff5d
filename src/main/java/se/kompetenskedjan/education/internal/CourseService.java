package se.kompetenskedjan.education.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.education.CourseCommand;
import se.kompetenskedjan.education.CourseView;
import se.kompetenskedjan.education.Courses;
import se.kompetenskedjan.education.OccasionCommand;
import se.kompetenskedjan.education.OccasionView;
import se.kompetenskedjan.education.SessionCancellation;
import se.kompetenskedjan.education.SessionView;
import se.kompetenskedjan.education.TeacherSession;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;

@Service
@Transactional
class CourseService implements Courses {

    private final CourseRepository courses;
    private final OccasionRepository occasions;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CourseService(CourseRepository courses, OccasionRepository occasions, CourseSessionRepository sessions,
            EnrolmentRepository enrolments, AttendanceRepository attendance, IdentityDirectory identity,
            CurrentUsers currentUsers, Clock clock) {
        this.courses = courses;
        this.occasions = occasions;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<CourseView> courses(UUID providerOrganisationId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        var paging = Paging.of(page, size, Sort.by("name", "id"));
        Page<Course> found = providerOrganisationId == null ? courses.findAll(paging)
                : courses.findByProviderOrganisationId(providerOrganisationId, paging);
        Map<UUID, String> names = identity.organisationNames(
                found.getContent().stream().map(Course::providerOrganisationId).collect(Collectors.toSet()));
        return PageResult.of(found, c -> view(user, c, names));
    }

    @Override
    @Transactional(readOnly = true)
    public CourseView course(UUID courseId) {
        Course course = findCourse(courseId);
        return view(currentUsers.current(), course,
                identity.organisationNames(Set.of(course.providerOrganisationId())));
    }

    @Override
    public CourseView createCourse(CourseCommand command) {
        CurrentUser user = requirePlanner();
        Course course = courses.saveAndFlush(new Course(UUID.randomUUID(), user.organisationId().value(),
                command.name().strip(), command.kind(), blankToNull(command.description()), command.swedishLevel(),
                user.id().value(), clock.instant()));
        return view(user, course, identity.organisationNames(Set.of(course.providerOrganisationId())));
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<OccasionView> occasions(UUID courseId, Integer page, Integer size) {
        Course course = findCourse(courseId);
        Page<Occasion> found = occasions.findByCourseId(course.id(),
                Paging.of(page, size, Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("id"))));
        List<OccasionView> views = views(found.getContent());
        return new PageResult<>(views, found.getNumber(), found.getSize(), found.getTotalElements(),
                found.getTotalPages());
    }

    @Override
    @Transactional(readOnly = true)
    public OccasionView occasion(UUID occasionId) {
        return views(List.of(findOccasion(occasionId))).get(0);
    }

    @Override
    public OccasionView createOccasion(UUID courseId, OccasionCommand command) {
        CurrentUser user = currentUsers.current();
        Course course = findCourse(courseId);
        requirePlanner(user, course.providerOrganisationId());
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        LocalDate today = SwedishTime.today(clock);
        for (String field : List.of("startsOn", "endsOn")) {
            LocalDate date = field.equals("startsOn") ? command.startsOn() : command.endsOn();
            if (Math.abs(java.time.temporal.ChronoUnit.YEARS.between(today, date)) >= 10) {
                problems.add(new InvalidFieldException.FieldProblem(field, "education.occasion.date.range"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            problems.add(new InvalidFieldException.FieldProblem("endsOn", "education.occasion.endsOn.beforeStart"));
        } else if (command.startsOn().plusDays(Schedule.MAX_DAYS).isBefore(command.endsOn())) {
            problems.add(new InvalidFieldException.FieldProblem("endsOn", "education.occasion.endsOn.tooLong"));
        }
        if (!command.endTime().isAfter(command.startTime())) {
            problems.add(new InvalidFieldException.FieldProblem("endTime", "education.occasion.endTime.beforeStart"));
        }
        Set<UUID> teachers = new LinkedHashSet<>(command.teacherIds() == null ? List.of() : command.teacherIds());
        if (teachers.remove(null)) {
            throw new InvalidFieldException("teacherIds", "education.occasion.teachers.invalid");
        }
        if (teachers.isEmpty() && user.is(Role.TEACHER)) {
            teachers.add(user.id().value());
        }
        if (teachers.isEmpty()) {
            problems.add(new InvalidFieldException.FieldProblem("teacherIds", "education.occasion.teachers.required"));
        } else if (!teachers.stream().allMatch(t -> isTeacherOf(t, course.providerOrganisationId()))) {
            problems.add(new InvalidFieldException.FieldProblem("teacherIds", "education.occasion.teachers.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        List<LocalDate> dates = Schedule.dates(command.startsOn(), command.endsOn(), command.weekdays());
        if (dates.isEmpty()) {
            throw new InvalidFieldException("weekdays", "education.occasion.weekdays.noSessions");
        }
        String place = command.place().strip();
        Occasion occasion = occasions.saveAndFlush(new Occasion(UUID.randomUUID(), course, command.startsOn(),
                command.endsOn(), command.seats(), command.weekdays(), command.startTime(), command.endTime(), place,
                teachers, user.id().value(), clock.instant()));
        sessions.saveAll(dates.stream().map(date -> new Session(UUID.randomUUID(), occasion.id(), date,
                command.startTime(), command.endTime(), place)).toList());
        return views(List.of(occasion)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionView> sessions(UUID occasionId) {
        return sessions.findByOccasionIdOrderByDateAscStartTimeAsc(findOccasion(occasionId).id()).stream()
                .map(CourseService::sessionView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SessionView session(UUID sessionId) {
        return sessionView(findSession(sessionId));
    }

    @Override
    public SessionView cancelSession(UUID sessionId, SessionCancellation cancellation) {
        CurrentUser user = currentUsers.current();
        Session session = findSession(sessionId);
        requirePlanner(user, findOccasion(session.occasionId()).providerOrganisationId());
        if (attendance.existsBySessionId(session.id())) {
            throw new ConflictException("education.session.hasAttendance");
        }
        session.cancel(cancellation.reason().strip());
        return sessionView(sessions.saveAndFlush(session));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OccasionView> openOccasions() {
        return views(occasions.findTop200ByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(SwedishTime.today(clock)));
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<OccasionView> myGroups(Integer page, Integer size) {
        CurrentUser user = requireTeacher();
        Page<Occasion> found = occasions.taughtBy(user.id().value(),
                Paging.of(page, size, Sort.by(Sort.Order.desc("endsOn"), Sort.Order.asc("id"))));
        return new PageResult<>(views(found.getContent()), found.getNumber(), found.getSize(),
                found.getTotalElements(), found.getTotalPages());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeacherSession> myDay() {
        CurrentUser user = requireTeacher();
        LocalDate today = SwedishTime.today(clock);
        List<Session> todays = sessions.taughtOn(user.id().value(), today);
        if (todays.isEmpty()) {
            return List.of();
        }
        Map<UUID, Occasion> byId = occasions.findAllById(todays.stream().map(Session::occasionId).toList()).stream()
                .collect(Collectors.toMap(Occasion::id, o -> o));
        Map<UUID, String> courseNames = courses.findAllById(byId.values().stream().map(Occasion::courseId).toList())
                .stream().collect(Collectors.toMap(Course::id, Course::name));
        Map<UUID, Long> marked = attendance.findBySessionIdIn(todays.stream().map(Session::id).toList()).stream()
                .collect(Collectors.groupingBy(Attendance::sessionId, Collectors.counting()));
        Map<UUID, Integer> enrolledToday = new HashMap<>();
        for (UUID occasionId : byId.keySet()) {
            enrolledToday.put(occasionId, (int) enrolments.findByOccasionId(occasionId).stream()
                    .filter(e -> e.covers(today)).count());
        }
        return todays.stream().map(s -> TeacherSession.of(sessionView(s),
                courseNames.get(byId.get(s.occasionId()).courseId()), enrolledToday.get(s.occasionId()),
                marked.getOrDefault(s.id(), 0L).intValue())).toList();
    }

    static SessionView sessionView(Session s) {
        return new SessionView(s.id(), s.occasionId(), s.date(), Schedule.isoWeek(s.date()), s.startTime(),
                s.endTime(), Schedule.at(s.date(), s.startTime()), Schedule.at(s.date(), s.endTime()), s.place(),
                s.cancelled(), s.cancelReason());
    }

    private List<OccasionView> views(List<Occasion> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        CurrentUser user = currentUsers.current();
        Map<UUID, Course> coursesById = courses.findAllById(rows.stream().map(Occasion::courseId).toList()).stream()
                .collect(Collectors.toMap(Course::id, c -> c));
        Map<UUID, String> providers = identity.organisationNames(
                rows.stream().map(Occasion::providerOrganisationId).collect(Collectors.toSet()));
        Set<UUID> teacherIds = new HashSet<>();
        rows.forEach(o -> teacherIds.addAll(o.teacherIds()));
        Map<UUID, String> teacherNames = identity.displayNames(teacherIds);
        Map<UUID, Long> taken = new HashMap<>();
        for (Object[] row : enrolments.openCounts(rows.stream().map(Occasion::id).toList())) {
            taken.put((UUID) row[0], (Long) row[1]);
        }
        return rows.stream().map(o -> {
            Course course = coursesById.get(o.courseId());
            List<OccasionView.Teacher> teachers = o.teacherIds().stream()
                    .map(t -> new OccasionView.Teacher(t, teacherNames.get(t)))
                    .sorted(java.util.Comparator.comparing(t -> String.valueOf(t.name()))).toList();
            return new OccasionView(o.id(), o.courseId(), course.name(), course.kind(), o.providerOrganisationId(),
                    providers.get(o.providerOrganisationId()), o.startsOn(), o.endsOn(), o.seats(),
                    taken.getOrDefault(o.id(), 0L), o.weekdays(), o.startTime(), o.endTime(), o.place(), teachers,
                    mayPlan(user, o.providerOrganisationId()), o.taughtBy(user.id().value()));
        }).toList();
    }

    private CourseView view(CurrentUser user, Course c, Map<UUID, String> providerNames) {
        return new CourseView(c.id(), c.providerOrganisationId(), providerNames.get(c.providerOrganisationId()),
                c.name(), c.kind(), c.description(), c.swedishLevel(), mayPlan(user, c.providerOrganisationId()));
    }

    /** The provider's admins and teachers plan its courses, occasions and sessions. */
    static boolean mayPlan(CurrentUser user, UUID providerOrganisationId) {
        return user.isAnyOf(Role.ADMIN, Role.TEACHER) && user.organisationId().value().equals(providerOrganisationId);
    }

    private CurrentUser requirePlanner() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.ADMIN, Role.TEACHER)) {
            throw new AccessDeniedException("courses are planned by the provider's admins and teachers");
        }
        return user;
    }

    private void requirePlanner(CurrentUser user, UUID providerOrganisationId) {
        if (!mayPlan(user, providerOrganisationId)) {
            throw new AccessDeniedException("not an admin or teacher of the provider");
        }
    }

    private CurrentUser requireTeacher() {
        CurrentUser user = currentUsers.current();
        if (!user.is(Role.TEACHER)) {
            throw new AccessDeniedException("groups are for teachers");
        }
        return user;
    }

    private boolean isTeacherOf(UUID userId, UUID organisationId) {
        return identity.findUser(new UserId(userId))
                .filter(u -> u.enabled() && u.role() == Role.TEACHER && organisationId.equals(u.organisationId()))
                .isPresent();
    }

    private Course findCourse(UUID id) {
        return courses.findById(id).orElseThrow(() -> new NotFoundException("education.course.notFound"));
    }

    private Occasion findOccasion(UUID id) {
        return occasions.findById(id).orElseThrow(() -> new NotFoundException("education.occasion.notFound"));
    }

    private Session findSession(UUID id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("education.session.notFound"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
