package se.kompetenskedjan.profiles;

/**
 * What kind of requirement an item is. Certificates (e.g. driving or truck licence) and practical abilities (e.g.
 * can cycle) are yes/no: on the level scale 0 = no, 3 = yes.
 */
public enum RequirementType {
    KNOWLEDGE, SKILL, BEHAVIOUR, SWEDISH_LANGUAGE, OTHER_LANGUAGE, CERTIFICATE, PRACTICAL;

    /** True for the types measured as no (0) or yes (3). */
    public boolean yesNo() {
        return this == CERTIFICATE || this == PRACTICAL;
    }
}
