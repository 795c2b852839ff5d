package se.kompetenskedjan.privacy.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.kompetenskedjan.privacy.AuditEntryView;
import se.kompetenskedjan.privacy.AuditFilter;
import se.kompetenskedjan.privacy.AuditTrail;
import se.kompetenskedjan.privacy.ParticipantLinks;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.PageResult;

@Controller
class AuditPageController {

    private final AuditTrail auditTrail;
    private final ParticipantLinks links;

    AuditPageController(AuditTrail auditTrail, ParticipantLinks links) {
        this.auditTrail = auditTrail;
        this.links = links;
    }

    @GetMapping("/logg")
    String list(@ModelAttribute("filter") AuditFilter filter, Model model) {
        PageResult<AuditEntryView> log = auditTrail.search(filter);
        model.addAttribute("log", log);
        model.addAttribute("openable", links.openable(log.items().stream().map(AuditEntryView::participantId).toList()));
        model.addAttribute("actions", AuditAction.values());
        return "privacy/audit";
    }
}
