package se.kompetenskedjan.placements;

/** Who approves a placement agreement. */
public enum AgreementParty {
    PARTICIPANT, EMPLOYER, COORDINATOR
}
