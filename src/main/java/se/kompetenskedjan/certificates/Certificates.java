package se.kompetenskedjan.certificates;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Validation certificates (valideringsintyg): issued for a participant from their signed supervisor and coordinator
 * assessments on one checklist (or all checklists of one placement), as a PDF and as an Open Badges 3.0 credential
 * signed with the issuing organisation's key (VC-JWT, ES256). Reads and writes check the signed-in user's right to
 * the participant and are audited; verification and the issuers' public keys are public.
 */
public interface Certificates {

    /**
     * Issues a certificate in the signed-in user's organisation's name. A coordinator (or admin) who may edit the
     * participant, or an employer manager of the placement's organisation who may see the participant.
     */
    CertificateView issue(UUID participantId, IssueCertificateCommand command);

    PageResult<CertificateView> list(UUID participantId, Integer page, Integer size);

    CertificateView get(UUID certificateId);

    /** The certificate as a PDF, in its own language or the given one (sv or en). */
    byte[] pdf(UUID certificateId, String language);

    /** The signed credential (a compact VC-JWT), as issued. */
    String credential(UUID certificateId);

    /** Revocation by staff of the issuing organisation; the reason is required. */
    CertificateView revoke(UUID certificateId, RevokeCommand command);

    /** Public: whether the certificate with this id is genuine (its stored credential's signature holds) and valid. */
    VerificationResult verify(UUID certificateId);

    /** Public: checks a presented VC-JWT against the issuer's published key and the certificate register. */
    VerificationResult verifyCredential(String compactJwt);

    /** Public: the issuer profile (Open Badges Profile) of an organisation, as JSON-ready maps. */
    Optional<java.util.Map<String, Object>> issuerProfile(UUID organisationId);

    /**
     * Public: the organisation's signing keys (public parts) as a JWKS, as JSON-ready maps: the active key and those
     * retired as routine; keys withdrawn as compromised are left out.
     */
    java.util.Map<String, Object> issuerKeys(UUID organisationId);

    /**
     * The organisation's signing keys, newest first, with how many certificates each signed; no private material.
     * For the organisation's admins and the platform admins.
     */
    List<SigningKeyView> signingKeys(UUID organisationId);

    /**
     * Retires the organisation's active key (if any) with the reason and creates a new active key at once; returns the
     * new key. COMPROMISED withdraws the old key: certificates it signed no longer verify as genuine. For the
     * organisation's admins and the platform admins; a rotation that loses a race with another one is a conflict.
     */
    SigningKeyView rotateKey(UUID organisationId, RotateKeyCommand command);

    /** The checklists the participant has signed assessments on, for the issue form. */
    List<CertifiableChecklist> certifiable(UUID participantId);

    /** Whether the signed-in user may issue certificates for the participant (for showing the form). */
    boolean mayIssue(UUID participantId);
}
