package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages participants use are complete in their languages (Ukrainian, Arabic): every literal message key of those
 * templates is translated, and no translation has a key or placeholder the Swedish text lacks.
 */
class ParticipantLanguagesTests {

    static final String[] PARTICIPANT_TEMPLATES = {"login.html", "error.html", "participants/my-page.html",
            "fragments/layout.html", "participants/access-log.html", "plans/my-ladder.html", "placements/bank.html",
            "validation/self.html", "validation/self-form.html", "validation/certificates/mine.html",
            "identity/password.html", "taxonomy/search.html", "taxonomy/concept.html",
            "validation/certificates/verify.html", "invitations/accept.html", "invitations/accepted.html",
            "invitations/not-valid.html", "schedules/my-week.html", "schedules/feed.html",
            "schedules/fragments.html"};
    /** The bundles whose texts participants see, without the language suffix. */
    static final String[] BUNDLES = {"messages", "i18n/certificates", "i18n/followup", "i18n/invitations",
            "i18n/placements", "i18n/plans", "i18n/schedules", "i18n/taxonomy", "i18n/validation"};
    /** Keys on those templates that only staff see (navigation, forms). */
    static final Set<String> STAFF_ONLY = Set.of("nav.home", "nav.participants", "nav.organisations", "nav.audit",
            "layout.footer.api", "nav.ladders", "nav.placements", "nav.proposals", "nav.supervisors", "nav.allocation", "nav.validation",
            "nav.checkins", "nav.caseload", "nav.education", "nav.meetings", "nav.outbox", "nav.supervisedCheckins",
            "nav.tasks", "nav.projects", "nav.indicators",
            "accessLog.title", "bank.staff.open");
    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ar"})
    void participantPagesAreTranslated(String language) throws IOException {
        Properties translation = loadAll("_" + language);
        Set<String> missing = new TreeSet<>();
        for (String template : PARTICIPANT_TEMPLATES) {
            Matcher m = KEY.matcher(Files.readString(Path.of("src/main/resources/templates", template)));
            while (m.find()) {
                if (!STAFF_ONLY.contains(m.group(1)) && !translation.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + template + ")");
                }
            }
        }
        for (String prefix : new String[] {"auditAction.", "participantStatus.", "error.heading.", "error.body.",
                "responsible.", "placementType.", "proposalStatus.", "declineReason."}) {
            loadAll("").stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                    .filter(k -> !translation.containsKey(k)).forEach(missing::add);
        }
        assertThat(missing).as("untranslated participant texts in %s", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uk", "ar"})
    void translationsMatchTheSwedishKeysAndPlaceholders(String language) {
        Properties swedish = loadAll("");
        Properties translation = loadAll("_" + language);
        for (String key : translation.stringPropertyNames()) {
            assertThat(swedish.containsKey(key)).as("%s has unknown key %s", language, key).isTrue();
            assertThat(placeholders(translation.getProperty(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(swedish.getProperty(key)));
            assertThat(translation.getProperty(key)).as("%s in %s", key, language).isNotBlank();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties loadAll(String suffix) {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            all.putAll(load(bundle + suffix + ".properties"));
        }
        return all;
    }

    private static Properties load(String resource) {
        try (var reader = new InputStreamReader(ParticipantLanguagesTests.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
