package se.kompetenskedjan.education.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kompetenskedjan.education.AttendanceCommand;
import se.kompetenskedjan.education.AttendanceSheet;
import se.kompetenskedjan.education.CourseCommand;
import se.kompetenskedjan.education.CourseView;
import se.kompetenskedjan.education.Courses;
import se.kompetenskedjan.education.CsvImportRejected;
import se.kompetenskedjan.education.CsvImportResult;
import se.kompetenskedjan.education.EnrolmentCommand;
import se.kompetenskedjan.education.EnrolmentEnd;
import se.kompetenskedjan.education.EnrolmentView;
import se.kompetenskedjan.education.Enrolments;
import se.kompetenskedjan.education.OccasionCommand;
import se.kompetenskedjan.education.OccasionView;
import se.kompetenskedjan.education.ResultCommand;
import se.kompetenskedjan.education.SessionCancellation;
import se.kompetenskedjan.education.SessionView;
import se.kompetenskedjan.education.TeacherSession;
import se.kompetenskedjan.shared.ApiProblems;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.PageResult;

@RestController
@Tag(name = "Utbildning", description = "Utbildningsanordnares kurser och kurstillfällen med lektioner, deltagares "
        + "kursanmälningar, närvaro och resultat, CSV-mallar och import för lärare.")
class EducationApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Courses courses;
    private final Enrolments enrolments;
    private final ApiProblems problems;

    EducationApiController(Courses courses, Enrolments enrolments, ApiProblems problems) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.problems = problems;
    }

    @GetMapping("/api/v1/education/courses")
    @Operation(summary = "Kurser, sorterade efter namn; providerId visar en anordnares")
    PageResult<CourseView> courses(@RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return courses.courses(providerId, page, size);
    }

    @PostMapping("/api/v1/education/courses")
    @Operation(summary = "Skapa en kurs hos min organisation (administratörer och lärare)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CourseView> createCourse(@Valid @RequestBody CourseCommand command) {
        CourseView created = courses.createCourse(command);
        return ResponseEntity.created(URI.create("/api/v1/education/courses/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/education/courses/{id}")
    @Operation(summary = "En kurs")
    CourseView course(@PathVariable UUID id) {
        return courses.course(id);
    }

    @GetMapping("/api/v1/education/courses/{id}/occasions")
    @Operation(summary = "Kursens kurstillfällen, senaste start först")
    PageResult<OccasionView> occasions(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return courses.occasions(id, page, size);
    }

    @PostMapping("/api/v1/education/courses/{id}/occasions")
    @Operation(summary = "Skapa ett kurstillfälle; lektionerna skapas från veckomönstret (veckodagar och tider) under perioden")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OccasionView> createOccasion(@PathVariable UUID id, @Valid @RequestBody OccasionCommand command) {
        OccasionView created = courses.createOccasion(id, command);
        return ResponseEntity.created(URI.create("/api/v1/education/occasions/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/education/occasions/{id}")
    @Operation(summary = "Ett kurstillfälle med lärare, veckomönster och antal upptagna platser")
    OccasionView occasion(@PathVariable UUID id) {
        return courses.occasion(id);
    }

    @GetMapping("/api/v1/education/occasions/{id}/sessions")
    @Operation(summary = "Kurstillfällets lektioner i datumordning, även inställda")
    List<SessionView> sessions(@PathVariable UUID id) {
        return courses.sessions(id);
    }

    @PostMapping("/api/v1/education/sessions/{id}/cancellation")
    @Operation(summary = "Ställ in en lektion (inte om närvaro är registrerad)")
    SessionView cancel(@PathVariable UUID id, @Valid @RequestBody SessionCancellation cancellation) {
        return courses.cancelSession(id, cancellation);
    }

    @GetMapping("/api/v1/education/my-groups")
    @Operation(summary = "Mina grupper: kurstillfällen där jag undervisar (lärare)")
    PageResult<OccasionView> myGroups(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return courses.myGroups(page, size);
    }

    @GetMapping("/api/v1/education/my-groups/today")
    @Operation(summary = "Mina lektioner i dag med hur många som är anmälda och hur mycket närvaro som är registrerad")
    List<TeacherSession> myDay() {
        return courses.myDay();
    }

    @PostMapping("/api/v1/education/occasions/{id}/enrolments")
    @Operation(summary = "Anmäl en deltagare till kurstillfället från ett datum (kräver samtycke som delar med anordnaren)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EnrolmentView> enrol(@PathVariable UUID id, @Valid @RequestBody EnrolmentCommand command) {
        EnrolmentView created = enrolments.enrol(id, command);
        return ResponseEntity.created(URI.create("/api/v1/education/enrolments/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/education/occasions/{id}/enrolments")
    @Operation(summary = "Gruppen: anmälda deltagare med närvaroandel och resultat (kurstillfällets lärare)")
    List<EnrolmentView> group(@PathVariable UUID id) {
        return enrolments.group(id);
    }

    @GetMapping("/api/v1/participants/{id}/enrolments")
    @Operation(summary = "Deltagarens kursanmälningar med närvaroandel och resultat")
    List<EnrolmentView> forParticipant(@PathVariable UUID id) {
        return enrolments.forParticipant(id);
    }

    @PostMapping("/api/v1/education/enrolments/{id}/end")
    @Operation(summary = "Avsluta en kursanmälan (fullföljd eller avbruten), med sista dag")
    EnrolmentView end(@PathVariable UUID id, @Valid @RequestBody EnrolmentEnd end) {
        return enrolments.end(id, end);
    }

    @GetMapping("/api/v1/education/sessions/{id}/attendance")
    @Operation(summary = "Närvarolistan för en lektion (kurstillfällets lärare)")
    AttendanceSheet attendance(@PathVariable UUID id) {
        return enrolments.attendance(id);
    }

    @PutMapping("/api/v1/education/sessions/{id}/attendance")
    @Operation(summary = "Registrera närvaro för en lektion: närvarande, sen, giltig frånvaro eller frånvarande")
    AttendanceSheet recordAttendance(@PathVariable UUID id, @Valid @RequestBody AttendanceCommand command) {
        return enrolments.recordAttendance(id, command);
    }

    @PutMapping("/api/v1/education/enrolments/{id}/result")
    @Operation(summary = "Registrera kursresultat: godkänd eller inte, betyg som text och datum")
    EnrolmentView recordResult(@PathVariable UUID id, @Valid @RequestBody ResultCommand command) {
        return enrolments.recordResult(id, command);
    }

    @GetMapping(value = "/api/v1/education/occasions/{id}/attendance.csv", produces = "text/csv")
    @Operation(summary = "CSV-mall för närvaro: en rad per deltagare och hållen lektion, att fylla i och importera")
    ResponseEntity<String> attendanceTemplate(@PathVariable UUID id) {
        return csv(enrolments.attendanceTemplate(id), "narvaro.csv");
    }

    @GetMapping(value = "/api/v1/education/occasions/{id}/results.csv", produces = "text/csv")
    @Operation(summary = "CSV-mall för resultat: en rad per kursanmälan")
    ResponseEntity<String> resultsTemplate(@PathVariable UUID id) {
        return csv(enrolments.resultsTemplate(id), "resultat.csv");
    }

    @PostMapping(value = "/api/v1/education/occasions/{id}/attendance-import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importera närvaro från en ifylld mall; vid något fel sparas ingenting och raderna anges")
    CsvImportResult importAttendance(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return enrolments.importAttendance(id, text(file));
    }

    @PostMapping(value = "/api/v1/education/occasions/{id}/results-import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importera resultat från en ifylld mall; vid något fel sparas ingenting och raderna anges")
    CsvImportResult importResults(@PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return enrolments.importResults(id, text(file));
    }

    @ExceptionHandler(CsvImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(CsvImportRejected ex) {
        ProblemDetail problem = problems.invalid(ex.problems().stream()
                .map(p -> new ApiProblems.FieldError("file", lineText(problems, p))).toList());
        problem.setProperty("lines", ex.problems().stream().map(CsvImportRejected.Problem::line).distinct().toList());
        return ResponseEntity.badRequest().body(problem);
    }

    static String lineText(ApiProblems problems, CsvImportRejected.Problem p) {
        return problems.text("education.csv.line", p.line(),
                problems.text(p.messageKey(), p.arguments().stream().map(String::valueOf).toArray()));
    }

    /** The uploaded file as UTF-8 text; no file, an empty one or one that is not UTF-8 is a 400. */
    static String text(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", "education.csv.file.required");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(file.getBytes())).toString();
        } catch (IOException e) {
            throw new InvalidFieldException("file", "education.csv.file.notUtf8");
        }
    }

    static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body("\uFEFF" + body);
    }
}
