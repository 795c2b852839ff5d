package se.kompetenskedjan.certificates.internal;

import java.util.UUID;

import se.kompetenskedjan.certificates.IssueCertificateCommand;

/** The issue form: what to certify (a checklist, or "placement:<id>" for all checklists of a placement) and language. */
public class IssueForm {

    static final String PLACEMENT_PREFIX = "placement:";

    private String checklistId;
    private String language = "sv";

    public String getChecklistId() {
        return checklistId;
    }

    public void setChecklistId(String checklistId) {
        this.checklistId = checklistId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The command, or null when the choice is not a valid id. */
    IssueCertificateCommand toCommand() {
        String choice = checklistId == null ? "" : checklistId.strip();
        try {
            if (choice.startsWith(PLACEMENT_PREFIX)) {
                return new IssueCertificateCommand(null, UUID.fromString(choice.substring(PLACEMENT_PREFIX.length())),
                        language);
            }
            return new IssueCertificateCommand(choice.isEmpty() ? null : UUID.fromString(choice), null, language);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
