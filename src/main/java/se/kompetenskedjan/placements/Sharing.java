package se.kompetenskedjan.placements;

/** Who sees a place besides the owning organisation: nobody, chosen partner organisations, or the whole region's bank. */
public enum Sharing {
    OWNER, PARTNERS, REGION
}
