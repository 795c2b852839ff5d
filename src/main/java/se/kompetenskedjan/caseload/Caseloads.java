package se.kompetenskedjan.caseload;

import java.util.List;
import java.util.UUID;

/**
 * A coordinator sees their own caseload; an admin sees any coordinator's in their organisation and the counts per
 * coordinator. The rows shown are one audited list read each; the counts reveal no one and are not recorded.
 */
public interface Caseloads {

    /** The caseload of the coordinator (the signed-in coordinator when null), most urgent first. */
    CaseloadView caseload(UUID coordinatorId, CaseloadQuery query, Integer page, Integer size);

    /** For the organisation's admins: each coordinator's caseload size and how many have something overdue. */
    List<CoordinatorLoad> coordinatorLoads();

    List<SavedFilterView> savedFilters();

    SavedFilterView saveFilter(SavedFilterCommand command);

    void deleteFilter(UUID filterId);
}
