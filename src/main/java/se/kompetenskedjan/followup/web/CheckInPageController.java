package se.kompetenskedjan.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInForm;
import se.kompetenskedjan.followup.CheckInView;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.followup.FlagActionCommand;
import se.kompetenskedjan.followup.FlagCloseCommand;
import se.kompetenskedjan.followup.FollowUpFrequency;
import se.kompetenskedjan.followup.FollowUpRhythms;
import se.kompetenskedjan.followup.Obstacle;
import se.kompetenskedjan.followup.ReviewCommand;
import se.kompetenskedjan.followup.RhythmCommand;
import se.kompetenskedjan.followup.RhythmView;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.translations.LocalizedText;

/**
 * Staff pages of check-ins: the coordinator's list per participant and one check-in to review, with its flags to turn
 * into actions or close; the supervisor's participants this period and the form they answer; a ladder's follow-up
 * rules.
 */
@Controller
class CheckInPageController {

    private static final int NOTE_MAX = 2000;
    private static final DateTimeFormatter SWEDISH_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SwedishTime.SWEDEN);

    private final CheckIns checkIns;
    private final FollowUpRhythms rhythms;
    private final ParticipantRegister participants;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    CheckInPageController(CheckIns checkIns, FollowUpRhythms rhythms, ParticipantRegister participants,
            IdentityDirectory identity, CurrentUsers currentUsers, MessageSource messages) {
        this.checkIns = checkIns;
        this.rhythms = rhythms;
        this.participants = participants;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    // --- the coordinator ---

    @GetMapping("/deltagare/{id}/avstamningar")
    String list(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", checkIns.forParticipant(id, page, 20));
        model.addAttribute("p", participants.get(id));
        return "followup/participant-checkins";
    }

    @GetMapping("/avstamningar/{id}")
    String checkIn(@PathVariable UUID id, Model model) {
        return checkInPage(checkIns.get(id), model, List.of());
    }

    @PostMapping("/avstamningar/{id}/granskning")
    String review(@PathVariable UUID id, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        if (note != null && note.length() > NOTE_MAX) {
            return checkInPage(checkIns.get(id), model, List.of(problem("note", "field.tooLong")));
        }
        try {
            checkIns.review(id, new ReviewCommand(note));
            redirect.addFlashAttribute("saved", "checkin.review.saved");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("saved", e.messageKey());
        }
        return "redirect:/avstamningar/" + id;
    }

    @PostMapping("/avstamningar/{id}/flaggor/{flagId}/atgard")
    String action(@PathVariable UUID id, @PathVariable UUID flagId, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        List<Problem> problems = new ArrayList<>();
        String title = form.getFirst("title");
        if (title == null || title.isBlank()) {
            problems.add(problem("title-" + flagId, "followup.action.title.required"));
        } else if (title.length() > 200) {
            problems.add(problem("title-" + flagId, "field.tooLong"));
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(form.getFirst("dueDate") == null ? "" : form.getFirst("dueDate"));
        } catch (DateTimeParseException e) {
            problems.add(problem("dueDate-" + flagId, "followup.action.due.required"));
        }
        UUID owner = "participant".equals(form.getFirst("owner"))
                ? identity.participantAccount(checkIns.get(id).participantId()).map(u -> u.id()).orElse(null)
                : currentUsers.current().id().value();
        if (owner == null) {
            problems.add(problem("owner-" + flagId, "followup.action.owner.required"));
        }
        if (problems.isEmpty()) {
            try {
                checkIns.turnIntoAction(id, flagId, new FlagActionCommand(title, null, owner, due));
                redirect.addFlashAttribute("saved", "checkin.flag.actionSaved");
                return "redirect:/avstamningar/" + id;
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> problems.add(problem(p.field() + "-" + flagId, p.messageKey())));
            } catch (ConflictException e) {
                redirect.addFlashAttribute("saved", e.messageKey());
                return "redirect:/avstamningar/" + id;
            }
        }
        return checkInPage(checkIns.get(id), model, problems);
    }

    @PostMapping("/avstamningar/{id}/flaggor/{flagId}/stang")
    String close(@PathVariable UUID id, @PathVariable UUID flagId, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        if (note == null || note.isBlank() || note.length() > NOTE_MAX) {
            return checkInPage(checkIns.get(id), model, List.of(problem("note-" + flagId,
                    note == null || note.isBlank() ? "followup.flag.note.required" : "field.tooLong")));
        }
        try {
            checkIns.closeFlag(id, flagId, new FlagCloseCommand(note));
            redirect.addFlashAttribute("saved", "checkin.flag.closed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("saved", e.messageKey());
        }
        return "redirect:/avstamningar/" + id;
    }

    private String checkInPage(CheckInView checkIn, Model model, List<Problem> problems) {
        model.addAttribute("c", checkIn);
        model.addAttribute("answeredAt", SWEDISH_MINUTE.format(checkIn.answeredAt()));
        model.addAttribute("reviewedOn", checkIn.reviewedAt() == null ? null
                : DateTimeFormatter.ISO_LOCAL_DATE.withZone(SwedishTime.SWEDEN).format(checkIn.reviewedAt()));
        model.addAttribute("problems", problems);
        model.addAttribute("participantAccount", checkIn.mayReview()
                && identity.participantAccount(checkIn.participantId()).isPresent());
        return "followup/checkin";
    }

    // --- the supervisor ---

    @GetMapping("/avstamningar/mina-deltagare")
    String supervised(Model model) {
        model.addAttribute("rows", checkIns.supervised());
        return "followup/supervised";
    }

    @GetMapping("/avstamningar/mina-deltagare/{participantId}")
    String supervisorForm(@PathVariable UUID participantId, Model model) {
        return supervisorPage(model, checkIns.form(participantId, CheckInAudience.SUPERVISOR), CheckInAnswers.empty());
    }

    @PostMapping("/avstamningar/mina-deltagare/{participantId}")
    String supervisorAnswer(@PathVariable UUID participantId, @RequestParam MultiValueMap<String, String> posted,
            Model model, RedirectAttributes redirect) {
        CheckInForm form = checkIns.form(participantId, CheckInAudience.SUPERVISOR);
        CheckInAnswers answers = CheckInAnswers.of(form, posted);
        try {
            checkIns.answer(participantId, answers.command(form, CheckInAudience.SUPERVISOR));
            redirect.addFlashAttribute("saved", "checkin.supervisor.sent");
            return "redirect:/avstamningar/mina-deltagare";
        } catch (InvalidFieldException e) {
            answers.reject(e, form, messages);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("saved", e.messageKey());
            return "redirect:/avstamningar/mina-deltagare";
        }
        return supervisorPage(model, form, answers);
    }

    private String supervisorPage(Model model, CheckInForm form, CheckInAnswers answers) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        for (BatteryView.QuestionView q : form.questions()) {
            texts.put(q.text(), new LocalizedText(q.text(), "sv", false));
            q.choices().forEach(c -> texts.put(c, new LocalizedText(c, "sv", false)));
        }
        model.addAttribute("form", form);
        model.addAttribute("texts", texts);
        model.addAttribute("answers", answers);
        model.addAttribute("obstacles", Obstacle.values());
        model.addAttribute("name", participants.summaries(List.of(form.participantId())).stream().findFirst()
                .map(s -> s.firstName() + " " + s.lastName()).orElse(""));
        return "followup/supervisor-form";
    }

    // --- a ladder's rules ---

    @GetMapping("/stegmodeller/{id}/uppfoljning")
    String rules(@PathVariable UUID id, Model model) {
        model.addAttribute("rules", rhythms.rhythm(id));
        model.addAttribute("frequencies", FollowUpFrequency.values());
        model.addAttribute("problems", List.of());
        return "followup/rules";
    }

    @PostMapping("/stegmodeller/{id}/uppfoljning")
    String saveRules(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        RhythmView current = rhythms.rhythm(id);
        List<RhythmCommand.StepRhythm> steps = new ArrayList<>();
        for (RhythmView.StepRhythmView step : current.steps()) {
            FollowUpFrequency chosen = frequency(form.getFirst("step-" + step.stepId()));
            if (chosen != null && chosen != FollowUpFrequency.WEEKLY) {
                steps.add(new RhythmCommand.StepRhythm(step.stepId(), chosen));
            }
        }
        RhythmCommand.AfterJob after = null;
        List<Problem> problems = new ArrayList<>();
        FollowUpFrequency afterFrequency = frequency(form.getFirst("afterFrequency"));
        if (afterFrequency != null && afterFrequency != FollowUpFrequency.NONE) {
            Integer weeks = null;
            try {
                weeks = Integer.valueOf(form.getFirst("afterWeeks") == null ? "" : form.getFirst("afterWeeks").strip());
            } catch (NumberFormatException e) {
                problems.add(problem("afterWeeks", "followup.rhythm.weeks.required"));
            }
            if (weeks != null && (weeks < 1 || weeks > 104)) {
                problems.add(problem("afterWeeks", "followup.rhythm.weeks.range"));
            }
            after = new RhythmCommand.AfterJob(afterFrequency, weeks);
        }
        if (problems.isEmpty()) {
            rhythms.save(id, new RhythmCommand(steps, after));
            redirect.addFlashAttribute("saved", "followup.rhythm.saved");
            return "redirect:/stegmodeller/" + id + "/uppfoljning";
        }
        model.addAttribute("rules", current);
        model.addAttribute("frequencies", FollowUpFrequency.values());
        model.addAttribute("problems", problems);
        return "followup/rules";
    }

    private static FollowUpFrequency frequency(String value) {
        for (FollowUpFrequency f : FollowUpFrequency.values()) {
            if (f.name().equals(value)) {
                return f;
            }
        }
        return null;
    }

    /** A problem to show in the error summary, linked to the field. */
    record Problem(String field, String message) {
    }

    private Problem problem(String field, String key) {
        return new Problem(field, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
