package se.kompetenskedjan.identity.web;

import se.kompetenskedjan.identity.PasswordChange;

/** The change-password page's form; its values are never shown again. */
public class PasswordForm {

    private String currentPassword;
    private String newPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    PasswordChange toCommand() {
        return new PasswordChange(currentPassword, newPassword);
    }

    void clear() {
        currentPassword = null;
        newPassword = null;
    }
}
