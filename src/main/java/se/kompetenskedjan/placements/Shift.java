package se.kompetenskedjan.placements;

public enum Shift {
    DAY, EVENING, NIGHT, ROTATING
}
