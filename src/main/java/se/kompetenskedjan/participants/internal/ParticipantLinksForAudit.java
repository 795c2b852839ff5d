package se.kompetenskedjan.participants.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.privacy.ParticipantLinks;

@Component
class ParticipantLinksForAudit implements ParticipantLinks {

    private final ParticipantRegister register;

    ParticipantLinksForAudit(ParticipantRegister register) {
        this.register = register;
    }

    @Override
    public Set<UUID> openable(Collection<UUID> participantIds) {
        return register.visibleAmong(participantIds);
    }
}
