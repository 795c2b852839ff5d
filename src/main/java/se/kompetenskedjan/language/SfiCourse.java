package se.kompetenskedjan.language;

/** Courses of Swedish for immigrants (SFI A–D) and Swedish as a second language at basic level (SAS grund). */
public enum SfiCourse {
    SFI_A, SFI_B, SFI_C, SFI_D, SAS_BASIC
}
