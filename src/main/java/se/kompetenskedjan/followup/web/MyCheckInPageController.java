package se.kompetenskedjan.followup.web;

import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.followup.BatteryView;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInBatteries;
import se.kompetenskedjan.followup.CheckInForm;
import se.kompetenskedjan.followup.CheckInPeriod;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.followup.Obstacle;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.LocalizedText;
import se.kompetenskedjan.translations.Translation;

/**
 * "Veckans avstämning" on Min sida: the participant answers this period's questions on one page, in easy Swedish or
 * their page language (questions and choices through the translations module, Swedish left marked as such).
 */
@Controller
class MyCheckInPageController {

    private final CheckIns checkIns;
    private final ParticipantRegister participants;
    private final ContentTranslations translations;
    private final MessageSource messages;

    MyCheckInPageController(CheckIns checkIns, ParticipantRegister participants, ContentTranslations translations,
            MessageSource messages) {
        this.checkIns = checkIns;
        this.participants = participants;
        this.translations = translations;
        this.messages = messages;
    }

    @GetMapping("/min-sida/avstamning")
    String form(Model model) {
        CheckInForm form = checkIns.form(participants.myParticipantId(), CheckInAudience.PARTICIPANT);
        return page(model, form, CheckInAnswers.empty());
    }

    @PostMapping("/min-sida/avstamning")
    String answer(@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes redirect) {
        UUID me = participants.myParticipantId();
        CheckInForm form = checkIns.form(me, CheckInAudience.PARTICIPANT);
        CheckInAnswers answers = CheckInAnswers.of(form, posted);
        try {
            checkIns.answer(me, answers.command(form, CheckInAudience.PARTICIPANT));
            redirect.addFlashAttribute("sent", true);
            return "redirect:/min-sida/avstamning";
        } catch (InvalidFieldException e) {
            answers.reject(e, form, messages);
        } catch (ConflictException e) {
            return "redirect:/min-sida/avstamning";
        }
        return page(model, form, answers);
    }

    private String page(Model model, CheckInForm form, CheckInAnswers answers) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Translation translation = translations.translation(CheckInBatteries.TRANSLATION_KIND,
                List.of(form.batteryId()), language);
        Map<String, LocalizedText> texts = new HashMap<>();
        for (BatteryView.QuestionView q : form.questions()) {
            texts.put(q.text(), translation.of(form.batteryId(), q.text()));
            q.choices().forEach(c -> texts.put(c, translation.of(form.batteryId(), c)));
        }
        model.addAttribute("form", form);
        model.addAttribute("texts", texts);
        model.addAttribute("answers", answers);
        model.addAttribute("obstacles", Obstacle.values());
        model.addAttribute("period", periodText(form.period()));
        return "followup/my-checkin";
    }

    /** "Vecka 53", "Vecka 1–2", "januari" in the page's language. */
    String periodText(CheckInPeriod period) {
        var locale = LocaleContextHolder.getLocale();
        return switch (period.frequency()) {
            case WEEKLY, NONE -> messages.getMessage("checkin.my.week", new Object[] {period.week()}, locale);
            case EVERY_OTHER_WEEK -> messages.getMessage("checkin.my.weeks",
                    new Object[] {period.week(), period.lastWeek()}, locale);
            case MONTHLY -> period.start().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                    + period.start().getYear();
        };
    }
}
