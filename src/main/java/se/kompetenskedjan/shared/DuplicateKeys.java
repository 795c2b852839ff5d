package se.kompetenskedjan.shared;

import org.springframework.dao.DataIntegrityViolationException;

/** Names the unique rule a rejected write broke, so the user is told which value is taken. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static String messageKeyFor(DataIntegrityViolationException ex) {
        String text = String.valueOf(ex.getMostSpecificCause().getMessage());
        if (text.contains("participant_personnummer_uq")) {
            return "participant.personnummer.taken";
        }
        if (text.contains("user_account_username_uq")) {
            return "user.username.taken";
        }
        if (text.contains("user_account_oidc_subject_uq")) {
            return "user.oidcSubject.taken";
        }
        if (text.contains("organisation_name_uq")) {
            return "organisation.name.taken";
        }
        if (text.contains("unit_name_per_org_uq")) {
            return "unit.name.taken";
        }
        return "problem.integrity";
    }
}
