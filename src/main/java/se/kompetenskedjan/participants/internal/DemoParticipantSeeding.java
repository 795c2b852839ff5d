package se.kompetenskedjan.participants.internal;

import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.ConsentView;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantSeeding;
import se.kompetenskedjan.participants.ParticipantView;

/** The demo profile's registration with fixed ids; see {@link ParticipantSeeding}. */
@Service
@Profile("demo")
@Transactional
class DemoParticipantSeeding implements ParticipantSeeding {

    private final ParticipantService register;
    private final ParticipantRepository participants;
    private final ConsentRepository consents;

    DemoParticipantSeeding(ParticipantService register, ParticipantRepository participants,
            ConsentRepository consents) {
        this.register = register;
        this.participants = participants;
        this.consents = consents;
    }

    @Override
    public ParticipantView create(UUID id, ParticipantCommand command) {
        requireNew(participants.existsById(id), "participant", id);
        return register.create(id, command);
    }

    @Override
    public ConsentView giveConsent(UUID participantId, UUID consentId, ConsentCommand command) {
        requireNew(consents.existsById(consentId), "consent", consentId);
        return register.giveConsent(participantId, consentId, command);
    }

    private static void requireNew(boolean exists, String what, UUID id) {
        if (exists) {
            throw new IllegalStateException("seeding creates only: the " + what + " id " + id + " is taken");
        }
    }
}
