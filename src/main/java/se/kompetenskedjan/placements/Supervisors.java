package se.kompetenskedjan.placements;

import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/** The supervisor inventory per unit, and the report of units by supervisor capacity and training. */
public interface Supervisors {

    /** Supervisors of the signed-in user's organisation (or of one unit of it), by unit and name. */
    PageResult<SupervisorView> list(UUID unitId, Integer page, Integer size);

    SupervisorView get(UUID id);

    SupervisorView create(SupervisorCommand command);

    SupervisorView update(UUID id, SupervisorCommand command);

    /** Units of the signed-in user's organisation (all organisations for the platform host), paged by name. */
    PageResult<UnitSupervisionRow> report(Integer page, Integer size);

    void setStaffing(UUID unitId, StaffingCommand command);
}
