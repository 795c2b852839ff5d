package se.kompetenskedjan.participants;

/** Swedish level: SFI courses A-D, Swedish as a second language at basic and upper-secondary level, or fluent. */
public enum SwedishLevel {
    NONE, SFI_A, SFI_B, SFI_C, SFI_D, SAS_BASIC, SAS_UPPER_SECONDARY, FLUENT
}
