package se.kompetenskedjan.indicators;

/**
 * What a report covers: the signed-in user's own organisation, or the whole region (every organisation; for the
 * analysts of the platform host or of a regional body, and the platform host's admins; decision 93).
 */
public enum ReportScope {
    ORGANISATION, REGION
}
