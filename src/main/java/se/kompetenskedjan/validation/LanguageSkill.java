package se.kompetenskedjan.validation;

/** The four language skills a can-do statement is about. */
public enum LanguageSkill {
    LISTENING, SPEAKING, READING, WRITING
}
