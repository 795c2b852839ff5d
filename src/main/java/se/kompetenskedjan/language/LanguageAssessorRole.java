package se.kompetenskedjan.language;

/** In which capacity a language assessment was made. */
public enum LanguageAssessorRole {
    TEACHER, SUPERVISOR, COORDINATOR
}
