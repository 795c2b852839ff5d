package se.kompetenskedjan.participants.internal;

/** Why a user may see a participant, which becomes the purpose written to the audit trail. */
record Access(Basis basis, String purpose, boolean mayEdit) {

    enum Basis { SELF, OWN_ORGANISATION, CONSENT, SUPERVISION }
}
