package se.kompetenskedjan.translations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A translation is kept under the hash of the Swedish text it translates: when the Swedish changes the translation no
 * longer matches and the text counts as missing, while a text that stays the same (say, a plan goal carried into the
 * next revision) keeps its translation.
 */
public final class SourceHash {

    private SourceHash() {
    }

    public static String of(String swedish) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(swedish.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
