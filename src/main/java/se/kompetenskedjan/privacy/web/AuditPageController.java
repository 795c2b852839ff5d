package se.kompetenskedjan.privacy.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.kompetenskedjan.privacy.AuditFilter;
import se.kompetenskedjan.privacy.AuditTrail;
import se.kompetenskedjan.shared.AuditAction;

@Controller
class AuditPageController {

    private final AuditTrail auditTrail;

    AuditPageController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/logg")
    String list(@ModelAttribute("filter") AuditFilter filter, Model model) {
        model.addAttribute("log", auditTrail.search(filter));
        model.addAttribute("actions", AuditAction.values());
        return "privacy/audit";
    }
}
