package se.kompetenskedjan.certificates.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.certificates.CertifiableChecklist;
import se.kompetenskedjan.certificates.CertificateView;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.IssueCertificateCommand;
import se.kompetenskedjan.certificates.RevokeCommand;
import se.kompetenskedjan.certificates.VerificationResult;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * The participant's certificates for staff (/deltagare/{id}/intyg: issue form, list with PDF and credential links,
 * revoke form), the downloads behind the links, and the public verification page (/intyg/{id}/verifiera).
 */
@Controller
class CertificatePageController {

    private final Certificates certificates;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final MessageSource messages;

    CertificatePageController(Certificates certificates, ParticipantRegister participants, CurrentUsers currentUsers,
            FormValidation validation, MessageSource messages) {
        this.certificates = certificates;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.messages = messages;
    }

    @GetMapping("/deltagare/{id}/intyg")
    String list(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        return page(id, page, new IssueForm(), model);
    }

    @PostMapping("/deltagare/{id}/intyg")
    String issue(@PathVariable UUID id, @ModelAttribute("issue") IssueForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        IssueCertificateCommand command = form.toCommand();
        if (command == null) {
            errors.rejectValue("checklistId", "certificate.checklist.unknown");
        } else if (validation.validate(command, errors)) {
            try {
                CertificateView issued = certificates.issue(id, command);
                redirect.addFlashAttribute("saved", "certificate.saved.issued");
                redirect.addFlashAttribute("savedName", issued.title());
                return "redirect:/deltagare/" + id + "/intyg";
            } catch (InvalidFieldException e) {
                for (InvalidFieldException.FieldProblem p : e.problems()) {
                    errors.rejectValue("language".equals(p.field()) ? "language" : "checklistId", p.messageKey());
                }
            }
        }
        return page(id, null, form, model);
    }

    /** The participant's own certificates, to download and show an employer (easy Swedish and their languages). */
    @GetMapping("/min-sida/intyg")
    String mine(@RequestParam(required = false) Integer page, Model model) {
        if (!currentUsers.current().is(Role.PARTICIPANT)) {
            throw new org.springframework.security.access.AccessDeniedException("participants only");
        }
        model.addAttribute("result", certificates.list(participants.myParticipantId(), page, 20));
        return "validation/certificates/mine";
    }

    @PostMapping("/intyg/{id}/aterkalla")
    String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        CertificateView certificate = certificates.get(id);
        String back = "redirect:/deltagare/" + certificate.participantId() + "/intyg";
        try {
            certificates.revoke(id, new RevokeCommand(reason));
            redirect.addFlashAttribute("saved", "certificate.saved.revoked");
            redirect.addFlashAttribute("savedName", certificate.title());
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.problems().get(0).messageKey())));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return back;
    }

    @GetMapping("/intyg/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("valideringsintyg-" + id + ".pdf").build().toString())
                .body(certificates.pdf(id, lang));
    }

    @GetMapping("/intyg/{id}/credential")
    ResponseEntity<String> credential(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("valideringsintyg-" + id + ".jwt").build().toString())
                .body(certificates.credential(id));
    }

    @GetMapping("/intyg/{id}/verifiera")
    String verify(@PathVariable UUID id, Model model) {
        VerificationResult result = certificates.verify(id);
        model.addAttribute("result", result);
        return "validation/certificates/verify";
    }

    private String page(UUID id, Integer page, IssueForm form, Model model) {
        CurrentUser me = currentUsers.current();
        if (!me.role().isStaff() || me.is(Role.ANALYST)) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        model.addAttribute("participant", participants.get(id));
        model.addAttribute("result", certificates.list(id, page, 20));
        boolean mayIssue = certificates.mayIssue(id);
        model.addAttribute("mayIssue", mayIssue);
        model.addAttribute("myOrganisation", me.organisationId().value());
        model.addAttribute("mayRevoke", me.isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER));
        model.addAttribute("issue", form);
        if (mayIssue) {
            List<CertifiableChecklist> checklists = certificates.certifiable(id);
            Map<String, String> choices = new LinkedHashMap<>();
            Map<UUID, List<CertifiableChecklist>> byPlacement = new LinkedHashMap<>();
            for (CertifiableChecklist c : checklists) {
                choices.put(c.checklistId().toString(), c.title() + " – " + c.placementTitle());
                byPlacement.computeIfAbsent(c.placementId(), k -> new ArrayList<>()).add(c);
            }
            byPlacement.forEach((placementId, list) -> {
                if (list.size() > 1) {
                    choices.put(IssueForm.PLACEMENT_PREFIX + placementId,
                            text("certificate.form.allOfPlacement", list.get(0).placementTitle()));
                }
            });
            model.addAttribute("choices", choices);
        }
        return "validation/certificates/list";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
