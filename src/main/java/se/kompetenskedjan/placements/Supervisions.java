package se.kompetenskedjan.placements;

import java.util.UUID;

import se.kompetenskedjan.participants.SupervisionCommand;
import se.kompetenskedjan.participants.SupervisionView;

/**
 * Who supervises whom. This module is the one owner: a supervision starts when a placement is activated (with the
 * agreed supervisor) or is recorded here by hand, and ends when the placement ends. Each change publishes
 * SupervisionStarted or SupervisionEnded; the participants module's access rule follows them.
 */
public interface Supervisions {

    /**
     * Records a supervision of the participant by hand (those who may edit the participant): the supervisor is an
     * enabled user with the supervisor role, the unit (if given) exists, the end is not before the start.
     */
    SupervisionView record(UUID participantId, SupervisionCommand command);
}
