package se.kompetenskedjan.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;

@Controller
class OrganisationPageController {

    private final IdentityDirectory directory;
    private final CurrentUsers currentUsers;

    OrganisationPageController(IdentityDirectory directory, CurrentUsers currentUsers) {
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/organisationer")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("organisations", directory.organisations(page, 20));
        return "identity/organisations";
    }

    @GetMapping("/organisationer/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("organisation", directory.organisation(id));
        model.addAttribute("units", directory.units(id, 0, 100));
        boolean admin = user.is(Role.ADMIN) && (user.platformHost() || user.organisationId().value().equals(id));
        if (admin) {
            model.addAttribute("users", directory.users(id, page, 20));
        }
        return "identity/organisation";
    }
}
