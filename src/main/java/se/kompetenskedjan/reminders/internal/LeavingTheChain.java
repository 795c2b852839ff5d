package se.kompetenskedjan.reminders.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.ParticipantStatusChanged;
import se.kompetenskedjan.reminders.Reminders;
import se.kompetenskedjan.tasks.Tasks;

/**
 * A participant who leaves the chain (a regular job, completed, dropped out) needs no more reminders about
 * applications, placements or consents: their open reminder tasks are closed with a note saying why, so the
 * coordinator's list and start page stop counting them. Tasks people opened stay for a person to decide.
 */
@Component
class LeavingTheChain {

    static final String NOTE = "Stängd av plattformen: deltagaren har lämnat kedjan.";

    private final Tasks tasks;

    LeavingTheChain(Tasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(ParticipantStatusChanged changed) {
        if (changed.to().finished() && (changed.from() == null || !changed.from().finished())) {
            tasks.closeOpen(changed.participantId(), Reminders.SOURCE_KIND, NOTE);
        }
    }
}
