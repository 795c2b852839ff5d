package se.kompetenskedjan.certificates.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The organisations' signing keys (EC P-256, ES256): created on an organisation's first certificate, the private part
 * sealed with AES-256-GCM under the platform master key (kk.signing.master-key, env KK_SIGNING_MASTER_KEY: 32 bytes,
 * base64). Without a master key the application refuses to start, except in the demo profile, which uses a fixed,
 * public demo key (fine for fictitious data only). A rotation retires the active key (ROUTINE or COMPROMISED) and
 * creates the next one; at most one key per organisation is active (a partial unique index).
 */
@Component
class SigningKeys {

    /** The demo profile's master key: public, so never for real certificates. */
    static final String DEMO_MASTER_KEY = "a2stZGVtby1zaWduaW5nLW1hc3Rlci1rZXktMzJieXQ=";

    static final String MISSING_KEY_MESSAGE = """

            Kompetenskedjan cannot start: no signing master key is configured.
            Certificates are signed with each organisation's key, stored encrypted under a master key.
            Set KK_SIGNING_MASTER_KEY (or kk.signing.master-key) to 32 random bytes in base64, e.g. `openssl rand -base64 32`,
            and keep it secret and backed up: without it no new certificate can be signed with the existing keys.
            """;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final JdbcClient jdbc;
    private final SecretKeySpec masterKey;
    private final Clock clock;

    SigningKeys(JdbcClient jdbc, Environment environment,
            @Value("${kk.signing.master-key:}") String configuredMasterKey, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        String key = configuredMasterKey;
        if (!StringUtils.hasText(key)) {
            if (!environment.acceptsProfiles(Profiles.of("demo"))) {
                throw new IllegalStateException(MISSING_KEY_MESSAGE);
            }
            key = DEMO_MASTER_KEY;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kk.signing.master-key is not base64" + MISSING_KEY_MESSAGE);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("kk.signing.master-key must be 32 bytes" + MISSING_KEY_MESSAGE);
        }
        this.masterKey = new SecretKeySpec(bytes, "AES");
    }

    /** The organisation's active key with its private part; created (once, even under concurrency) if missing. */
    ECKey activeKey(UUID organisationId) {
        Optional<Row> row = activeRow(organisationId);
        if (row.isEmpty()) {
            insertActive(organisationId);
            row = activeRow(organisationId);
        }
        Row r = row.orElseThrow();
        try {
            ECKey publicKey = ECKey.parse(r.publicJwk());
            ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(open(r.sealed(), r.kid())));
            return new ECKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (ParseException | GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + r.kid() + " cannot be opened", e);
        }
    }

    /**
     * A key by its kid (public part only), with the organisation it belongs to and whether it was withdrawn as
     * compromised (then certificates it signed no longer count as genuine).
     */
    Optional<PublishedKey> publicKey(String kid) {
        return jdbc.sql("""
                SELECT kid, organisation_id, public_jwk, retire_reason = 'COMPROMISED'
                FROM organisation_signing_key WHERE kid = :kid""")
                .param("kid", kid)
                .query((rs, n) -> new PublishedKey(rs.getString(1), rs.getObject(2, UUID.class), parse(rs.getString(3)),
                        rs.getBoolean(4)))
                .optional();
    }

    /**
     * The JWKS of the organisation: the keys it has signed with, retired ones too so old certificates verify, but not
     * those withdrawn as compromised (wallets and verifiers must stop trusting them).
     */
    Map<String, Object> jwks(UUID organisationId) {
        List<Map<String, Object>> keys = new ArrayList<>();
        jdbc.sql("""
                SELECT public_jwk FROM organisation_signing_key
                WHERE organisation_id = :org AND retire_reason IS DISTINCT FROM 'COMPROMISED'
                ORDER BY created_at DESC LIMIT 20""")
                .param("org", organisationId)
                .query((rs, n) -> parse(rs.getString(1)))
                .list()
                .forEach(k -> keys.add(k.toPublicJWK().toJSONObject()));
        Map<String, Object> jwks = new LinkedHashMap<>();
        jwks.put("keys", keys);
        return jwks;
    }

    /**
     * Retires the organisation's active key (if any) and creates its successor, in the caller's transaction. Returns
     * the new kid, or empty when another rotation (or a first certificate creating the first key) got there at the
     * same moment: the UPDATE waits for the other transaction's row lock and then finds no active key left, and the
     * INSERT meets the other's new key in the partial unique index, so the caller must roll back.
     */
    Optional<String> rotate(UUID organisationId, String reason, String note, UUID retiredBy) {
        jdbc.sql("""
                UPDATE organisation_signing_key
                SET retired_at = :now, retire_reason = :reason, retire_note = :note, retired_by = :by
                WHERE organisation_id = :org AND retired_at IS NULL""")
                .param("reason", reason).param("note", note).param("by", retiredBy).param("org", organisationId)
                .param("now", Timestamp.from(clock.instant())).update();
        return insertActive(organisationId);
    }

    /** The organisation's keys, newest first, with the number of certificates each signed. */
    List<KeyRow> list(UUID organisationId) {
        return jdbc.sql("""
                SELECT k.kid, k.created_at, k.retired_at, k.retire_reason, k.retire_note, k.retired_by,
                    (SELECT count(*) FROM certificate c WHERE c.signing_kid = k.kid) AS signed
                FROM organisation_signing_key k WHERE k.organisation_id = :org
                ORDER BY k.created_at DESC, k.kid LIMIT 100""")
                .param("org", organisationId)
                .query((rs, n) -> new KeyRow(rs.getString("kid"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant(),
                        rs.getString("retire_reason"), rs.getString("retire_note"),
                        rs.getObject("retired_by", UUID.class), rs.getLong("signed")))
                .list();
    }

    record PublishedKey(String kid, UUID organisationId, ECKey key, boolean withdrawn) {
    }

    record KeyRow(String kid, Instant createdAt, Instant retiredAt, String retireReason, String retireNote,
            UUID retiredBy, long certificatesSigned) {
    }

    private record Row(String kid, String publicJwk, byte[] sealed) {
    }

    private Optional<Row> activeRow(UUID organisationId) {
        return jdbc.sql("""
                SELECT kid, public_jwk, private_key_sealed FROM organisation_signing_key
                WHERE organisation_id = :org AND retired_at IS NULL""")
                .param("org", organisationId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Creates a new active key unless the organisation has one; the new kid, or empty if it already had one. */
    private Optional<String> insertActive(UUID organisationId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            ECKey publicJwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
                    .keyIDFromThumbprint()
                    .keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE)
                    .algorithm(com.nimbusds.jose.JWSAlgorithm.ES256)
                    .build();
            String kid = publicJwk.getKeyID();
            int inserted = jdbc.sql("""
                    INSERT INTO organisation_signing_key (kid, organisation_id, public_jwk, private_key_sealed)
                    VALUES (:kid, :org, :jwk, :sealed)
                    ON CONFLICT (organisation_id) WHERE retired_at IS NULL DO NOTHING""")
                    .param("kid", kid).param("org", organisationId).param("jwk", publicJwk.toJSONString())
                    .param("sealed", seal(pair.getPrivate().getEncoded(), kid))
                    .update();
            return inserted == 1 ? Optional.of(kid) : Optional.empty();
        } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("cannot create a signing key", e);
        }
    }

    private byte[] seal(byte[] plain, String kid) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain);
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    private byte[] open(byte[] sealed, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored public key is not a JWK", e);
        }
    }
}
