package se.kompetenskedjan.placements;

/** Kinds of place: internship, shadowing, work training, language internship, entry job (Connect-tjänst), subsidised job, regular vacancy. */
public enum PlacementType {
    INTERNSHIP, SHADOWING, WORK_TRAINING, LANGUAGE_INTERNSHIP, ENTRY_JOB, SUBSIDISED_JOB, VACANCY
}
