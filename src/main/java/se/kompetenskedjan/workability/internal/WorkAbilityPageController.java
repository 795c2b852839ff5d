package se.kompetenskedjan.workability.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.workability.WorkAbilityArea;
import se.kompetenskedjan.workability.WorkAbilityAssessmentCommand;
import se.kompetenskedjan.workability.WorkAbilityAssessmentView;
import se.kompetenskedjan.workability.WorkAbilityAssessments;
import se.kompetenskedjan.workability.WorkAbilityFormCommand;
import se.kompetenskedjan.workability.WorkAbilityFormView;
import se.kompetenskedjan.workability.WorkAbilityRequester;

/**
 * Work-ability pages: the form definitions (list, new, a form with its editor: saving makes a new version), a
 * participant's assessments (list and a new one), the assessment's answer form, and the printable report (HTML and
 * PDF). Plain forms, no JavaScript needed; bad input comes back as an error summary.
 */
@Controller
class WorkAbilityPageController {

    /** A problem for the error summary, linked to its field. */
    record Problem(String field, String message) {
    }

    /** A row of the form editor. */
    record QuestionRow(String area, String text, String scaleMax, String lowLabel, String highLabel) {
    }

    private static final int BLANK_ROWS = 3;

    private final WorkAbilityAssessments workAbility;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final Validator validator;
    private final MessageSource messages;

    WorkAbilityPageController(WorkAbilityAssessments workAbility, ParticipantRegister participants,
            CurrentUsers currentUsers, Validator validator, MessageSource messages) {
        this.workAbility = workAbility;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.messages = messages;
    }

    // --- form definitions ---

    @GetMapping("/arbetsformaga/formular")
    String forms(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", workAbility.forms(page, 20));
        model.addAttribute("canCreate", currentUsers.current().isAnyOf(Role.ADMIN, Role.COORDINATOR));
        return "validation/workability/forms";
    }

    @GetMapping("/arbetsformaga/formular/ny")
    String newForm(Model model) {
        if (!currentUsers.current().isAnyOf(Role.ADMIN, Role.COORDINATOR)) {
            throw new AccessDeniedException("admins and coordinators define forms");
        }
        return editor(model, null, "", "", List.of(), List.of());
    }

    @GetMapping("/arbetsformaga/formular/{formId}")
    String form(@PathVariable UUID formId, Model model) {
        WorkAbilityFormView form = workAbility.form(formId);
        List<QuestionRow> rows = form.questions().stream().map(q -> new QuestionRow(q.area().name(), q.text(),
                String.valueOf(q.scaleMax()), q.lowLabel(), q.highLabel())).toList();
        return editor(model, form, form.name(), form.description() == null ? "" : form.description(), rows, List.of());
    }

    @PostMapping("/arbetsformaga/formular")
    String createForm(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return saveForm(null, params, model, redirect);
    }

    @PostMapping("/arbetsformaga/formular/{formId}")
    String reviseForm(@PathVariable UUID formId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        return saveForm(formId, params, model, redirect);
    }

    private String saveForm(UUID formId, Map<String, String> params, Model model, RedirectAttributes redirect) {
        WorkAbilityFormView existing = formId == null ? null : workAbility.form(formId);
        String name = params.getOrDefault("name", "");
        String description = params.getOrDefault("description", "");
        List<QuestionRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<WorkAbilityFormCommand.Question> questions = new ArrayList<>();
        for (int i = 0; params.containsKey("questions[" + i + "].text"); i++) {
            QuestionRow row = new QuestionRow(params.getOrDefault("questions[" + i + "].area", ""),
                    params.getOrDefault("questions[" + i + "].text", ""),
                    params.getOrDefault("questions[" + i + "].scaleMax", ""),
                    params.getOrDefault("questions[" + i + "].lowLabel", ""),
                    params.getOrDefault("questions[" + i + "].highLabel", ""));
            if (row.text().isBlank()) {
                continue; // an empty row, or a question removed by clearing its text
            }
            rows.add(row);
            Integer scale = null;
            try {
                scale = Integer.valueOf(row.scaleMax().strip());
            } catch (NumberFormatException e) {
                problems.add(new Problem("questions[" + i + "].scaleMax", text("workability.question.scale.range")));
            }
            WorkAbilityArea area = null;
            try {
                area = WorkAbilityArea.valueOf(row.area());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("questions[" + i + "].area", text("workability.question.area.required")));
            }
            questions.add(new WorkAbilityFormCommand.Question(area, row.text(), scale, row.lowLabel(), row.highLabel()));
        }
        Long lockVersion = existing == null ? null : parseLong(params.get("lockVersion"));
        WorkAbilityFormCommand command = new WorkAbilityFormCommand(name, description, questions, lockVersion);
        if (problems.isEmpty()) {
            problems.addAll(violations(command));
        }
        if (problems.isEmpty()) {
            try {
                WorkAbilityFormView saved = existing == null ? workAbility.createForm(command)
                        : workAbility.reviseForm(formId, command);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/arbetsformaga/formular/" + saved.id();
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> problems.add(new Problem(p.field(), text(p.messageKey()))));
            } catch (ConflictException e) {
                problems.add(new Problem("name", text(e.messageKey())));
            }
        }
        return editor(model, existing, name, description, rows, problems);
    }

    private String editor(Model model, WorkAbilityFormView form, String name, String description,
            List<QuestionRow> rows, List<Problem> problems) {
        List<QuestionRow> withBlanks = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            withBlanks.add(new QuestionRow("", "", "4", "", ""));
        }
        model.addAttribute("form", form);
        model.addAttribute("editable", form == null || form.editable());
        model.addAttribute("name", name);
        model.addAttribute("description", description);
        model.addAttribute("rows", withBlanks);
        model.addAttribute("areas", WorkAbilityArea.values());
        model.addAttribute("problems", problems);
        return "validation/workability/form-definition";
    }

    // --- assessments ---

    @GetMapping("/deltagare/{id}/arbetsformaga")
    String assessments(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("p", participants.get(id));
        model.addAttribute("result", workAbility.assessments(id, page, 10));
        return newAssessment(id, model, Map.of(), List.of());
    }

    private String newAssessment(UUID id, Model model, Map<String, String> params, List<Problem> problems) {
        CurrentUser me = currentUsers.current();
        boolean canAssess = me.isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.SUPERVISOR);
        model.addAttribute("canAssess", canAssess);
        model.addAttribute("forms", canAssess ? workAbility.forms(0, 100).items() : List.of());
        model.addAttribute("requesters", WorkAbilityRequester.values());
        model.addAttribute("values", params);
        model.addAttribute("problems", problems);
        return "validation/workability/assessments";
    }

    @PostMapping("/deltagare/{id}/arbetsformaga")
    String createAssessment(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        List<Problem> problems = new ArrayList<>();
        UUID version = null;
        try {
            version = UUID.fromString(params.getOrDefault("formVersionId", ""));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("formVersionId", text("workability.formVersion.required")));
        }
        WorkAbilityRequester requester = null;
        try {
            requester = WorkAbilityRequester.valueOf(params.getOrDefault("requester", ""));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("requester", text("workability.requester.required")));
        }
        LocalDate from = date(params.get("periodFrom"), "periodFrom", "workability.periodFrom.required", problems);
        LocalDate to = date(params.get("periodTo"), "periodTo", "workability.periodTo.required", problems);
        WorkAbilityAssessmentCommand command = new WorkAbilityAssessmentCommand(version, requester,
                params.get("requesterReference"), from, to, null, List.of(), null);
        if (problems.isEmpty()) {
            problems.addAll(violations(command));
        }
        if (problems.isEmpty()) {
            try {
                WorkAbilityAssessmentView created = workAbility.create(id, command);
                return "redirect:/deltagare/" + id + "/arbetsformaga/" + created.id();
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> problems.add(new Problem(p.field(), text(p.messageKey()))));
            }
        }
        model.addAttribute("p", participants.get(id));
        model.addAttribute("result", workAbility.assessments(id, 0, 10));
        return newAssessment(id, model, params, problems);
    }

    @GetMapping("/deltagare/{id}/arbetsformaga/{assessmentId}")
    String assessment(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        WorkAbilityAssessmentView assessment = get(id, assessmentId);
        return assessmentPage(model, assessment, null, List.of());
    }

    private String assessmentPage(Model model, WorkAbilityAssessmentView assessment, Map<String, String> params,
            List<Problem> problems) {
        model.addAttribute("p", participants.get(assessment.participantId()));
        model.addAttribute("a", assessment);
        model.addAttribute("mayEdit", !assessment.signed()
                && currentUsers.current().id().value().equals(assessment.assessorId()));
        model.addAttribute("values", params);
        model.addAttribute("problems", problems);
        model.addAttribute("errorFields", problems.stream().map(Problem::field).collect(java.util.stream.Collectors.toSet()));
        return "validation/workability/assessment";
    }

    @PostMapping("/deltagare/{id}/arbetsformaga/{assessmentId}")
    String saveAnswers(@PathVariable UUID id, @PathVariable UUID assessmentId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        WorkAbilityAssessmentView assessment = get(id, assessmentId);
        List<Problem> problems = new ArrayList<>();
        List<WorkAbilityAssessmentCommand.Answer> answers = new ArrayList<>();
        for (WorkAbilityAssessmentView.Item item : assessment.items()) {
            String score = params.getOrDefault("score_" + item.questionId(), "");
            Integer value = null;
            if (!score.isBlank()) {
                try {
                    value = Integer.valueOf(score);
                } catch (NumberFormatException e) {
                    problems.add(new Problem("score_" + item.questionId(), text("workability.answer.scoreRange")));
                }
            }
            answers.add(new WorkAbilityAssessmentCommand.Answer(item.questionId(), value,
                    params.getOrDefault("note_" + item.questionId(), "")));
        }
        WorkAbilityAssessmentCommand command = new WorkAbilityAssessmentCommand(assessment.formVersionId(),
                assessment.requester(), assessment.requesterReference(), assessment.periodFrom(), assessment.periodTo(),
                params.getOrDefault("summary", ""), answers, parseLong(params.get("lockVersion")));
        if (problems.isEmpty()) {
            problems.addAll(violations(command));
        }
        if (problems.isEmpty()) {
            try {
                workAbility.update(assessmentId, command);
                if ("sign".equals(params.get("action"))) {
                    workAbility.sign(assessmentId);
                    redirect.addFlashAttribute("saved", "workability.page.savedSigned");
                    return "redirect:/deltagare/" + id + "/arbetsformaga/" + assessmentId + "/rapport";
                }
                redirect.addFlashAttribute("saved", "workability.page.savedDraft");
                return "redirect:/deltagare/" + id + "/arbetsformaga/" + assessmentId;
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> problems.add(new Problem(fieldOf(p.field(), answers), text(p.messageKey()))));
            } catch (ConflictException e) {
                problems.add(new Problem("summary", text(e.messageKey())));
            }
        }
        return assessmentPage(model, assessment, params, problems);
    }

    @GetMapping("/deltagare/{id}/arbetsformaga/{assessmentId}/rapport")
    String report(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        get(id, assessmentId);
        model.addAttribute("report", workAbility.report(assessmentId));
        model.addAttribute("participantId", id);
        return "validation/workability/report";
    }

    @GetMapping("/deltagare/{id}/arbetsformaga/{assessmentId}/rapport.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id, @PathVariable UUID assessmentId) {
        get(id, assessmentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"arbetsformagebedomning.pdf\"")
                .body(workAbility.reportPdf(assessmentId));
    }

    // --- helpers ---

    /** The assessment, if it is this participant's (else 404). */
    private WorkAbilityAssessmentView get(UUID participantId, UUID assessmentId) {
        WorkAbilityAssessmentView assessment = workAbility.get(assessmentId);
        if (!assessment.participantId().equals(participantId)) {
            throw new NotFoundException("workability.assessment.notFound");
        }
        return assessment;
    }

    private static String fieldOf(String field, List<WorkAbilityAssessmentCommand.Answer> answers) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("answers\\[(\\d+)]\\.(score|note|questionId)")
                .matcher(field);
        if (m.matches()) {
            UUID question = answers.get(Integer.parseInt(m.group(1))).questionId();
            return ("note".equals(m.group(2)) ? "note_" : "score_") + question;
        }
        return field;
    }

    private List<Problem> violations(Object command) {
        List<Problem> problems = new ArrayList<>();
        Set<? extends ConstraintViolation<?>> violations = validator.validate(command);
        for (ConstraintViolation<?> v : violations) {
            String message = v.getMessage();
            if (message.startsWith("{") && message.endsWith("}")) {
                message = text(message.substring(1, message.length() - 1));
            }
            problems.add(new Problem(v.getPropertyPath().toString().replaceAll("\\.<[^>]*>", ""), message));
        }
        problems.sort(java.util.Comparator.comparing(Problem::field));
        return problems;
    }

    private LocalDate date(String value, String field, String key, List<Problem> problems) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, text(key)));
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
