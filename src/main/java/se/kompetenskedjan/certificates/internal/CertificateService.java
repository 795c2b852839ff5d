package se.kompetenskedjan.certificates.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.certificates.CertifiableChecklist;
import se.kompetenskedjan.certificates.CertificateIssued;
import se.kompetenskedjan.certificates.CertificateRevoked;
import se.kompetenskedjan.certificates.CertificateView;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.IssueCertificateCommand;
import se.kompetenskedjan.certificates.RevokeCommand;
import se.kompetenskedjan.certificates.RotateKeyCommand;
import se.kompetenskedjan.certificates.SigningKeyView;
import se.kompetenskedjan.certificates.VerificationResult;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues, lists, renders, revokes and verifies certificates. The content is read from the checklists and signed
 * assessments when the certificate is issued and kept as a snapshot (jsonb) with the signed credential; nothing later
 * changes it. Every read and write of a certificate is audited through the participants module; the public
 * verification is not (nobody is signed in), and shows only what the holder chose to present.
 */
@Service
@Transactional
class CertificateService implements Certificates {

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, participant_id, organisation_id, checklist_id, placement_id, language, title, content::text,
            credential_jwt, signing_kid, issued_by_name, issued_at, revoked_at, revoked_by_name, revocation_reason,
            coalesce((SELECT k.retire_reason = 'COMPROMISED' FROM organisation_signing_key k
                      WHERE k.kid = certificate.signing_kid), false) AS key_withdrawn\s""";

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final ContentQuery content;
    private final SigningKeys keys;
    private final Credentials credentials;
    private final CertificatePdf pdf;
    private final Urls urls;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateService(JdbcClient jdbc, ParticipantRegister participants, CurrentUsers currentUsers,
            IdentityDirectory identity, ContentQuery content, SigningKeys keys, Credentials credentials,
            CertificatePdf pdf, Urls urls, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.content = content;
        this.keys = keys;
        this.credentials = credentials;
        this.pdf = pdf;
        this.urls = urls;
        this.events = events;
        this.clock = clock;
    }

    /** One stored certificate row. */
    record Row(UUID id, UUID participantId, UUID organisationId, UUID checklistId, UUID placementId, String language,
            String title, CertificateContent content, String credentialJwt, String kid, String issuedByName,
            Instant issuedAt, Instant revokedAt, String revokedByName, String revocationReason, boolean keyWithdrawn) {
    }

    @Override
    public CertificateView issue(UUID participantId, IssueCertificateCommand command) {
        CurrentUser user = currentUsers.current();
        UUID id = UUID.randomUUID();
        ParticipantAccess access = participants.access(participantId, AccessNeed.ADD, "certificate issued " + id);
        if (user.is(Role.PARTICIPANT) || user.is(Role.ANALYST)) {
            throw new AccessDeniedException("may not issue certificates");
        }
        String language = language(command.language(), "language");
        if ((command.checklistId() == null) == (command.placementId() == null)) {
            throw new InvalidFieldException("checklistId", "certificate.scope.required");
        }
        String scopeField = command.checklistId() != null ? "checklistId" : "placementId";
        UUID placementId = command.checklistId() != null
                ? content.placementOfChecklist(command.checklistId())
                        .orElseThrow(() -> new InvalidFieldException("checklistId", "certificate.checklist.unknown"))
                : command.placementId();
        ContentQuery.Placement placement = content.placement(placementId)
                .orElseThrow(() -> new InvalidFieldException("placementId", "certificate.placement.unknown"));
        boolean employerOfPlacement = user.is(Role.EMPLOYER_MANAGER)
                && user.organisationId().value().equals(placement.organisationId());
        if (!access.mayEdit() && !employerOfPlacement) {
            throw new AccessDeniedException("may not issue certificates for this participant");
        }
        ContentQuery.Scope scope = new ContentQuery.Scope(placementId, command.checklistId());
        List<CertificateContent.Item> items = content.items(participantId, scope);
        if (items.isEmpty()) {
            throw new InvalidFieldException(scopeField, "certificate.noSignedAssessment");
        }
        Map<String, Object> summary = content.summary(participantId, scope);
        @SuppressWarnings("unchecked")
        List<String> assessors = (List<String>) summary.get("assessors");
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) summary.get("titles");
        String participantName = participants.get(participantId).fullName();
        CertificateContent snapshot = new CertificateContent(participantName, placement.id(), placement.title(),
                placement.unitName(), placement.organisationName(), titles, date(summary.get("from")),
                date(summary.get("to")), assessors, user.organisationName(), items);

        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID issuer = user.organisationId().value();
        var key = keys.activeKey(issuer);
        Map<String, Object> credential = credentials.credential(id, issuer, snapshot, language, issuedAt);
        String jwt = credentials.sign(credential, key, id, issuedAt);
        String title = titleOf(snapshot, language);
        jdbc.sql("""
                INSERT INTO certificate (id, participant_id, organisation_id, checklist_id, placement_id, language, title,
                    content, credential_jwt, signing_kid, issued_by, issued_by_name, issued_at)
                VALUES (:id, :participant, :org, :checklist, :placement, :language, :title, CAST(:content AS jsonb),
                    :jwt, :kid, :issuedBy, :issuedByName, :issuedAt)""")
                .param("id", id).param("participant", participantId).param("org", issuer)
                .param("checklist", command.checklistId()).param("placement", placementId)
                .param("language", language).param("title", title)
                .param("content", JSON.writeValueAsString(snapshot)).param("jwt", jwt).param("kid", key.getKeyID())
                .param("issuedBy", user.id().value()).param("issuedByName", user.displayName())
                .param("issuedAt", Timestamp.from(issuedAt))
                .update();
        events.publishEvent(new CertificateIssued(id, participantId, access.participantOrganisationId(), issuer,
                placementId, command.checklistId(), language, SwedishTime.today(clock)));
        return view(row(id).orElseThrow());
    }

    @Override
    public PageResult<CertificateView> list(UUID participantId, Integer page, Integer size) {
        participants.access(participantId, AccessNeed.LIST, "certificates");
        var request = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        long total = jdbc.sql("SELECT count(*) FROM certificate WHERE participant_id = :p")
                .param("p", participantId).query(Long.class).single();
        List<CertificateView> items = jdbc.sql("SELECT " + COLUMNS + """
                FROM certificate WHERE participant_id = :p ORDER BY issued_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("p", participantId).param("limit", request.getPageSize()).param("offset", request.getOffset())
                .query(this::mapRow).list().stream().map(this::view).toList();
        int totalPages = (int) ((total + request.getPageSize() - 1) / request.getPageSize());
        return new PageResult<>(items, request.getPageNumber(), request.getPageSize(), total, totalPages);
    }

    @Override
    public CertificateView get(UUID certificateId) {
        Row row = readable(certificateId, AccessNeed.READ, "certificate");
        return view(row);
    }

    @Override
    public byte[] pdf(UUID certificateId, String language) {
        String lang = language == null || language.isBlank() ? null : language(language, "lang");
        Row row = readable(certificateId, AccessNeed.EXPORT, "certificate pdf");
        String chosen = lang == null ? row.language() : lang;
        String warning = row.revokedAt() != null ? pdfText("certificate.pdf.revoked", chosen)
                : row.keyWithdrawn() ? pdfText("certificate.pdf.keyWithdrawn", chosen) : null;
        return pdf.render(row.id(), row.content(), row.issuedAt(), chosen, urls.verification(row.id()), warning);
    }

    @Override
    public String credential(UUID certificateId) {
        return readable(certificateId, AccessNeed.EXPORT, "certificate credential").credentialJwt();
    }

    @Override
    public CertificateView revoke(UUID certificateId, RevokeCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = row(certificateId).orElseThrow(() -> new NotFoundException("certificate.notFound"));
        ParticipantAccess access = participants.access(row.participantId(), AccessNeed.CONTRIBUTE,
                "certificate revoked " + certificateId);
        if (!user.organisationId().value().equals(row.organisationId())
                || !user.isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER)) {
            throw new AccessDeniedException("only the issuing organisation revokes");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidFieldException("reason", "certificate.revoke.reason.required");
        }
        if (row.revokedAt() != null) {
            throw new ConflictException("certificate.alreadyRevoked");
        }
        int updated = jdbc.sql("""
                UPDATE certificate SET revoked_at = :now, revoked_by = :by, revoked_by_name = :name,
                    revocation_reason = :reason
                WHERE id = :id AND revoked_at IS NULL""")
                .param("by", user.id().value()).param("name", user.displayName())
                .param("reason", command.reason().strip()).param("id", certificateId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (updated != 1) {
            throw new ConflictException("certificate.alreadyRevoked");
        }
        events.publishEvent(new CertificateRevoked(certificateId, row.participantId(), access.participantOrganisationId(),
                row.organisationId(), SwedishTime.today(clock)));
        return view(row(certificateId).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationResult verify(UUID certificateId) {
        Optional<Row> found = row(certificateId);
        if (found.isEmpty()) {
            return VerificationResult.of(VerificationResult.Status.UNKNOWN, certificateId);
        }
        Row row = found.get();
        JWSObject jws = Credentials.parse(row.credentialJwt());
        Optional<SigningKeys.PublishedKey> key = keys.publicKey(row.kid());
        if (jws == null || key.isEmpty() || !genuine(jws, row, key.get())) {
            return VerificationResult.of(VerificationResult.Status.TAMPERED, certificateId);
        }
        return result(row, key.get().withdrawn());
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationResult verifyCredential(String compactJwt) {
        JWSObject jws = compactJwt == null ? null : Credentials.parse(compactJwt);
        if (jws == null) {
            throw new InvalidFieldException("credential", "certificate.credential.unreadable");
        }
        UUID id = certificateId(jws);
        Optional<SigningKeys.PublishedKey> key = Optional.ofNullable(jws.getHeader().getKeyID()).flatMap(keys::publicKey);
        if (key.isEmpty() || !Credentials.signatureHolds(jws, key.get().key())) {
            return VerificationResult.of(VerificationResult.Status.TAMPERED, id);
        }
        if (id == null) {
            return VerificationResult.of(VerificationResult.Status.TAMPERED, null);
        }
        Optional<Row> found = row(id);
        if (found.isEmpty()) {
            return VerificationResult.of(VerificationResult.Status.UNKNOWN, id);
        }
        Row row = found.get();
        // A validly signed credential that is not the one issued under this id (same key, other content) is not this
        // certificate; so is one signed by another organisation's key.
        if (!row.credentialJwt().equals(jws.serialize()) || !genuine(jws, row, key.get())) {
            return VerificationResult.of(VerificationResult.Status.TAMPERED, id);
        }
        return result(row, key.get().withdrawn());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> issuerProfile(UUID organisationId) {
        String name = identity.organisationNames(List.of(organisationId)).get(organisationId);
        if (name == null) {
            return Optional.empty();
        }
        Map<String, Object> profile = new java.util.LinkedHashMap<>();
        profile.put("@context", Credentials.CONTEXT);
        profile.putAll(credentials.issuerProfile(organisationId, name));
        profile.put("publicKey", urls.jwks(organisationId));
        return Optional.of(profile);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> issuerKeys(UUID organisationId) {
        if (identity.organisationNames(List.of(organisationId)).isEmpty()) {
            throw new NotFoundException("certificate.issuer.notFound");
        }
        return keys.jwks(organisationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SigningKeyView> signingKeys(UUID organisationId) {
        requireKeyAdmin(currentUsers.current(), organisationId);
        List<SigningKeys.KeyRow> rows = keys.list(organisationId);
        Map<UUID, String> names = identity.displayNames(rows.stream().map(SigningKeys.KeyRow::retiredBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(k -> new SigningKeyView(k.kid(), k.createdAt(), k.retiredAt(),
                k.retireReason() == null ? null : SigningKeyView.RetireReason.valueOf(k.retireReason()), k.retireNote(),
                k.retiredBy() == null ? null : names.get(k.retiredBy()), k.certificatesSigned())).toList();
    }

    @Override
    public SigningKeyView rotateKey(UUID organisationId, RotateKeyCommand command) {
        CurrentUser user = currentUsers.current();
        requireKeyAdmin(user, organisationId);
        SigningKeyView.RetireReason reason = retireReason(command.reason());
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > 500) {
            throw new InvalidFieldException("note", "field.tooLong");
        }
        String kid = keys.rotate(organisationId, reason.name(), note, user.id().value())
                .orElseThrow(() -> new ConflictException("certificate.key.rotationConflict"));
        log.info("Signing key rotated for organisation {}, reason {}", organisationId, reason);
        return keys.list(organisationId).stream().filter(k -> k.kid().equals(kid)).findFirst()
                .map(k -> new SigningKeyView(k.kid(), k.createdAt(), null, null, null, null, 0))
                .orElseThrow();
    }

    @Override
    public List<CertifiableChecklist> certifiable(UUID participantId) {
        CurrentUser user = currentUsers.current();
        ParticipantAccess access = participants.access(participantId, AccessNeed.READ, "certifiable checklists");
        // An employer manager who may not edit the participant issues only for places of their own organisation.
        UUID onlyOrganisation = access.mayEdit() ? null : user.organisationId().value();
        return content.certifiable(participantId, onlyOrganisation);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayIssue(UUID participantId) {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.EMPLOYER_MANAGER)) {
            return false;
        }
        try {
            ParticipantAccess access = participants.requireRead(participantId);
            return access.mayEdit() || user.is(Role.EMPLOYER_MANAGER);
        } catch (AccessDeniedException | NotFoundException e) {
            return false;
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * An organisation's own admins and the platform (host organisation's) admins manage its signing keys, as they
     * manage its accounts in the identity module. Other roles are refused before the organisation is looked up.
     */
    private void requireKeyAdmin(CurrentUser user, UUID organisationId) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("admins only");
        }
        if (identity.organisationNames(List.of(organisationId)).isEmpty()) {
            throw new NotFoundException("certificate.key.organisation.notFound");
        }
        if (!user.platformHost() && !user.organisationId().value().equals(organisationId)) {
            throw new AccessDeniedException("admin of the organisation only");
        }
    }

    private static SigningKeyView.RetireReason retireReason(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("reason", "certificate.key.reason.required");
        }
        try {
            return SigningKeyView.RetireReason.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("reason", "certificate.key.reason.invalid");
        }
    }

    /** The credential was signed with the certificate's own key, of the issuing organisation, for this id. */
    private static boolean genuine(JWSObject jws, Row row, SigningKeys.PublishedKey key) {
        return key.kid().equals(row.kid()) && key.organisationId().equals(row.organisationId())
                && row.kid().equals(jws.getHeader().getKeyID())
                && Credentials.signatureHolds(jws, key.key())
                && ("urn:uuid:" + row.id()).equals(jws.getPayload().toJSONObject().get("id"));
    }

    private static UUID certificateId(JWSObject jws) {
        try {
            Object id = jws.getPayload().toJSONObject().get("id");
            return id instanceof String s && s.startsWith("urn:uuid:") ? UUID.fromString(s.substring(9)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The verdict on a certificate whose signature holds. The issuer's revocation comes first (it says the certificate
     * does not count); a key withdrawn as compromised means the signature no longer proves anything, so neither the
     * holder nor the content is shown.
     */
    private VerificationResult result(Row row, boolean keyWithdrawn) {
        CertificateContent c = row.content();
        if (row.revokedAt() != null) {
            return new VerificationResult(VerificationResult.Status.REVOKED, row.id(), c.issuerName(),
                    row.organisationId(), row.issuedAt(), row.revokedAt(), row.title(), null, null, null, null, List.of(),
                    null);
        }
        if (keyWithdrawn) {
            return new VerificationResult(VerificationResult.Status.KEY_WITHDRAWN, row.id(), c.issuerName(),
                    row.organisationId(), row.issuedAt(), null, row.title(), null, null, null, null, List.of(), null);
        }
        Locale locale = Locale.forLanguageTag(row.language());
        return new VerificationResult(VerificationResult.Status.GENUINE, row.id(), c.issuerName(), row.organisationId(),
                row.issuedAt(), null, row.title(), c.participantName(), c.workplace(), c.periodFrom(), c.periodTo(),
                c.items().stream().map(i -> new VerificationResult.VerifiedItem(i.text(), i.level(),
                        pdf.levelLabel(i.yesNo(), i.level(), locale))).toList(), null);
    }

    private Row readable(UUID certificateId, AccessNeed need, String detail) {
        Row row = row(certificateId).orElseThrow(() -> new NotFoundException("certificate.notFound"));
        participants.access(row.participantId(), need, detail + " " + certificateId);
        return row;
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + "FROM certificate WHERE id = :id").param("id", id)
                .query(this::mapRow).optional();
    }

    private Row mapRow(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getObject("checklist_id", UUID.class),
                rs.getObject("placement_id", UUID.class), rs.getString("language"), rs.getString("title"),
                JSON.readValue(rs.getString("content"), CertificateContent.class), rs.getString("credential_jwt"),
                rs.getString("signing_kid"), rs.getString("issued_by_name"), rs.getTimestamp("issued_at").toInstant(),
                revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by_name"),
                rs.getString("revocation_reason"), rs.getBoolean("key_withdrawn"));
    }

    private CertificateView view(Row row) {
        CertificateContent c = row.content();
        Locale locale = Locale.forLanguageTag(row.language());
        return new CertificateView(row.id(), row.participantId(), c.participantName(), row.language(), row.title(),
                row.organisationId(), c.issuerName(), row.issuedAt(), row.issuedByName(), row.checklistId(),
                row.placementId(), c.placementTitle(), c.workplace(), c.periodFrom(), c.periodTo(), c.assessors(),
                c.items().stream().map(i -> new CertificateView.Item(i.checklistTitle(), i.text(), i.level(), i.yesNo(),
                        pdf.levelLabel(i.yesNo(), i.level(), locale), i.assessedOn())).toList(),
                row.revokedAt() != null, row.revokedAt(), row.revokedByName(), row.revocationReason(),
                row.keyWithdrawn(), urls.verification(row.id()));
    }

    private String titleOf(CertificateContent snapshot, String language) {
        String title = pdfText("certificate.pdf.title", language) + ": " + String.join(", ", snapshot.checklistTitles());
        return title.length() > 300 ? title.substring(0, 299) + "…" : title;
    }

    private String pdfText(String key, String language) {
        return pdf.text(key, Locale.forLanguageTag(language));
    }

    private static String language(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "certificate.language.required");
        }
        String lang = value.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw new InvalidFieldException(field, "certificate.language.invalid");
        }
        return lang;
    }

    private static LocalDate date(Object value) {
        return value instanceof Optional<?> o ? (LocalDate) o.orElse(null) : null;
    }
}
