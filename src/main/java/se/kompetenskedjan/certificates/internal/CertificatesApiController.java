package se.kompetenskedjan.certificates.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.certificates.CertificateView;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.IssueCertificateCommand;
import se.kompetenskedjan.certificates.RevokeCommand;
import se.kompetenskedjan.certificates.RotateKeyCommand;
import se.kompetenskedjan.certificates.SigningKeyView;
import se.kompetenskedjan.certificates.VerificationResult;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Valideringsintyg", description = "Intyg som PDF och som Open Badges 3.0-credential (VC-JWT, ES256) "
        + "signerad med den utfärdande organisationens nyckel; publik verifiering, återkallelse, nyckelbyte.")
class CertificatesApiController {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final Certificates certificates;
    private final MessageSource messages;

    CertificatesApiController(Certificates certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    @PostMapping("/participants/{id}/certificates")
    @Operation(summary = "Utfärda ett intyg för en checklista (checklistId) eller alla checklistor på en plats (placementId)",
            description = "Bygger på deltagarens signerade bedömningar av handledare och koordinator. language: sv eller en.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CertificateView> issue(@PathVariable UUID id, @Valid @RequestBody IssueCertificateCommand command) {
        CertificateView issued = certificates.issue(id, command);
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + issued.id())).body(issued);
    }

    @GetMapping("/participants/{id}/certificates")
    @Operation(summary = "Deltagarens intyg, nyast först")
    PageResult<CertificateView> list(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return certificates.list(id, page, size);
    }

    @GetMapping("/certificates/{id}")
    CertificateView get(@PathVariable UUID id) {
        return certificates.get(id);
    }

    @GetMapping(value = "/certificates/{id}.pdf", produces = {MediaType.APPLICATION_PDF_VALUE, "application/problem+json"})
    @Operation(summary = "Intyget som PDF (lang=sv eller en; utan lang: intygets språk)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("valideringsintyg-" + id + ".pdf").build().toString())
                .body(certificates.pdf(id, lang));
    }

    @GetMapping(value = "/certificates/{id}/credential", produces = {"application/vc+jwt", "text/plain", "application/problem+json"})
    @Operation(summary = "Intyget som Open Badges 3.0-credential: en VC-JWT (ES256) att verifiera mot utfärdarens JWKS")
    ResponseEntity<String> credential(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(VC_JWT).body(certificates.credential(id));
    }

    @PostMapping("/certificates/{id}/revoke")
    @Operation(summary = "Återkalla ett intyg (den utfärdande organisationen; skäl krävs)")
    CertificateView revoke(@PathVariable UUID id, @Valid @RequestBody RevokeCommand command) {
        return certificates.revoke(id, command);
    }

    @GetMapping("/certificates/{id}/status")
    @SecurityRequirements
    @Operation(summary = "Publik: intygets status (credentialStatus i credentialen pekar hit)")
    Map<String, Object> status(@PathVariable UUID id) {
        VerificationResult result = certificates.verify(id);
        if (result.status() == VerificationResult.Status.UNKNOWN) {
            throw new NotFoundException("certificate.notFound");
        }
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", "urn:uuid:" + id);
        status.put("status", result.status());
        status.put("revoked", result.status() == VerificationResult.Status.REVOKED);
        status.put("revokedAt", result.revokedAt());
        status.put("keyWithdrawn", result.status() == VerificationResult.Status.KEY_WITHDRAWN);
        status.put("message", message(result));
        return status;
    }

    record VerifyRequest(String credential) {
    }

    @PostMapping("/certificates/verify")
    @SecurityRequirements
    @Operation(summary = "Publik: verifiera en VC-JWT",
            description = "Svarar GENUINE (äkta och giltigt), REVOKED (äkta men återkallat), KEY_WITHDRAWN (utfärdaren har "
                    + "dragit tillbaka nyckeln som signerade intyget, så det kan inte längre styrkas), TAMPERED (signaturen "
                    + "håller inte) eller UNKNOWN, med en mening i message.")
    VerificationResult verify(@RequestBody VerifyRequest request) {
        VerificationResult result = certificates.verifyCredential(request.credential());
        return result.withMessage(message(result));
    }

    @GetMapping("/issuers/{orgId}")
    @SecurityRequirements
    @Operation(summary = "Publik: utfärdarens profil (Open Badges Profile)")
    Map<String, Object> issuer(@PathVariable UUID orgId) {
        return certificates.issuerProfile(orgId).orElseThrow(() -> new NotFoundException("certificate.issuer.notFound"));
    }

    @GetMapping(value = "/issuers/{orgId}/jwks.json", produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    @SecurityRequirements
    @Operation(summary = "Publik: utfärdarens publika signeringsnycklar (JWKS)")
    ResponseEntity<Map<String, Object>> jwks(@PathVariable UUID orgId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(certificates.issuerKeys(orgId));
    }

    @GetMapping("/issuers/{orgId}/keys")
    @Operation(summary = "Organisationens signeringsnycklar, nyast först (administratörer)",
            description = "Nyckel-id (kid), när nyckeln skapades och togs ur bruk, varför (ROUTINE eller COMPROMISED) och "
                    + "hur många intyg den signerade. Aldrig något privat nyckelmaterial.")
    List<SigningKeyView> keys(@PathVariable UUID orgId) {
        return certificates.signingKeys(orgId);
    }

    @PostMapping("/issuers/{orgId}/keys/rotate")
    @Operation(summary = "Byt organisationens signeringsnyckel (administratörer)",
            description = "Tar den aktiva nyckeln ur bruk och skapar en ny på en gång. reason: ROUTINE (intyg signerade med "
                    + "den gamla nyckeln fortsätter att gå att verifiera) eller COMPROMISED (nyckeln dras tillbaka: dess "
                    + "intyg kan inte längre styrkas och den tas bort ur JWKS). note: valfri, högst 500 tecken. "
                    + "409 om en annan rotation hann före.")
    SigningKeyView rotate(@PathVariable UUID orgId, @Valid @RequestBody RotateKeyCommand command) {
        return certificates.rotateKey(orgId, command);
    }

    private String message(VerificationResult result) {
        String key = "certificate.verify.message." + result.status().name();
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
