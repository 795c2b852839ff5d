package se.kompetenskedjan.education.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.education.AttendanceCommand;
import se.kompetenskedjan.education.AttendanceSheet;
import se.kompetenskedjan.education.AttendanceStatus;
import se.kompetenskedjan.education.CourseCommand;
import se.kompetenskedjan.education.CourseKind;
import se.kompetenskedjan.education.CourseView;
import se.kompetenskedjan.education.Courses;
import se.kompetenskedjan.education.CsvImportRejected;
import se.kompetenskedjan.education.EnrolmentCommand;
import se.kompetenskedjan.education.EnrolmentEnd;
import se.kompetenskedjan.education.EnrolmentEndReason;
import se.kompetenskedjan.education.Enrolments;
import se.kompetenskedjan.education.OccasionCommand;
import se.kompetenskedjan.education.OccasionView;
import se.kompetenskedjan.education.ResultCommand;
import se.kompetenskedjan.education.ResultOutcome;
import se.kompetenskedjan.education.SessionCancellation;
import se.kompetenskedjan.education.SessionView;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The education pages: the course list with the teacher's day and groups, a course and its occasions, an occasion
 * with its sessions and (for its teachers) the group with attendance, results and the CSV files, the attendance form
 * for one session (made for a phone), and a participant's enrolments for their coordinator.
 */
@Controller
class EducationPageController {

    private final Courses courses;
    private final Enrolments enrolments;
    private final ParticipantRegister participants;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    EducationPageController(Courses courses, Enrolments enrolments, ParticipantRegister participants,
            IdentityDirectory identity, CurrentUsers currentUsers, Validator validator, MessageSource messages,
            Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.participants = participants;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/utbildning")
    @Transactional(readOnly = true)
    String start(@RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = staff();
        boolean teacher = user.is(Role.TEACHER);
        model.addAttribute("teacher", teacher);
        model.addAttribute("today", teacher ? courses.myDay() : List.of());
        model.addAttribute("groups", teacher ? courses.myGroups(0, 50).items() : List.of());
        model.addAttribute("courses", courses.courses(null, page, 20));
        model.addAttribute("mayCreate", user.isAnyOf(Role.ADMIN, Role.TEACHER));
        return "education/start";
    }

    @GetMapping("/utbildning/kurser/ny")
    String newCourse(Model model) {
        requirePlanner();
        model.addAttribute("form", Map.of());
        return courseForm(model, List.of());
    }

    @PostMapping("/utbildning/kurser/ny")
    String createCourse(@RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        requirePlanner();
        List<String> errors = new ArrayList<>();
        CourseKind kind = parse(params.getFirst("kind"), CourseKind::valueOf);
        SwedishLevel level = parse(params.getFirst("swedishLevel"), SwedishLevel::valueOf);
        CourseCommand command = new CourseCommand(params.getFirst("name"), kind, params.getFirst("description"), level);
        errors.addAll(violations(command));
        if (errors.isEmpty()) {
            CourseView created = courses.createCourse(command);
            redirect.addFlashAttribute("saved", text("education.page.course.created"));
            return "redirect:/utbildning/kurser/" + created.id();
        }
        model.addAttribute("form", params.toSingleValueMap());
        return courseForm(model, errors);
    }

    @GetMapping("/utbildning/kurser/{id}")
    @Transactional(readOnly = true)
    String course(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        staff();
        model.addAttribute("course", courses.course(id));
        model.addAttribute("occasions", courses.occasions(id, page, 20));
        return "education/course";
    }

    @GetMapping("/utbildning/kurser/{id}/tillfallen/ny")
    String newOccasion(@PathVariable UUID id, Model model) {
        CourseView course = plannable(id);
        CurrentUser user = currentUsers.current();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("startTime", "09:00");
        form.put("endTime", "12:00");
        form.put("teacherIds", user.is(Role.TEACHER) ? List.of(user.id().value().toString()) : List.of());
        form.put("weekdays", List.of());
        model.addAttribute("form", form);
        return occasionForm(course, model, List.of());
    }

    @PostMapping("/utbildning/kurser/{id}/tillfallen/ny")
    String createOccasion(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CourseView course = plannable(id);
        List<String> errors = new ArrayList<>();
        LocalDate startsOn = date(params.getFirst("startsOn"), "education.page.occasion.startsOn.invalid", errors);
        LocalDate endsOn = date(params.getFirst("endsOn"), "education.page.occasion.endsOn.invalid", errors);
        LocalTime startTime = time(params.getFirst("startTime"), errors);
        LocalTime endTime = time(params.getFirst("endTime"), errors);
        Integer seats = parse(params.getFirst("seats"), Integer::valueOf);
        if (params.getFirst("seats") != null && !params.getFirst("seats").isBlank() && seats == null) {
            errors.add(text("education.occasion.seats.range"));
        }
        Set<DayOfWeek> weekdays = new java.util.TreeSet<>();
        for (String day : params.getOrDefault("weekdays", List.of())) {
            DayOfWeek value = parse(day, DayOfWeek::valueOf);
            if (value != null) {
                weekdays.add(value);
            }
        }
        List<UUID> teachers = params.getOrDefault("teacherIds", List.of()).stream()
                .map(t -> parse(t, UUID::fromString)).filter(t -> t != null).toList();
        OccasionCommand command = new OccasionCommand(startsOn, endsOn, seats, weekdays, startTime, endTime,
                params.getFirst("place"), teachers);
        if (errors.isEmpty()) {
            errors.addAll(violations(command));
        }
        if (errors.isEmpty()) {
            try {
                OccasionView created = courses.createOccasion(id, command);
                redirect.addFlashAttribute("saved", text("education.page.occasion.created"));
                return "redirect:/utbildning/tillfallen/" + created.id();
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> errors.add(text(p.messageKey())));
            }
        }
        Map<String, Object> form = new LinkedHashMap<>(params.toSingleValueMap());
        form.put("weekdays", params.getOrDefault("weekdays", List.of()));
        form.put("teacherIds", params.getOrDefault("teacherIds", List.of()));
        model.addAttribute("form", form);
        return occasionForm(course, model, errors);
    }

    @GetMapping("/utbildning/tillfallen/{id}")
    @Transactional(readOnly = true)
    String occasion(@PathVariable UUID id, Model model) {
        staff();
        OccasionView occasion = courses.occasion(id);
        model.addAttribute("occasion", occasion);
        model.addAttribute("sessions", courses.sessions(id));
        model.addAttribute("group", occasion.teaches() ? enrolments.group(id) : null);
        model.addAttribute("todayDate", today());
        model.addAttribute("statuses", ResultOutcome.values());
        return "education/occasion";
    }

    @PostMapping("/utbildning/lektioner/{id}/installd")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        SessionView session = courses.session(id);
        return attempt("/utbildning/tillfallen/" + session.occasionId() + "#lektioner", redirect,
                "education.page.session.cancelled", () -> courses.cancelSession(id, new SessionCancellation(
                        required(reason, "education.session.reason.required"))));
    }

    @GetMapping("/utbildning/lektioner/{id}/narvaro")
    @Transactional(readOnly = true)
    String attendance(@PathVariable UUID id, Model model) {
        AttendanceSheet sheet = enrolments.attendance(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("recordable", !sheet.session().cancelled() && !sheet.session().date().isAfter(today()));
        return "education/attendance";
    }

    @PostMapping("/utbildning/lektioner/{id}/narvaro")
    String recordAttendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes redirect) {
        List<AttendanceCommand.Entry> entries = new ArrayList<>();
        params.forEach((name, values) -> {
            if (name.startsWith("status-")) {
                UUID enrolment = parse(name.substring("status-".length()), UUID::fromString);
                AttendanceStatus status = parse(values.get(0), AttendanceStatus::valueOf);
                if (enrolment != null && status != null) {
                    entries.add(new AttendanceCommand.Entry(enrolment, status));
                }
            }
        });
        String back = "/utbildning/lektioner/" + id + "/narvaro";
        if (entries.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of(text("education.attendance.entries.required")));
            return "redirect:" + back;
        }
        return attempt(back, redirect, "education.page.attendance.saved",
                () -> enrolments.recordAttendance(id, new AttendanceCommand(entries)));
    }

    @PostMapping("/utbildning/anmalningar/{id}/resultat")
    String recordResult(@PathVariable UUID id, @RequestParam UUID occasionId,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String decidedOn, RedirectAttributes redirect) {
        String back = "/utbildning/tillfallen/" + occasionId + "#gruppen";
        List<String> errors = new ArrayList<>();
        ResultOutcome value = parse(outcome, ResultOutcome::valueOf);
        if (value == null) {
            errors.add(text("education.result.outcome.required"));
        }
        LocalDate on = decidedOn == null || decidedOn.isBlank() ? null
                : date(decidedOn, "education.page.result.date.invalid", errors);
        if (grade != null && grade.length() > 100) {
            errors.add(text("education.csv.grade.tooLong"));
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:" + back;
        }
        return attempt(back, redirect, "education.page.result.saved",
                () -> enrolments.recordResult(id, new ResultCommand(value, grade, on)));
    }

    @GetMapping("/utbildning/tillfallen/{id}/narvaro.csv")
    ResponseEntity<String> attendanceCsv(@PathVariable UUID id) {
        return EducationApiController.csv(enrolments.attendanceTemplate(id), "narvaro.csv");
    }

    @GetMapping("/utbildning/tillfallen/{id}/resultat.csv")
    ResponseEntity<String> resultsCsv(@PathVariable UUID id) {
        return EducationApiController.csv(enrolments.resultsTemplate(id), "resultat.csv");
    }

    @PostMapping("/utbildning/tillfallen/{id}/import")
    String importCsv(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        String back = "/utbildning/tillfallen/" + id + "#import";
        try {
            String text = EducationApiController.text(file);
            var result = "results".equals(kind) ? enrolments.importResults(id, text)
                    : enrolments.importAttendance(id, text);
            redirect.addFlashAttribute("saved", text("education.page.import.saved", result.saved(), result.skipped()));
        } catch (CsvImportRejected e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text("education.csv.line", p.line(),
                    text(p.messageKey(), p.arguments().stream().map(String::valueOf).toArray()))).toList());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        }
        return "redirect:" + back;
    }

    @GetMapping("/deltagare/{id}/utbildning")
    @Transactional(readOnly = true)
    String participant(@PathVariable UUID id, Model model) {
        ParticipantFile file = participants.file(id);
        model.addAttribute("p", file.participant());
        model.addAttribute("enrolments", enrolments.forParticipant(id));
        model.addAttribute("editable", file.editable());
        model.addAttribute("open", file.editable() ? courses.openOccasions().stream().filter(o -> !o.full()).toList()
                : List.of());
        model.addAttribute("reasons", EnrolmentEndReason.values());
        return "education/participant";
    }

    @PostMapping("/deltagare/{id}/utbildning")
    String enrol(@PathVariable UUID id, @RequestParam(required = false) String occasionId,
            @RequestParam(required = false) String fromDate, RedirectAttributes redirect) {
        String back = "/deltagare/" + id + "/utbildning";
        List<String> errors = new ArrayList<>();
        UUID occasion = parse(occasionId, UUID::fromString);
        if (occasion == null) {
            errors.add(text("education.page.enrol.occasion.required"));
        }
        LocalDate from = fromDate == null || fromDate.isBlank() ? null
                : date(fromDate, "education.page.enrol.fromDate.invalid", errors);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:" + back;
        }
        return attempt(back, redirect, "education.page.enrol.saved",
                () -> enrolments.enrol(occasion, new EnrolmentCommand(id, from)));
    }

    @PostMapping("/deltagare/{id}/utbildning/{enrolmentId}/avsluta")
    String end(@PathVariable UUID id, @PathVariable UUID enrolmentId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        String back = "/deltagare/" + id + "/utbildning";
        EnrolmentEndReason value = parse(reason, EnrolmentEndReason::valueOf);
        if (value == null) {
            redirect.addFlashAttribute("errors", List.of(text("education.enrolment.reason.required")));
            return "redirect:" + back;
        }
        return attempt(back, redirect, "education.page.end.saved",
                () -> enrolments.end(enrolmentId, new EnrolmentEnd(value, null)));
    }

    private String courseForm(Model model, List<String> errors) {
        model.addAttribute("kinds", CourseKind.values());
        model.addAttribute("levels", SwedishLevel.values());
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        return "education/course-form";
    }

    private String occasionForm(CourseView course, Model model, List<String> errors) {
        model.addAttribute("course", course);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("teachers", identity.usersWithRole(new OrganisationId(course.providerOrganisationId()),
                Role.TEACHER));
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        return "education/occasion-form";
    }

    private CourseView plannable(UUID courseId) {
        CourseView course = courses.course(courseId);
        if (!course.mayEdit()) {
            throw new AccessDeniedException("the provider's admins and teachers plan occasions");
        }
        return course;
    }

    private CurrentUser staff() {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.ADMIN, Role.COORDINATOR, Role.TEACHER)) {
            throw new AccessDeniedException("the education pages are for teachers, coordinators and admins");
        }
        return user;
    }

    private void requirePlanner() {
        if (!staff().isAnyOf(Role.ADMIN, Role.TEACHER)) {
            throw new AccessDeniedException("courses are planned by the provider's admins and teachers");
        }
    }

    private String attempt(String back, RedirectAttributes redirect, String savedKey, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", text(savedKey));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:" + back;
    }

    private List<String> violations(Object command) {
        return validator.validate(command).stream().map(ConstraintViolation::getMessage).sorted().toList();
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("reason", key);
        }
        return value;
    }

    private LocalDate date(String value, String key, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(text(key));
            return null;
        }
    }

    private LocalTime time(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(text("education.page.occasion.time.invalid"));
            return null;
        }
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
