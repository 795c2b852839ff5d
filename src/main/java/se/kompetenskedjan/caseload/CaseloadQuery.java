package se.kompetenskedjan.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.kompetenskedjan.shared.CaseSignal;
import se.kompetenskedjan.shared.CaseSignalKind;

/**
 * Which participants of a caseload to show: those with a signal of one of the kinds (any kind when empty: everyone
 * in the caseload), and only signals past their date when {@code overdueOnly}.
 */
public record CaseloadQuery(Set<CaseSignalKind> kinds, boolean overdueOnly) {

    public static final CaseloadQuery EVERYONE = new CaseloadQuery(Set.of(), false);

    public CaseloadQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** The signals of a participant this query is about; a participant with none of them is not shown. */
    public List<CaseSignal> matching(List<CaseSignal> signals, LocalDate today) {
        return signals.stream()
                .filter(s -> kinds.isEmpty() || kinds.contains(s.kind()))
                .filter(s -> !overdueOnly || s.overdueOn(today))
                .toList();
    }

    public boolean everyone() {
        return kinds.isEmpty() && !overdueOnly;
    }
}
