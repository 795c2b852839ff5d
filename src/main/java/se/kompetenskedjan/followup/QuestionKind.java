package se.kompetenskedjan.followup;

/**
 * How a question is answered: SCALE 1–5, YES_NO, TRAFFIC_LIGHT (green, yellow, red: red is flagged), CHOICE (one of
 * the question's choices) or FREE_TEXT.
 */
public enum QuestionKind {
    SCALE, YES_NO, TRAFFIC_LIGHT, CHOICE, FREE_TEXT
}
