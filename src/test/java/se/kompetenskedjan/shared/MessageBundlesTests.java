package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Swedish and English message bundles stay in step, and every message key the code and templates name literally
 * exists. Plain JUnit, no Spring context: the bundles are read from the classpath and the sources from the project
 * directory (Surefire runs in the project root).
 */
class MessageBundlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,[^}]*)?}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
    private static final Pattern LITERAL_KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    /** Places in Java sources where a string literal is a message key; group 1 is the key. */
    private static final List<Pattern> JAVA_KEY_USES = List.of(
            Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\""),
            Pattern.compile("new\\s+InvalidFieldException\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("FieldProblem\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("new\\s+NotFoundException\\s*\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new\\s+ConflictException\\s*\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\.reject\\s*\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\.rejectValue\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""));

    private static Properties swedish;
    private static Properties english;

    /** The main bundle and each module's bundle under i18n/ (see spring.messages.basename). */
    static final List<String> BUNDLES = bundles();

    @BeforeAll
    static void loadBundles() {
        swedish = new Properties();
        english = new Properties();
        for (String bundle : BUNDLES) {
            Properties sv = load(bundle + ".properties");
            sv.stringPropertyNames().forEach(key -> assertThat(swedish.containsKey(key))
                    .as("key %s is defined in more than one bundle", key).isFalse());
            swedish.putAll(sv);
            english.putAll(load(bundle + "_en.properties"));
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        String settings = Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(settings).contains("basename: " + String.join(",", BUNDLES));
    }

    private static List<String> bundles() {
        List<String> bundles = new ArrayList<>(List.of("messages"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[a-z-]+\\.properties"))
                    .sorted().forEach(n -> bundles.add("i18n/" + n.replace(".properties", "")));
        } catch (java.nio.file.NoSuchFileException e) {
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundles;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> missingInEnglish = difference(swedish.stringPropertyNames(), english.stringPropertyNames());
        Set<String> missingInSwedish = difference(english.stringPropertyNames(), swedish.stringPropertyNames());

        assertThat(missingInEnglish)
                .as("keys in messages.properties missing from messages_en.properties: %s; "
                        + "keys in messages_en.properties missing from messages.properties: %s",
                        missingInEnglish, missingInSwedish)
                .isEmpty();
        assertThat(missingInSwedish)
                .as("keys in messages_en.properties missing from messages.properties: %s", missingInSwedish)
                .isEmpty();
    }

    @Test
    void noMessageIsBlank() {
        Set<String> blank = new TreeSet<>();
        swedish.forEach((key, value) -> {
            if (value.toString().isBlank()) {
                blank.add("messages.properties: " + key);
            }
        });
        english.forEach((key, value) -> {
            if (value.toString().isBlank()) {
                blank.add("messages_en.properties: " + key);
            }
        });
        assertThat(blank).as("blank messages").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Map<String, String> mismatches = new TreeMap<>();
        for (String key : swedish.stringPropertyNames()) {
            String translation = english.getProperty(key);
            if (translation == null) {
                continue; // reported by bothLanguagesHaveTheSameKeys
            }
            Set<Integer> sv = placeholders(swedish.getProperty(key));
            Set<Integer> en = placeholders(translation);
            if (!sv.equals(en)) {
                mismatches.put(key, "sv " + sv + ", en " + en);
            }
        }
        assertThat(mismatches).as("messages whose placeholders differ between the languages").isEmpty();
    }

    @Test
    void messagesWithPlaceholdersSurviveMessageFormat() {
        // A lone apostrophe starts a quoted section in MessageFormat and silently swallows the placeholders after it.
        Map<String, String> broken = new TreeMap<>();
        checkFormattable("messages.properties", swedish, broken);
        checkFormattable("messages_en.properties", english, broken);
        assertThat(broken).as("messages with placeholders that MessageFormat does not read as intended "
                + "(write an apostrophe as '' in such messages)").isEmpty();
    }

    @Test
    void countsAgreeWithTheirNumber() {
        assertThat(MessageFormat.format(swedish.getProperty("matchingPage.allocation.freeSeats"), 1)).isEqualTo("1 ledig");
        assertThat(MessageFormat.format(swedish.getProperty("matchingPage.allocation.freeSeats"), 4)).isEqualTo("4 lediga");
        assertThat(MessageFormat.format(swedish.getProperty("bank.count"), 0L)).isEqualTo("Det finns inga lediga platser.");
        assertThat(MessageFormat.format(swedish.getProperty("bank.count"), 1L)).isEqualTo("Det finns 1 ledig plats.");
        assertThat(MessageFormat.format(english.getProperty("bank.count"), 12L)).isEqualTo("There are 12 free places.");
        assertThat(MessageFormat.format(swedish.getProperty("proposal.page.supervisor.choice"), "Eva", 1))
                .isEqualTo("Eva (1 ledig plats)");
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path template : files(TEMPLATES, ".html")) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1);
                if (!swedish.containsKey(key)) {
                    missing.computeIfAbsent(key, k -> new TreeSet<>()).add(TEMPLATES.relativize(template).toString());
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from messages.properties (key=[files])")
                .isEmpty();
    }

    @Test
    void everyLiteralKeyUsedInJavaExists() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path source : files(JAVA_SOURCES, ".java")) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            for (Pattern use : JAVA_KEY_USES) {
                Matcher m = use.matcher(text);
                while (m.find()) {
                    String key = m.group(1);
                    if (LITERAL_KEY.matcher(key).matches() && !swedish.containsKey(key)) {
                        missing.computeIfAbsent(key, k -> new TreeSet<>()).add(source.getFileName().toString());
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in Java but missing from messages.properties (key=[files])")
                .isEmpty();
    }

    private static void checkFormattable(String bundle, Properties messages, Map<String, String> broken) {
        for (String key : messages.stringPropertyNames()) {
            String value = messages.getProperty(key);
            Set<Integer> expected = placeholders(value);
            if (expected.isEmpty()) {
                continue;
            }
            try {
                MessageFormat format = new MessageFormat(value);
                int argumentCount = format.getFormatsByArgumentIndex().length;
                int highest = expected.stream().mapToInt(Integer::intValue).max().orElse(-1);
                if (argumentCount != highest + 1) {
                    broken.put(bundle + ": " + key, value);
                }
            } catch (IllegalArgumentException e) {
                broken.put(bundle + ": " + key, value + " (" + e.getMessage() + ")");
            }
        }
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        assertThat(root).as("run the tests from the project directory").isDirectory();
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        }
    }

    private static Properties load(String resource) {
        InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("%s on the classpath", resource).isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
