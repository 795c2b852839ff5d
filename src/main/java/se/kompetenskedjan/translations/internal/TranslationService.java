package se.kompetenskedjan.translations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.translations.ContentLanguages;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.SourceHash;
import se.kompetenskedjan.translations.TranslatableContent;
import se.kompetenskedjan.translations.TranslatableDocument;
import se.kompetenskedjan.translations.Translation;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationCoverage;
import se.kompetenskedjan.translations.TranslationSheet;

/** Reads of documents are not read-only transactions: a plan's read is written to the audit trail. */
@Service
@Transactional
class TranslationService implements ContentTranslations {

    private final JdbcClient jdbc;
    private final Map<String, TranslatableContent> contents;
    private final List<String> languages;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    TranslationService(JdbcClient jdbc, List<TranslatableContent> contents,
            @Value("${kk.content-languages:en,uk,ar,ti,so,fa}") List<String> languages, CurrentUsers currentUsers,
            Clock clock) {
        this.jdbc = jdbc;
        this.contents = contents.stream().collect(Collectors.toMap(TranslatableContent::kind, Function.identity()));
        this.languages = languages.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("sv")).toList();
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> languages() {
        return languages;
    }

    @Override
    @Transactional(readOnly = true)
    public Translation translation(String kind, Collection<UUID> documentIds, String language) {
        if (ContentLanguages.SWEDISH.equals(language)) {
            return Translation.swedish();
        }
        if (documentIds.isEmpty() || !languages.contains(language)) {
            // a page in a language content is not translated into: every text is Swedish, and marked so
            return new Translation(language, Map.of());
        }
        Map<UUID, Map<String, String>> byDocument = new HashMap<>();
        jdbc.sql("""
                SELECT document_id, source_hash, text FROM content_translation
                 WHERE document_kind = :kind AND document_id IN (:ids) AND language = :language""")
                .param("kind", kind).param("ids", Set.copyOf(documentIds)).param("language", language)
                .query(rs -> {
                    byDocument.computeIfAbsent(rs.getObject("document_id", UUID.class), id -> new HashMap<>())
                            .put(rs.getString("source_hash"), rs.getString("text"));
                });
        return new Translation(language, byDocument);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> translatedLanguages(String kind, Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<String>> found = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT document_id, language FROM content_translation
                 WHERE document_kind = :kind AND document_id IN (:ids)""")
                .param("kind", kind).param("ids", Set.copyOf(documentIds))
                .query(rs -> {
                    found.computeIfAbsent(rs.getObject("document_id", UUID.class), id -> new java.util.HashSet<>())
                            .add(rs.getString("language"));
                });
        Map<UUID, List<String>> languagesByDocument = new HashMap<>();
        found.forEach((id, present) -> languagesByDocument.put(id, languages.stream().filter(present::contains).toList()));
        return languagesByDocument;
    }

    @Override
    public TranslationCoverage coverage(String kind, UUID documentId) {
        TranslatableDocument document = content(kind).document(documentId);
        Map<String, Set<String>> translatedHashes = new HashMap<>();
        jdbc.sql("""
                SELECT language, source_hash FROM content_translation
                 WHERE document_kind = :kind AND document_id = :id""")
                .param("kind", kind).param("id", documentId)
                .query(rs -> {
                    translatedHashes.computeIfAbsent(rs.getString("language"), l -> new java.util.HashSet<>())
                            .add(rs.getString("source_hash"));
                });
        Set<String> texts = document.texts();
        List<TranslationCoverage.LanguageCoverage> perLanguage = languages.stream().map(language -> {
            Set<String> done = translatedHashes.getOrDefault(language, Set.of());
            List<String> missing = texts.stream().filter(t -> !done.contains(SourceHash.of(t))).toList();
            return new TranslationCoverage.LanguageCoverage(language, texts.size() - missing.size(), missing);
        }).toList();
        return new TranslationCoverage(kind, documentId, document.title(), document.link(), document.mayTranslate(),
                texts.size(), perLanguage);
    }

    @Override
    public TranslationSheet sheet(String kind, UUID documentId, String language) {
        return sheet(content(kind).document(documentId), offered(language));
    }

    @Override
    public TranslationSheet save(String kind, UUID documentId, String language, TranslationCommand command) {
        TranslatableContent content = content(kind);
        offered(language);
        TranslatableDocument document = content.documentToTranslate(documentId);
        Map<String, String> byHash = new LinkedHashMap<>();
        Set<String> current = document.texts().stream().map(SourceHash::of).collect(Collectors.toSet());
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < command.texts().size(); i++) {
            TranslationCommand.TextTranslation text = command.texts().get(i);
            String hash = SourceHash.of(text.source());
            if (!current.contains(hash)) {
                problems.add(new InvalidFieldException.FieldProblem("texts[" + i + "].source",
                        "translation.source.unknown"));
            } else if (byHash.put(hash, text.translation() == null ? "" : text.translation().strip()) != null) {
                problems.add(new InvalidFieldException.FieldProblem("texts[" + i + "].source",
                        "translation.source.twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID by = currentUsers.current().id().value();
        Timestamp now = Timestamp.from(clock.instant());
        byHash.forEach((hash, translation) -> {
            if (translation.isEmpty()) {
                jdbc.sql("""
                        DELETE FROM content_translation WHERE document_kind = :kind AND document_id = :id
                           AND language = :language AND source_hash = :hash""")
                        .param("kind", kind).param("id", documentId).param("language", language).param("hash", hash)
                        .update();
            } else {
                jdbc.sql("""
                        INSERT INTO content_translation (document_kind, document_id, language, source_hash, text,
                                                         translated_by, translated_at)
                        VALUES (:kind, :id, :language, :hash, :text, :by, :now)
                        ON CONFLICT (document_kind, document_id, language, source_hash)
                        DO UPDATE SET text = EXCLUDED.text, translated_by = EXCLUDED.translated_by,
                                      translated_at = EXCLUDED.translated_at""")
                        .param("kind", kind).param("id", documentId).param("language", language).param("hash", hash)
                        .param("text", translation).param("by", by).param("now", now).update();
            }
        });
        return sheet(document, language);
    }

    private TranslationSheet sheet(TranslatableDocument document, String language) {
        Map<String, String> translated = new HashMap<>();
        jdbc.sql("""
                SELECT source_hash, text FROM content_translation
                 WHERE document_kind = :kind AND document_id = :id AND language = :language""")
                .param("kind", document.kind()).param("id", document.id()).param("language", language)
                .query(rs -> {
                    translated.put(rs.getString("source_hash"), rs.getString("text"));
                });
        Set<String> seen = new java.util.HashSet<>();
        List<TranslationSheet.Section> sections = document.sections().stream()
                .map(section -> new TranslationSheet.Section(section.heading(), section.texts().stream()
                        .filter(seen::add)
                        .map(text -> new TranslationSheet.Entry(text, translated.get(SourceHash.of(text)))).toList()))
                .filter(section -> !section.entries().isEmpty()).toList();
        return new TranslationSheet(document.kind(), document.id(), document.title(), document.link(),
                document.mayTranslate(), language, sections);
    }

    private TranslatableContent content(String kind) {
        TranslatableContent content = contents.get(kind);
        if (content == null) {
            throw new NotFoundException("translation.kind.unknown");
        }
        return content;
    }

    private String offered(String language) {
        if (!languages.contains(language)) {
            throw new NotFoundException("translation.language.unknown");
        }
        return language;
    }
}
