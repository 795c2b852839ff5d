/**
 * Validation certificates (valideringsintyg): issued for a participant from their signed supervisor and coordinator
 * assessments, as a PDF and as an Open Badges 3.0 credential (VC-JWT) signed with the issuing organisation's key;
 * revocation, key rotation and public verification. Issuing and revoking are announced as
 * {@code CertificateIssued} and {@code CertificateRevoked}.
 * Personal data: a certificate holds the participant's name and results; issuing, listing and reading check the
 * access rule and are audited through the participants module. Verification shows a genuine certificate's content to
 * whoever holds its id or credential (the participant shares it); the issuers' public keys are public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates",
        allowedDependencies = {"checklists", "placements", "participants", "profiles", "identity", "shared"})
package se.kompetenskedjan.certificates;
