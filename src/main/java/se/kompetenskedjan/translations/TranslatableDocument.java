package se.kompetenskedjan.translations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A document's Swedish texts, grouped in sections as a reader meets them (e.g. the ladder's name, then each step with
 * its requirements). link: the staff page the document is edited on; mayTranslate: whether the signed-in user may
 * translate it (decided while reading, so that showing the form writes nothing).
 */
public record TranslatableDocument(String kind, UUID id, String title, String link, boolean mayTranslate,
        List<Section> sections) {

    public record Section(String heading, List<String> texts) {
        public Section {
            texts = texts.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
    }

    public TranslatableDocument {
        sections = sections.stream().filter(s -> !s.texts().isEmpty()).toList();
    }

    /** Every distinct text once, in reading order. */
    public Set<String> texts() {
        Set<String> texts = new LinkedHashSet<>();
        sections.forEach(s -> texts.addAll(s.texts()));
        return texts;
    }
}
