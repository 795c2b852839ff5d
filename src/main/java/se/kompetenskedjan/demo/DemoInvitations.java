package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.invitations.AccountState;
import se.kompetenskedjan.invitations.Invitations;
import se.kompetenskedjan.shared.DemoData;

/**
 * Demo data, in the demo profile: Shirin (3, Älvstad, coordinator "koordinator") is invited to her own account and
 * has not yet set a password, so the account page shows a pending invitation. Through the invitations facade only;
 * once: not when she already has an invitation or an account. The link itself is not kept anywhere (only its hash):
 * to try the invitation page, send the invitation again from the account page.
 */
@Component
@Profile("demo")
class DemoInvitations implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoInvitations.class);

    private final Invitations invitations;

    DemoInvitations(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public void load() {
        UUID shirin = DemoRegion.participant(3);
        boolean loaded = as("koordinator", () -> invitations.account(shirin).state() != AccountState.NONE);
        if (loaded) {
            return;
        }
        as("koordinator", () -> invitations.invite(shirin));
        log.info("Demo invitation loaded (one participant invited)");
    }
}
