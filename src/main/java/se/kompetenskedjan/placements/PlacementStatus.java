package se.kompetenskedjan.placements;

/** DRAFT is seen only by the owner; OPEN places are in the bank; FULL is set and cleared as seats are taken and freed. */
public enum PlacementStatus {
    DRAFT, OPEN, FULL, PAUSED, CLOSED
}
