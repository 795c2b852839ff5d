package se.kompetenskedjan.language;

/** The four language skills a can-do statement is about. */
public enum LanguageSkill {
    LISTENING, SPEAKING, READING, WRITING
}
