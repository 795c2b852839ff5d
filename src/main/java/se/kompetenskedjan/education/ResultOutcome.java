package se.kompetenskedjan.education;

public enum ResultOutcome {
    PASSED, NOT_PASSED
}
