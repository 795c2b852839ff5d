package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

/**
 * One step of a ladder. Exit requirement: the profile version profileVersionId (always published when chosen) and of
 * it exitItemKeys (empty: all items). typicalWeeks and maxWeeks (a guard against lock-in) may be empty, e.g. for a
 * regular job. nextStepIds: the later steps it leads to (several = a branch), in ladder order; sideTrack marks a step
 * off the main track, e.g. a language course taken on the way. position counts from 1. exitItemKeys is a set, listed
 * in a fixed order.
 */
public record StepView(UUID id, String name, String easyName, String description, StepType type, int position,
        UUID profileVersionId, List<UUID> exitItemKeys, Integer typicalWeeks, Integer maxWeeks,
        ReadinessDecider decider, List<UUID> nextStepIds, boolean sideTrack) {
}
