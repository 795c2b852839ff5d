package se.kompetenskedjan.language.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import se.kompetenskedjan.language.CanDoAchievement;
import se.kompetenskedjan.language.CanDoStatementView;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageAssessmentCommand;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;
import se.kompetenskedjan.language.LanguageValidation;
import se.kompetenskedjan.language.SwedishLevelCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * A participant's language validation page (progress chart with its table, the assessments, signing a draft) and the
 * form for a new assessment with the statements grouped by skill and level. Plain forms, no JavaScript needed.
 */
@Controller
class LanguagePageController {

    /** A row of the progress table: a date and the level per skill (null: not yet A1, absent: no point). */
    record ProgressRow(LocalDate date, Map<LanguageSkill, String> levels) {
    }

    /** A problem for the error summary, linked to its field. */
    record Problem(String field, String message) {
    }

    private final LanguageValidation language;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Clock clock;

    LanguagePageController(LanguageValidation language, ParticipantRegister participants, CurrentUsers currentUsers,
            MessageSource messages, Clock clock) {
        this.language = language;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.clock = clock;
    }

    static boolean mayAssess(CurrentUser user) {
        return user.isAnyOf(Role.TEACHER, Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN);
    }

    @GetMapping("/deltagare/{id}/sprak")
    String overview(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        ParticipantView participant = participants.get(id);
        LanguageProgressView progress = language.progress(id);
        model.addAttribute("p", participant);
        model.addAttribute("chart", LanguageChart.svg(progress, this::text));
        model.addAttribute("progressRows", progressRows(progress));
        model.addAttribute("hasProgress", progress.series().stream().anyMatch(s -> !s.points().isEmpty()));
        model.addAttribute("validated", progress.validated());
        model.addAttribute("mayRecordLevel", progress.validated() != null && participants.requireRead(id).mayEdit()
                && progress.validated().swedishLevel() != participant.swedishLevel());
        model.addAttribute("result", language.assessments(id, page, 10));
        model.addAttribute("skills", LanguageSkill.values());
        model.addAttribute("levels", CefrLevel.values());
        CurrentUser me = currentUsers.current();
        model.addAttribute("canAssess", mayAssess(me));
        model.addAttribute("myId", me.id().value());
        return "validation/language/overview";
    }

    @GetMapping("/deltagare/{id}/sprak/ny")
    String newForm(@PathVariable UUID id, Model model) {
        requireAssessor();
        return form(id, model, SwedishTime.today(clock).toString(), "", Map.of(), List.of());
    }

    @PostMapping("/deltagare/{id}/sprak")
    String create(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        requireAssessor();
        String date = params.getOrDefault("assessedOn", "");
        String comment = params.getOrDefault("comment", "");
        Map<UUID, String> chosen = new HashMap<>();
        List<LanguageAssessmentCommand.Answer> answers = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith("s_") && !value.isBlank()) {
                try {
                    UUID statement = UUID.fromString(name.substring(2));
                    CanDoAchievement achievement = CanDoAchievement.valueOf(value);
                    chosen.put(statement, value);
                    answers.add(new LanguageAssessmentCommand.Answer(statement, achievement));
                } catch (IllegalArgumentException e) {
                    // a forged field: ignored, the statements shown are all there is
                }
            }
        });
        List<Problem> problems = new ArrayList<>();
        LocalDate assessedOn = null;
        try {
            assessedOn = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem("assessedOn", text("language.assessedOn.required")));
        }
        if (answers.isEmpty()) {
            problems.add(new Problem("statements", text("language.answers.required")));
        }
        if (comment.length() > 2000) {
            problems.add(new Problem("comment", text("field.tooLong")));
        }
        if (problems.isEmpty()) {
            try {
                var created = language.create(id, new LanguageAssessmentCommand(assessedOn, comment, answers, null));
                if ("sign".equals(params.get("action"))) {
                    language.sign(created.id());
                    redirect.addFlashAttribute("saved", "language.page.savedSigned");
                } else {
                    redirect.addFlashAttribute("saved", "language.page.savedDraft");
                }
                return "redirect:/deltagare/" + id + "/sprak";
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> problems.add(new Problem(p.field().startsWith("answers") ? "statements"
                        : p.field(), text(p.messageKey()))));
            }
        }
        return form(id, model, date, comment, chosen, problems);
    }

    @PostMapping("/deltagare/{id}/sprak/{assessmentId}/signera")
    String sign(@PathVariable UUID id, @PathVariable UUID assessmentId, RedirectAttributes redirect) {
        try {
            language.sign(assessmentId);
            redirect.addFlashAttribute("saved", "language.page.savedSigned");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/deltagare/" + id + "/sprak";
    }

    @PostMapping("/deltagare/{id}/sprak/svensniva")
    String recordSwedishLevel(@PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            language.recordValidatedSwedishLevel(id, new SwedishLevelCommand(version == null ? -1 : version));
            redirect.addFlashAttribute("saved", "language.page.levelRecorded");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/deltagare/" + id + "/sprak";
    }

    private String form(UUID id, Model model, String date, String comment, Map<UUID, String> chosen,
            List<Problem> problems) {
        model.addAttribute("p", participants.get(id));
        Map<LanguageSkill, Map<CefrLevel, List<CanDoStatementView>>> grouped = new EnumMap<>(LanguageSkill.class);
        for (CanDoStatementView s : language.catalogue(null, null)) {
            grouped.computeIfAbsent(s.skill(), k -> new EnumMap<>(CefrLevel.class))
                    .computeIfAbsent(s.level(), k -> new ArrayList<>()).add(s);
        }
        model.addAttribute("grouped", grouped);
        Map<CefrLevel, String> levelLabels = new EnumMap<>(CefrLevel.class);
        for (CefrLevel level : CefrLevel.values()) {
            levelLabels.put(level, level.name() + " (" + String.join(", ", level.sfiCourses().stream()
                    .map(c -> text("language.sfi." + c.name())).toList()) + ")");
        }
        model.addAttribute("levelLabels", levelLabels);
        model.addAttribute("assessedOn", date);
        model.addAttribute("comment", comment);
        model.addAttribute("chosen", chosen);
        model.addAttribute("problems", problems);
        model.addAttribute("achievements", CanDoAchievement.values());
        return "validation/language/form";
    }

    private void requireAssessor() {
        if (!mayAssess(currentUsers.current())) {
            throw new AccessDeniedException("only teachers, supervisors and coordinators assess language");
        }
    }

    private List<ProgressRow> progressRows(LanguageProgressView progress) {
        Map<LocalDate, Map<LanguageSkill, String>> rows = new java.util.TreeMap<>();
        for (LanguageProgressView.Series series : progress.series()) {
            for (LanguageProgressView.Point point : series.points()) {
                rows.computeIfAbsent(point.date(), d -> new LinkedHashMap<>()).put(series.skill(),
                        point.level() == null ? text("language.level.none") : point.level().name());
            }
        }
        List<ProgressRow> list = new ArrayList<>();
        rows.forEach((date, levels) -> list.add(new ProgressRow(date, levels)));
        return list;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
