package se.kompetenskedjan.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * Passwords of local accounts, after NIST SP 800-63B: at least 12 characters (Unicode code points, so any language
 * and emoji count as one each), at most 256 (bounds the hashing work), not the username or a part of it, not a common
 * password, and no rules about character classes. Each refusal has its own message.
 *
 * <p>Common means: in the shipped list (identity/common-passwords.txt: the 43,940 passwords of 12 or more characters
 * among the million most common in OWASP SecLists, see identity/common-passwords-NOTICE.txt), a word that belongs
 * to this service or to typical Swedish passwords with only digits and signs around it ("Sommar2025!!!",
 * "Kompetenskedjan1"), at most three different characters ("abababababab"), or, outside the demo, the demo
 * accounts' published password.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    /** Published in the README for the demo accounts: fine there, never for a real account. */
    static final String PUBLISHED_DEMO_PASSWORD = "demo-losenord-2026";

    /** A username's parts: split at these; parts shorter than 3 characters are not checked. */
    private static final Pattern USERNAME_SEPARATORS = Pattern.compile("[._@-]+");
    private static final int MIN_PART_LENGTH = 3;
    private static final Set<String> CONTEXT_WORDS = Set.of("kompetenskedjan", "kompetenskedja", "kompetens",
            "losenord", "lösenord", "password", "passord", "valkommen", "välkommen", "hejsan", "sommar", "vinter",
            "hosten", "hösten", "varen", "våren", "sverige", "admin", "administrator", "administratör", "qwerty",
            "qwertyuiop", "asdfghjkl");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private final boolean demo;
    private final Set<String> demoPasswords = new HashSet<>();

    PasswordPolicy(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        demoPasswords.add(PUBLISHED_DEMO_PASSWORD);
        String configured = environment.getProperty("kk.demo.password");
        if (configured != null && !configured.isBlank()) {
            demoPasswords.add(configured.toLowerCase(Locale.ROOT));
        }
    }

    /** Throws, naming the field, when the password may not be used for this username. */
    void check(String field, String password, String username) {
        problem(password, username).ifPresent(key -> {
            throw new InvalidFieldException(field, key);
        });
    }

    /** The message key of the first rule the password breaks, if any. */
    Optional<String> problem(String password, String username) {
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            return Optional.of("user.password.length");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("user.password.tooLong");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (containsUsername(lower, username)) {
            return Optional.of("user.password.username");
        }
        if (isCommon(lower)) {
            return Optional.of("user.password.common");
        }
        return Optional.empty();
    }

    private static boolean containsUsername(String password, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (password.contains(name)) {
            return true;
        }
        for (String part : USERNAME_SEPARATORS.split(name)) {
            if (part.codePointCount(0, part.length()) >= MIN_PART_LENGTH && password.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(password)
                || CONTEXT_WORDS.contains(NOT_A_LETTER.matcher(password).replaceAll(""))
                || password.codePoints().distinct().count() <= 3
                || !demo && demoPasswords.contains(password);
    }

    /** Loaded on first use: about 44,000 entries, a few megabytes of heap. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            String resource = "identity/common-passwords.txt";
            InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>(64_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
