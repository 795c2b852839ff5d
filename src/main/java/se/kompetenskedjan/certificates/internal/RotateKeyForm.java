package se.kompetenskedjan.certificates.internal;

import se.kompetenskedjan.certificates.RotateKeyCommand;

/** The key rotation form: the reason (ROUTINE or COMPROMISED), an optional note, and whether it was confirmed. */
public class RotateKeyForm {

    private String reason;
    private String note;
    private boolean confirmed;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    RotateKeyCommand toCommand() {
        return new RotateKeyCommand(reason, note == null || note.isBlank() ? null : note.strip());
    }
}
