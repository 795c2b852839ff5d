package se.kompetenskedjan.checklists.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.kompetenskedjan.checklists.Industry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The ready checklist templates, read from {@code checklists/templates/checklists.yaml} on the class path and
 * modelled on KAK's per-industry checklists (002): home-care service tasks, cleaning (lokalvård), kitchen, preschool with cultural interpreters, property care, warehouse with truck, and furniture
 * production. Each item names a requirement item of a platform requirement profile by the profile's key and the
 * item's code (the platform profiles of the profiles module's template catalogue derive their ids from these names;
 * cleaning and warehouse are standalone platform profiles there). Level descriptors are written from each
 * item's own task ("what the participant does"), in the scale's four steps.
 */
final class ChecklistCatalogue {

    static final String RESOURCE = "/checklists/templates/checklists.yaml";

    /** The ladder templates' naming of platform profiles (profiles module, TemplateCatalogue). */
    static final String PROFILE_NAMESPACE = "kompetenskedjan:mall:profil:";

    record Item(String code, String text, String easyText, String task) {
    }

    record Template(Industry industry, String title, String easyTitle, String profileKey, List<Item> items) {

        /** The template's fixed id: the same in every installation. */
        UUID id() {
            return named("kompetenskedjan:checklistmall:" + profileKey);
        }

        UUID versionId() {
            return named(PROFILE_NAMESPACE + profileKey + ":version");
        }

        UUID itemKey(String code) {
            return named(PROFILE_NAMESPACE + profileKey + ":item-key:" + code);
        }
    }

    static UUID named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private ChecklistCatalogue() {
    }

    /** The four descriptors of an item from its task, e.g. "städa enligt checklistan"; yes/no items: no and yes. */
    static String[] descriptors(String task, boolean yesNo) {
        if (yesNo) {
            return new String[] {"Nej, inte ännu.", null, null, "Ja, visat för handledaren."};
        }
        return new String[] {"Har ännu inte provat att " + task + ".",
                "Kan " + task + " när handledaren visar och är med hela tiden.",
                "Kan " + task + " med visst stöd; behöver påminnas ibland.",
                "Kan " + task + " självständigt och enligt rutinen."};
    }

    static final List<Template> ALL = load(RESOURCE);

    /** The warehouse template, on its standalone platform profile. */
    static final Template WAREHOUSE = byProfile("lager-truck");

    static Template byProfile(String profileKey) {
        return ALL.stream().filter(t -> t.profileKey().equals(profileKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no checklist template on profile " + profileKey));
    }

    record TemplatesFile(List<TemplateEntry> templates) {
    }

    record TemplateEntry(String profile, Industry industry, String title, String easyTitle, List<Item> items) {
    }

    /** Reads and checks the file; a mistake in it stops the start with its place named. */
    static List<Template> load(String path) {
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        TemplatesFile file;
        try (InputStream in = ChecklistCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + path);
            }
            file = yaml.readValue(in, TemplatesFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Template> templates = new ArrayList<>();
        Set<String> profiles = new HashSet<>();
        for (TemplateEntry entry : file.templates()) {
            if (entry.profile() == null || entry.industry() == null || entry.title() == null || entry.items() == null
                    || entry.items().isEmpty()) {
                throw new IllegalStateException("checklist template " + entry.profile()
                        + ": profile, industry, title and items are required");
            }
            if (!profiles.add(entry.profile())) {
                throw new IllegalStateException("checklist template " + entry.profile() + " is defined twice");
            }
            Set<String> codes = new HashSet<>();
            for (Item item : entry.items()) {
                if (item.code() == null || item.text() == null || !codes.add(item.code())) {
                    throw new IllegalStateException("checklist template " + entry.profile() + ", item " + item.code()
                            + ": a code (unique in the template) and a text are required");
                }
            }
            templates.add(new Template(entry.industry(), entry.title(), entry.easyTitle(), entry.profile(),
                    List.copyOf(entry.items())));
        }
        return List.copyOf(templates);
    }
}
