package se.kompetenskedjan.placements.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.InterestCommand;
import se.kompetenskedjan.placements.InterestView;
import se.kompetenskedjan.placements.PlacementSearch;
import se.kompetenskedjan.placements.PlacementSummary;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.Translation;

/**
 * Platsbanken: open places with free seats, for participants (in easy Swedish, English, Ukrainian and Arabic) and
 * for coordinators. A participant shows interest with one button and follows their own proposals ("Mina förslag"),
 * and approves their placement agreement there. The places' and the agreements' texts are shown in the page's
 * language where translated (translations module), else in Swedish, marked as such.
 */
@Controller
class PlacementBankController {

    private final Placements placements;
    private final Selections selections;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final ContentTranslations translations;

    PlacementBankController(Placements placements, Selections selections, ParticipantRegister participants,
            CurrentUsers currentUsers, MessageSource messages, ContentTranslations translations) {
        this.translations = translations;
        this.placements = placements;
        this.selections = selections;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping("/platsbanken")
    String bank(@RequestParam(required = false) String q, @RequestParam(required = false) PlacementType type,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser me = requireBankUser();
        String query = q == null ? null : q.substring(0, Math.min(q.length(), 100));
        PageResult<PlacementSummary> result = placements.search(new PlacementSearch(query, type, null, null, true,
                false, page, 20));
        model.addAttribute("result", result);
        String language = LocaleContextHolder.getLocale().getLanguage();
        Translation placeTexts = translations.translation(Placements.TRANSLATION_KIND,
                result.items().stream().map(PlacementSummary::id).toList(), language);
        model.addAttribute("placeTexts", result.items().stream().collect(Collectors.toMap(PlacementSummary::id,
                p -> BankTexts.Place.of(p, placeTexts))));
        model.addAttribute("q", query);
        model.addAttribute("type", type);
        model.addAttribute("types", PlacementType.values());
        boolean participant = me.is(Role.PARTICIPANT);
        model.addAttribute("participant", participant);
        if (participant) {
            UUID myId = participants.myParticipantId();
            Set<UUID> interested = placements.interestsOf(myId).stream().map(InterestView::placementId)
                    .collect(Collectors.toSet());
            model.addAttribute("interested", interested);
            List<ProposalView> mine = selections.forParticipant(myId);
            model.addAttribute("myProposals", mine);
            Translation agreementTexts = translations.translation(Selections.TRANSLATION_KIND,
                    mine.stream().map(ProposalView::id).toList(), language);
            Map<UUID, BankTexts.Agreement> agreements = mine.stream().collect(Collectors.toMap(ProposalView::id,
                    pr -> BankTexts.Agreement.of(pr, agreementTexts)));
            model.addAttribute("agreements", agreements);
            // By the rule the approval is checked with: a written agreement of an agreed or active placement that
            // the participant has not approved yet.
            model.addAttribute("approvable", mine.stream()
                    .filter(pr -> selections.actions(pr.id()).approve().contains(AgreementParty.PARTICIPANT))
                    .map(ProposalView::id).collect(Collectors.toSet()));
            model.addAttribute("approvedByMe", mine.stream().filter(pr -> pr.approvedBy(AgreementParty.PARTICIPANT))
                    .map(ProposalView::id).collect(Collectors.toSet()));
        }
        return "placements/bank";
    }

    @PostMapping("/platsbanken/{id}/intresse")
    String interest(@PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (!currentUsers.current().is(Role.PARTICIPANT)) {
            throw new AccessDeniedException("participants show their own interest here");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 1000) {
            redirect.addFlashAttribute("errors", List.of(text("field.tooLong")));
            return "redirect:/platsbanken#plats-" + id;
        }
        try {
            placements.registerInterest(id, new InterestCommand(null, trimmed));
            redirect.addFlashAttribute("saved", "bank.saved.interest");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/platsbanken";
    }

    /** The participant approves their own placement agreement. */
    @PostMapping("/platsbanken/forslag/{id}/godkann")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        if (!currentUsers.current().is(Role.PARTICIPANT)) {
            throw new AccessDeniedException("participants approve their own agreement here");
        }
        try {
            selections.approve(id, AgreementParty.PARTICIPANT);
            redirect.addFlashAttribute("saved", "bank.saved.approved");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/platsbanken#mina-forslag";
    }

    private CurrentUser requireBankUser() {
        CurrentUser me = currentUsers.current();
        if (!me.isAnyOf(Role.PARTICIPANT, Role.COORDINATOR, Role.ADMIN)) {
            throw new AccessDeniedException("participants and coordinators");
        }
        return me;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
