package se.kompetenskedjan.placements;

public enum QualityRating {
    GOOD, LESS_SUITABLE
}
