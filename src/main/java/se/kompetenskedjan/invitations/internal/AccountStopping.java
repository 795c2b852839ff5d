package se.kompetenskedjan.invitations.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.ConsentExpired;
import se.kompetenskedjan.participants.ConsentWithdrawn;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.JourneyEnded;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * A participant's login stops working when their consent ends and no other consent is in force, or when their
 * journey ends and they are no longer under way (no open journey, no plan still to be reviewed). A new invitation,
 * once accepted, switches it on again.
 */
@Component
class AccountStopping {

    private final InvitationService invitations;
    private final ParticipantRegister register;
    private final Journeys journeys;
    private final Clock clock;

    AccountStopping(InvitationService invitations, ParticipantRegister register, Journeys journeys, Clock clock) {
        this.invitations = invitations;
        this.register = register;
        this.journeys = journeys;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        afterConsentEnded(event.participantId());
    }

    @ApplicationModuleListener
    void on(ConsentExpired event) {
        afterConsentEnded(event.participantId());
    }

    @ApplicationModuleListener
    void on(JourneyEnded event) {
        if (!journeys.underWay(event.participantId(), SwedishTime.today(clock))) {
            invitations.stopAccount(event.participantId());
        }
    }

    private void afterConsentEnded(UUID participantId) {
        if (!register.hasConsentInForce(participantId, SwedishTime.today(clock))) {
            invitations.stopAccount(participantId);
        }
    }
}
