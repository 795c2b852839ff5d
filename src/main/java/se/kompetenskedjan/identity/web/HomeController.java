package se.kompetenskedjan.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.StartPage;

@Controller
class HomeController {

    private final CurrentUsers currentUsers;
    private final ObjectProvider<ClientRegistrationRepository> oidcClients;
    private final StartPage startPage;

    HomeController(CurrentUsers currentUsers, ObjectProvider<ClientRegistrationRepository> oidcClients,
            StartPage startPage) {
        this.currentUsers = currentUsers;
        this.oidcClients = oidcClients;
        this.startPage = startPage;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) Integer throttled, Model model) {
        model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
        if (throttled != null) {
            // From FormLoginFailures; the wait itself is enforced by the throttle, this only says it.
            model.addAttribute("throttledMinutes", Math.max(1, Math.min(throttled, 60)));
        }
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.current();
        if (user.is(Role.PARTICIPANT)) {
            return "redirect:/min-sida";
        }
        model.addAttribute("canCreate", user.isAnyOf(Role.COORDINATOR, Role.ADMIN));
        model.addAttribute("attention", startPage.attention());
        model.addAttribute("figures", startPage.figures());
        model.addAttribute("threshold", startPage.threshold());
        return "home";
    }
}
