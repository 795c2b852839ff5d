package se.kompetenskedjan.education.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.education.AttendanceCommand;
import se.kompetenskedjan.education.AttendanceRecorded;
import se.kompetenskedjan.education.AttendanceSheet;
import se.kompetenskedjan.education.AttendanceStatus;
import se.kompetenskedjan.education.CourseResultRecorded;
import se.kompetenskedjan.education.CsvImportResult;
import se.kompetenskedjan.education.EnrolmentCommand;
import se.kompetenskedjan.education.EnrolmentEnd;
import se.kompetenskedjan.education.EnrolmentEnded;
import se.kompetenskedjan.education.EnrolmentView;
import se.kompetenskedjan.education.Enrolments;
import se.kompetenskedjan.education.ParticipantEnrolled;
import se.kompetenskedjan.education.ResultCommand;
import se.kompetenskedjan.education.ResultOutcome;
import se.kompetenskedjan.education.ResultView;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;

@Service
@Transactional
class EnrolmentService implements Enrolments {

    private final CourseRepository courses;
    private final OccasionRepository occasions;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final ResultRepository results;
    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double warningShare;

    EnrolmentService(CourseRepository courses, OccasionRepository occasions, CourseSessionRepository sessions,
            EnrolmentRepository enrolments, AttendanceRepository attendance, ResultRepository results,
            ParticipantRegister register, IdentityDirectory identity, CurrentUsers currentUsers,
            ApplicationEventPublisher events, Clock clock,
            @Value("${kk.education.attendance-warning-share:0.8}") double warningShare) {
        if (warningShare < 0 || warningShare > 1) {
            throw new IllegalArgumentException("kk.education.attendance-warning-share must be between 0 and 1");
        }
        this.courses = courses;
        this.occasions = occasions;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.results = results;
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
        this.warningShare = warningShare;
    }

    @Override
    public EnrolmentView enrol(UUID occasionId, EnrolmentCommand command) {
        CurrentUser user = currentUsers.current();
        Occasion occasion = occasions.lockById(occasionId)
                .orElseThrow(() -> new NotFoundException("education.occasion.notFound"));
        Course course = course(occasion);
        LocalDate today = today();
        LocalDate from = command.fromDate() != null ? command.fromDate()
                : today.isBefore(occasion.startsOn()) ? occasion.startsOn() : today;
        if (!occasion.covers(from)) {
            throw new InvalidFieldException("fromDate", "education.enrolment.fromDate.outside");
        }
        UUID participantId = command.participantId();
        ParticipantAccess access = register.access(participantId, AccessNeed.CREATE,
                "enrolled on the course " + course.name());
        if (!register.sharedWith(participantId, occasion.providerOrganisationId())) {
            throw new ConflictException("education.enrolment.consentMissing");
        }
        if (enrolments.existsByOccasionIdAndParticipantIdAndEndedOnIsNull(occasion.id(), participantId)) {
            throw new ConflictException("education.enrolment.already");
        }
        if (enrolments.countByOccasionIdAndEndedOnIsNull(occasion.id()) >= occasion.seats()) {
            throw new ConflictException("education.occasion.full");
        }
        Enrolment enrolment = enrolments.saveAndFlush(new Enrolment(UUID.randomUUID(), occasion.id(), participantId,
                access.participantOrganisationId(), from, user.id().value(), clock.instant()));
        events.publishEvent(new ParticipantEnrolled(enrolment.id(), occasion.id(), course.id(), course.kind(),
                participantId, occasion.providerOrganisationId(), from));
        return views(List.of(enrolment), Map.of()).get(0);
    }

    @Override
    public EnrolmentView end(UUID enrolmentId, EnrolmentEnd end) {
        Enrolment enrolment = findEnrolment(enrolmentId);
        Course course = course(occasion(enrolment.occasionId()));
        register.access(enrolment.participantId(), AccessNeed.CHANGE, "course enrolment ended: " + course.name());
        LocalDate today = today();
        LocalDate on = end.endedOn() != null ? end.endedOn()
                : today.isBefore(enrolment.fromDate()) ? enrolment.fromDate() : today;
        enrolment.end(on, end.reason());
        enrolments.saveAndFlush(enrolment);
        events.publishEvent(new EnrolmentEnded(enrolment.id(), enrolment.occasionId(), enrolment.participantId(), on,
                end.reason()));
        return views(List.of(enrolment), Map.of()).get(0);
    }

    @Override
    public List<EnrolmentView> forParticipant(UUID participantId) {
        CurrentUser user = currentUsers.current();
        register.access(participantId, AccessNeed.READ, "course enrolments");
        List<Enrolment> found = enrolments.findTop200ByParticipantIdOrderByFromDateDesc(participantId);
        if (user.is(Role.TEACHER)) {
            // a teacher reads what happens in their own groups, not the participant's other courses
            Set<UUID> taught = occasions.findAllById(found.stream().map(Enrolment::occasionId).toList()).stream()
                    .filter(o -> o.taughtBy(user.id().value())).map(Occasion::id).collect(Collectors.toSet());
            found = found.stream().filter(e -> taught.contains(e.occasionId())).toList();
        }
        return views(found, Map.of());
    }

    @Override
    public List<EnrolmentView> group(UUID occasionId) {
        Occasion occasion = taught(occasionId);
        Group group = group(occasion);
        return views(group.enrolments(), group.names()).stream()
                .sorted(Comparator.comparing(EnrolmentView::participantName)).toList();
    }

    @Override
    public AttendanceSheet attendance(UUID sessionId) {
        Session session = findSession(sessionId);
        return sheet(session, taught(session.occasionId()));
    }

    @Override
    public AttendanceSheet recordAttendance(UUID sessionId, AttendanceCommand command) {
        Session session = findSession(sessionId);
        Occasion occasion = taught(session.occasionId());
        checkRecordable(session);
        Map<UUID, Enrolment> byId = enrolments.findByOccasionId(occasion.id()).stream()
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
        Map<Enrolment, AttendanceStatus> marks = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < command.entries().size(); i++) {
            AttendanceCommand.Entry entry = command.entries().get(i);
            Enrolment enrolment = byId.get(entry.enrolmentId());
            String field = "entries[" + i + "].enrolmentId";
            if (enrolment == null) {
                problems.add(new FieldProblem(field, "education.attendance.enrolment.unknown"));
            } else if (!enrolment.covers(session.date())) {
                problems.add(new FieldProblem(field, "education.attendance.enrolment.notThatDay"));
            } else if (marks.put(enrolment, entry.status()) != null) {
                problems.add(new FieldProblem(field, "education.attendance.enrolment.twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        record(session, occasion, marks);
        return sheet(session, occasion);
    }

    @Override
    public EnrolmentView recordResult(UUID enrolmentId, ResultCommand command) {
        CurrentUser user = currentUsers.current();
        Enrolment enrolment = findEnrolment(enrolmentId);
        Occasion occasion = occasion(enrolment.occasionId());
        requireTeacherOf(user, occasion);
        LocalDate decidedOn = command.decidedOn() != null ? command.decidedOn() : today();
        String problem = resultDateProblem(enrolment, decidedOn);
        if (problem != null) {
            throw new InvalidFieldException("decidedOn", problem);
        }
        saveResult(user, enrolment, occasion, command.outcome(), blankToNull(command.grade()), decidedOn);
        return views(List.of(enrolment), Map.of()).get(0);
    }

    @Override
    public String attendanceTemplate(UUID occasionId) {
        Occasion occasion = taught(occasionId);
        Group group = group(occasion);
        exported(group, "attendance CSV template");
        LocalDate today = today();
        List<Session> held = sessions.findByOccasionIdOrderByDateAscStartTimeAsc(occasion.id()).stream()
                .filter(s -> !s.cancelled() && !s.date().isAfter(today)).toList();
        Map<Attendance.Key, AttendanceStatus> marks = attendance.findByEnrolmentIdIn(ids(group.enrolments()))
                .stream().collect(Collectors.toMap(a -> new Attendance.Key(a.sessionId(), a.enrolmentId()),
                        Attendance::status));
        List<List<String>> rows = new ArrayList<>();
        for (Enrolment e : sortedByName(group)) {
            for (Session s : held) {
                if (e.covers(s.date())) {
                    AttendanceStatus status = marks.get(new Attendance.Key(s.id(), e.id()));
                    rows.add(List.of(e.id().toString(), group.names().get(e.participantId()), s.date().toString(),
                            status == null ? "" : GroupCsv.word(status)));
                }
            }
        }
        return GroupCsv.write(GroupCsv.ATTENDANCE_HEADER, rows);
    }

    @Override
    public String resultsTemplate(UUID occasionId) {
        Occasion occasion = taught(occasionId);
        Group group = group(occasion);
        exported(group, "results CSV template");
        Map<UUID, Result> byEnrolment = results.findByEnrolmentIdIn(ids(group.enrolments())).stream()
                .collect(Collectors.toMap(Result::enrolmentId, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (Enrolment e : sortedByName(group)) {
            Result r = byEnrolment.get(e.id());
            rows.add(List.of(e.id().toString(), group.names().get(e.participantId()),
                    r == null ? "" : GroupCsv.word(r.outcome()), r == null || r.grade() == null ? "" : r.grade(),
                    r == null ? "" : r.decidedOn().toString()));
        }
        return GroupCsv.write(GroupCsv.RESULTS_HEADER, rows);
    }

    @Override
    public CsvImportResult importAttendance(UUID occasionId, String csv) {
        Occasion occasion = taught(occasionId);
        Group group = group(occasion);
        Map<UUID, Enrolment> byId = group.enrolments().stream()
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
        LocalDate today = today();
        Map<LocalDate, Session> byDate = new HashMap<>();
        sessions.findByOccasionIdOrderByDateAscStartTimeAsc(occasion.id()).stream().filter(s -> !s.cancelled())
                .forEach(s -> byDate.putIfAbsent(s.date(), s));
        GroupCsv.Rows rows = GroupCsv.read(csv, GroupCsv.ATTENDANCE_HEADER);
        Map<Session, Map<Enrolment, AttendanceStatus>> marks = new LinkedHashMap<>();
        int skipped = 0;
        for (GroupCsv.Row row : rows.rows()) {
            Enrolment enrolment = rows.enrolment(row, byId);
            LocalDate date = rows.date(row, "datum", true);
            String word = row.value("närvaro");
            if (enrolment == null || date == null) {
                continue;
            }
            Session session = byDate.get(date);
            if (session == null) {
                rows.problem(row, "education.csv.date.noSession", date);
                continue;
            }
            if (date.isAfter(today)) {
                rows.problem(row, "education.csv.date.future", date);
                continue;
            }
            if (!enrolment.covers(date)) {
                rows.problem(row, "education.csv.date.outsideEnrolment", date);
                continue;
            }
            if (word.isEmpty()) {
                skipped++;
                continue;
            }
            AttendanceStatus status = GroupCsv.status(word);
            if (status == null) {
                rows.problem(row, "education.csv.status.unknown", word);
            } else if (marks.computeIfAbsent(session, s -> new LinkedHashMap<>()).put(enrolment, status) != null) {
                rows.problem(row, "education.csv.twice", date);
            }
        }
        rows.rejectIfAnyProblem();
        marks.forEach((session, sessionMarks) -> record(session, occasion, sessionMarks));
        return new CsvImportResult(marks.values().stream().mapToInt(Map::size).sum(), skipped);
    }

    @Override
    public CsvImportResult importResults(UUID occasionId, String csv) {
        CurrentUser user = currentUsers.current();
        Occasion occasion = taught(occasionId);
        Group group = group(occasion);
        Map<UUID, Enrolment> byId = group.enrolments().stream()
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
        GroupCsv.Rows rows = GroupCsv.read(csv, GroupCsv.RESULTS_HEADER);
        record Parsed(Enrolment enrolment, ResultOutcome outcome, String grade, LocalDate decidedOn) {
        }
        List<Parsed> parsed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int skipped = 0;
        for (GroupCsv.Row row : rows.rows()) {
            Enrolment enrolment = rows.enrolment(row, byId);
            String word = row.value("resultat");
            String grade = row.value("betyg");
            LocalDate decidedOn = rows.date(row, "datum", false);
            if (enrolment == null) {
                continue;
            }
            if (word.isEmpty()) {
                skipped++;
                continue;
            }
            ResultOutcome outcome = GroupCsv.outcome(word);
            if (outcome == null) {
                rows.problem(row, "education.csv.outcome.unknown", word);
                continue;
            }
            if (grade.length() > 100) {
                rows.problem(row, "education.csv.grade.tooLong");
                continue;
            }
            LocalDate on = decidedOn != null ? decidedOn : today();
            String dateProblem = resultDateProblem(enrolment, on);
            if (dateProblem != null) {
                rows.problem(row, "education.csv.resultDate.invalid", on);
            } else if (!seen.add(enrolment.id())) {
                rows.problem(row, "education.csv.resultTwice");
            } else {
                parsed.add(new Parsed(enrolment, outcome, blankToNull(grade), on));
            }
        }
        rows.rejectIfAnyProblem();
        parsed.forEach(p -> saveResult(user, p.enrolment(), occasion, p.outcome(), p.grade(), p.decidedOn()));
        return new CsvImportResult(parsed.size(), skipped);
    }

    /** Marks of one session: one audited access per participant, one event for the session. */
    private void record(Session session, Occasion occasion, Map<Enrolment, AttendanceStatus> marks) {
        CurrentUser user = currentUsers.current();
        String detail = "attendance recorded: " + course(occasion).name() + ", " + session.date();
        List<AttendanceRecorded.Mark> recorded = new ArrayList<>();
        Map<Attendance.Key, Attendance> existing = attendance.findBySessionIdIn(List.of(session.id())).stream()
                .collect(Collectors.toMap(a -> new Attendance.Key(a.sessionId(), a.enrolmentId()), a -> a));
        marks.forEach((enrolment, status) -> {
            register.access(enrolment.participantId(), AccessNeed.ADD, detail);
            Attendance row = existing.getOrDefault(new Attendance.Key(session.id(), enrolment.id()),
                    new Attendance(session.id(), enrolment.id()));
            row.mark(status, user.id().value(), clock.instant());
            attendance.save(row);
            recorded.add(new AttendanceRecorded.Mark(enrolment.id(), enrolment.participantId(), status));
        });
        attendance.flush();
        events.publishEvent(new AttendanceRecorded(session.id(), occasion.id(), session.date(), recorded));
    }

    private void saveResult(CurrentUser user, Enrolment enrolment, Occasion occasion, ResultOutcome outcome,
            String grade, LocalDate decidedOn) {
        Course course = course(occasion);
        register.access(enrolment.participantId(), AccessNeed.ADD, "course result recorded: " + course.name());
        Result result = results.findById(enrolment.id()).orElseGet(() -> new Result(enrolment.id()));
        result.record(outcome, grade, decidedOn, user.id().value(), clock.instant());
        results.saveAndFlush(result);
        events.publishEvent(new CourseResultRecorded(enrolment.id(), occasion.id(), course.id(), course.kind(),
                enrolment.participantId(), outcome, decidedOn));
    }

    private String resultDateProblem(Enrolment enrolment, LocalDate decidedOn) {
        if (decidedOn.isAfter(today())) {
            return "education.result.decidedOn.future";
        }
        if (decidedOn.isBefore(enrolment.fromDate())) {
            return "education.result.decidedOn.beforeFrom";
        }
        return null;
    }

    private void checkRecordable(Session session) {
        if (session.cancelled()) {
            throw new ConflictException("education.session.cancelled");
        }
        if (session.date().isAfter(today())) {
            throw new ConflictException("education.attendance.future");
        }
    }

    /** The occasion's enrolments whose participants the signed-in user may read (recorded as a list read). */
    private record Group(List<Enrolment> enrolments, Map<UUID, String> names) {
    }

    private Group group(Occasion occasion) {
        List<Enrolment> all = enrolments.findByOccasionId(occasion.id());
        Map<UUID, String> names = names(all.stream().map(Enrolment::participantId).collect(Collectors.toSet()));
        return new Group(all.stream().filter(e -> names.containsKey(e.participantId())).toList(), names);
    }

    private Map<UUID, String> names(Set<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return register.summaries(participantIds).stream()
                .collect(Collectors.toMap(ParticipantSummary::id, s -> s.firstName() + " " + s.lastName()));
    }

    private void exported(Group group, String detail) {
        group.enrolments().stream().map(Enrolment::participantId).distinct()
                .forEach(p -> register.access(p, AccessNeed.EXPORT, detail));
    }

    private static List<Enrolment> sortedByName(Group group) {
        return group.enrolments().stream()
                .sorted(Comparator.comparing((Enrolment e) -> group.names().get(e.participantId()))
                        .thenComparing(Enrolment::fromDate))
                .toList();
    }

    private AttendanceSheet sheet(Session session, Occasion occasion) {
        List<Enrolment> thatDay = enrolments.findByOccasionId(occasion.id()).stream()
                .filter(e -> e.covers(session.date())).toList();
        Map<UUID, String> names = names(thatDay.stream().map(Enrolment::participantId).collect(Collectors.toSet()));
        Map<UUID, AttendanceStatus> marks = attendance.findBySessionIdIn(List.of(session.id())).stream()
                .collect(Collectors.toMap(Attendance::enrolmentId, Attendance::status));
        List<AttendanceSheet.Row> rows = thatDay.stream().filter(e -> names.containsKey(e.participantId()))
                .map(e -> new AttendanceSheet.Row(e.id(), e.participantId(), names.get(e.participantId()),
                        marks.get(e.id())))
                .sorted(Comparator.comparing(AttendanceSheet.Row::participantName)).toList();
        Course course = course(occasion);
        return new AttendanceSheet(CourseService.sessionView(session), course.id(), course.name(), rows);
    }

    private List<EnrolmentView> views(List<Enrolment> rows, Map<UUID, String> names) {
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<UUID, Occasion> occasionsById = occasions.findAllById(rows.stream().map(Enrolment::occasionId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Occasion::id, Function.identity()));
        Map<UUID, Course> coursesById = courses.findAllById(occasionsById.values().stream().map(Occasion::courseId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Course::id, Function.identity()));
        Map<UUID, List<AttendanceShares.SessionDay>> days = new HashMap<>();
        for (UUID occasionId : occasionsById.keySet()) {
            days.put(occasionId, sessions.findByOccasionIdOrderByDateAscStartTimeAsc(occasionId).stream()
                    .map(s -> new AttendanceShares.SessionDay(s.id(), s.date(), s.cancelled())).toList());
        }
        Map<UUID, Map<UUID, AttendanceStatus>> marks = new HashMap<>();
        attendance.findByEnrolmentIdIn(ids(rows)).forEach(a -> marks.computeIfAbsent(a.enrolmentId(),
                k -> new HashMap<>()).put(a.sessionId(), a.status()));
        Map<UUID, Result> resultsById = results.findByEnrolmentIdIn(ids(rows)).stream()
                .collect(Collectors.toMap(Result::enrolmentId, Function.identity()));
        Map<UUID, String> recorders = identity.displayNames(resultsById.values().stream().map(Result::recordedBy)
                .collect(Collectors.toSet()));
        return rows.stream().map(e -> {
            Occasion o = occasionsById.get(e.occasionId());
            Course c = coursesById.get(o.courseId());
            Result r = resultsById.get(e.id());
            ResultView result = r == null ? null : new ResultView(r.outcome(), r.grade(), r.decidedOn(),
                    r.recordedBy(), recorders.get(r.recordedBy()));
            return new EnrolmentView(e.id(), o.id(), c.id(), c.name(), c.kind(), o.startsOn(), o.endsOn(),
                    e.participantId(), names.get(e.participantId()), e.fromDate(), e.endedOn(), e.endReason(),
                    AttendanceShares.summary(e, days.get(o.id()), marks.getOrDefault(e.id(), Map.of()), today,
                            warningShare),
                    result, e.version());
        }).toList();
    }

    /** The occasion, for one of its teachers; 403 to anyone else (the occasion itself is no secret). */
    private Occasion taught(UUID occasionId) {
        Occasion occasion = occasion(occasionId);
        requireTeacherOf(currentUsers.current(), occasion);
        return occasion;
    }

    private static void requireTeacherOf(CurrentUser user, Occasion occasion) {
        if (!user.is(Role.TEACHER) || !occasion.taughtBy(user.id().value())) {
            throw new AccessDeniedException("only the occasion's teachers see its group");
        }
    }

    private static List<UUID> ids(List<Enrolment> rows) {
        return rows.stream().map(Enrolment::id).toList();
    }

    private Course course(Occasion occasion) {
        return courses.findById(occasion.courseId()).orElseThrow();
    }

    private Occasion occasion(UUID id) {
        return occasions.findById(id).orElseThrow(() -> new NotFoundException("education.occasion.notFound"));
    }

    private Session findSession(UUID id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("education.session.notFound"));
    }

    private Enrolment findEnrolment(UUID id) {
        return enrolments.findById(id).orElseThrow(() -> new NotFoundException("education.enrolment.notFound"));
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
