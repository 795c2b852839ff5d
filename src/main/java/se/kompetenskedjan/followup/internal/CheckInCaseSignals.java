package se.kompetenskedjan.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.followup.CheckInSignals;
import se.kompetenskedjan.followup.CheckIns;
import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.CaseSignalSource;

/**
 * The caseload's follow-up signals: missed check-in periods (due at the end of the latest missed one) and open
 * flags (obstacles and red answers, dated by the last check-in), and the last check-in as the last contact.
 */
@Component
class CheckInCaseSignals implements CaseSignalSource {

    private final CheckIns checkIns;

    CheckInCaseSignals(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public List<CaseSignal> signals(Set<UUID> participantIds, LocalDate today) {
        return signals(checkIns.signals(participantIds), today);
    }

    @Override
    public Map<UUID, LocalDate> lastContact(Set<UUID> participantIds) {
        return lastContact(checkIns.signals(participantIds));
    }

    /** The caseload's question: the check-ins are read once for the signals and the last contacts. */
    @Override
    public Answer answer(Set<UUID> participantIds, LocalDate today) {
        Map<UUID, CheckInSignals> read = checkIns.signals(participantIds);
        return new Answer(signals(read, today), lastContact(read));
    }

    private static List<CaseSignal> signals(Map<UUID, CheckInSignals> read, LocalDate today) {
        List<CaseSignal> signals = new ArrayList<>();
        for (CheckInSignals s : read.values()) {
            if (s.missedPeriods() > 0 && s.latestMissed() != null) {
                signals.add(new CaseSignal(s.participantId(), CaseSignalKind.MISSED_CHECK_IN, s.latestMissed().end(),
                        s.missedPeriods()));
            }
            if (s.openFlags() > 0) {
                signals.add(new CaseSignal(s.participantId(), CaseSignalKind.OPEN_OBSTACLE,
                        s.lastCheckIn() == null ? today : s.lastCheckIn(), s.openFlags()));
            }
        }
        return signals;
    }

    private static Map<UUID, LocalDate> lastContact(Map<UUID, CheckInSignals> read) {
        Map<UUID, LocalDate> last = new HashMap<>();
        read.values().stream().filter(s -> s.lastCheckIn() != null)
                .forEach(s -> last.put(s.participantId(), s.lastCheckIn()));
        return last;
    }
}
