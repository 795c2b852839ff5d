package se.kompetenskedjan.caseload;

import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.shared.CaseSignalKind;

public record SavedFilterView(UUID id, String name, Set<CaseSignalKind> kinds, boolean overdueOnly) {

    public CaseloadQuery query() {
        return new CaseloadQuery(kinds, overdueOnly);
    }
}
