package se.kompetenskedjan.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a module knows that makes a participant need their coordinator (issue 14, item 3): check-ins missed, actions
 * overdue, a consent running out, a plan due for review. The caseload asks every source for a coordinator's
 * participants at once, so an answer is one or two set-based, indexed queries, never one per participant. No access
 * check and no audit here: the caseload checks that the user may see the caseload and records the rows it shows.
 */
public interface CaseSignalSource {

    List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today);

    /**
     * The last day someone from the chain was in touch with each participant (a check-in, a follow-up meeting), for
     * "no contact for N days"; only the participants this source has a date for.
     */
    default Map<UUID, LocalDate> lastContact(Set<UUID> participantIds) {
        return Map.of();
    }

    /**
     * Both answers at once, as the caseload asks them: a source that reads the same rows for its signals and its last
     * contacts (follow-up's check-ins) overrides this to read them once (decision 90).
     */
    default Answer answer(Set<UUID> participantIds, LocalDate today) {
        return new Answer(signals(participantIds, today), lastContact(participantIds));
    }

    /** A source's signals and the last contact it knows of per participant. */
    record Answer(List<CaseSignal> signals, Map<UUID, LocalDate> lastContact) {

        public Answer {
            signals = List.copyOf(signals);
            lastContact = Map.copyOf(lastContact);
        }
    }
}
