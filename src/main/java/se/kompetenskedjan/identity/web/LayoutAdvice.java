package se.kompetenskedjan.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;

/** Puts the signed-in user on every page, for the header and the navigation. */
@ControllerAdvice
class LayoutAdvice {

    private final CurrentUsers currentUsers;

    LayoutAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return currentUsers.currentIfAny().orElse(null);
    }
}
