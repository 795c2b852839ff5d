package se.kompetenskedjan.plans;

/** Where the participant went after the journey (utfall). */
public enum Outcome {
    REGULAR_EMPLOYMENT, SUBSIDISED_EMPLOYMENT, STUDIES, OTHER_LABOUR_MARKET_ACTIVITY, NO_ACTIVITY, UNKNOWN
}
