package se.kompetenskedjan.checklists.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import se.kompetenskedjan.checklists.AssessmentCommand;
import se.kompetenskedjan.checklists.AssessmentView;
import se.kompetenskedjan.checklists.Assessments;
import se.kompetenskedjan.checklists.AssessorRole;
import se.kompetenskedjan.checklists.ChecklistSummary;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.checklists.Checklists;
import se.kompetenskedjan.checklists.LockCommand;
import se.kompetenskedjan.checklists.RatingCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.LocalizedText;
import se.kompetenskedjan.translations.Translation;

/**
 * "Självskattning": the participant rates themself on their placement's checklist, in easy Swedish (and English,
 * Ukrainian, Arabic), and sends it (it is signed at once). Their earlier assessments are listed too. The checklists'
 * names and statements are shown in the page's language where translated (translations module), else in Swedish,
 * marked as such.
 */
@Controller
class SelfAssessmentController {

    private final ParticipantRegister participants;
    private final Checklists checklists;
    private final Assessments assessments;
    private final MessageSource messages;
    private final ContentTranslations translations;
    private final Clock clock;

    SelfAssessmentController(ParticipantRegister participants, Checklists checklists, Assessments assessments,
            MessageSource messages, ContentTranslations translations, Clock clock) {
        this.translations = translations;
        this.participants = participants;
        this.checklists = checklists;
        this.assessments = assessments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/min-sida/sjalvskattning")
    String mine(Model model) {
        UUID me = participants.myParticipantId();
        List<ChecklistSummary> mine = checklists.forParticipant(me);
        Translation translation = translation(mine.stream().map(ChecklistSummary::id).toList());
        model.addAttribute("checklists", mine);
        model.addAttribute("titles", mine.stream().collect(Collectors.toMap(ChecklistSummary::id,
                c -> translation.of(c.id(), c.participantTitle()))));
        model.addAttribute("result", assessments.forParticipant(me, 0, 20));
        return "validation/self";
    }

    @GetMapping("/min-sida/sjalvskattning/{checklistId}")
    String form(@PathVariable UUID checklistId, Model model) {
        return form(model, mine(checklistId), Map.of(), Map.of(), null);
    }

    @PostMapping("/min-sida/sjalvskattning/{checklistId}")
    String send(@PathVariable UUID checklistId, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        UUID me = participants.myParticipantId();
        ChecklistView list = mine(checklistId);
        Map<UUID, String> levels = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        String comment = form.getFirst("comment");
        try {
            List<RatingCommand> ratings = ValidationPageController.ratings(list, form, levels, comments);
            if (ratings.isEmpty()) {
                throw new InvalidFieldException("ratings", "validation.self.noRatings");
            }
            AssessmentView draft = assessments.create(new AssessmentCommand(checklistId, me,
                    SwedishTime.today(clock), ValidationPageController.limit(comment, 2000),
                    ratings));
            assessments.sign(draft.id(), new LockCommand(draft.lockVersion()));
            redirect.addFlashAttribute("saved", "validation.self.sent");
            return "redirect:/min-sida/sjalvskattning";
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        }
        return form(model, list, levels, comments, comment);
    }

    /** The checklist, if it is one of the signed-in participant's. */
    private ChecklistView mine(UUID checklistId) {
        UUID me = participants.myParticipantId();
        if (checklists.forParticipant(me).stream().map(ChecklistSummary::id).noneMatch(checklistId::equals)) {
            throw new NotFoundException("checklist.notFound");
        }
        return checklists.get(checklistId);
    }

    private String form(Model model, ChecklistView list, Map<UUID, String> levels, Map<UUID, String> comments,
            String comment) {
        model.addAttribute("checklist", list);
        Translation translation = translation(List.of(list.id()));
        model.addAttribute("checklistTitle", translation.of(list.id(), list.participantTitle()));
        Map<UUID, LocalizedText> statements = new HashMap<>();
        list.activeItems().forEach(i -> statements.put(i.id(), translation.of(list.id(), i.easyText())));
        model.addAttribute("statements", statements);
        model.addAttribute("levels", levels);
        model.addAttribute("comments", comments);
        model.addAttribute("comment", comment);
        model.addAttribute("self", AssessorRole.SELF);
        return "validation/self-form";
    }

    private Translation translation(List<UUID> checklistIds) {
        return translations.translation(Checklists.TRANSLATION_KIND, checklistIds,
                LocaleContextHolder.getLocale().getLanguage());
    }
}
