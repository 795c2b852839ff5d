/**
 * Participant accounts: a coordinator invites a participant of the register with a one-time link (shown, printable
 * as a QR code, e-mailed when mail is configured), with which the participant sets a password; the account stops
 * when the participant's consent or journey ends. Access and audit through the participants module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitations",
        allowedDependencies = {"identity", "participants", "plans", "shared"})
package se.kompetenskedjan.invitations;
