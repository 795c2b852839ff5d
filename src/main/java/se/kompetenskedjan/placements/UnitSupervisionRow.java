package se.kompetenskedjan.placements;

import java.util.UUID;

/**
 * One unit in the report of supervisor capacity and training: how many supervisors, how many trained, willing, the
 * slots in all, used and free, and (when the unit's staff count is known) the share of staff ready to supervise
 * (willing, trained and with capacity), in percent.
 */
public record UnitSupervisionRow(UUID unitId, String unitName, UUID organisationId, String organisationName,
        Integer staffCount, int supervisors, int trained, int languageTrained, int willing, int ready, int capacity,
        int slotsUsed, int freeSlots, Integer readySharePercent) {
}
