package se.kompetenskedjan.taxonomy.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.taxonomy.ConceptType;
import se.kompetenskedjan.taxonomy.ImportResult;
import se.kompetenskedjan.taxonomy.TaxonomyFiles;
import se.kompetenskedjan.taxonomy.internal.ExportReader.Export;
import se.kompetenskedjan.taxonomy.internal.ExportReader.Key;
import se.kompetenskedjan.taxonomy.internal.ExportReader.ListEntry;
import se.kompetenskedjan.taxonomy.internal.ExportReader.TreeNode;

/**
 * Loads an export into the catalogue within the caller's transaction. Reads and checks both files first, then
 * compares them with the stored concepts in memory (about 15,000) and writes only what changed with batched upserts.
 *
 * <p>Rules: a concept is identified by its type and JobTech concept id; it keeps our id for ever (new ones get a
 * name-based id from type and concept id, the same in every installation). A concept is active while the latest
 * hierarchy or the latest concept list of its type lists it; a part that is not sent leaves its flags as they were,
 * so a concept list of some types touches only those types. Label, SSYK code, definition and place in the tree come
 * from the hierarchy for the concepts it lists, otherwise the label comes from the concept list; the legacy id comes
 * from the concept list. An active concept outside the current hierarchy has no parent; an inactive one keeps its
 * last place, so old references can still be read in context.
 */
@Component
class TaxonomyImporter {

    /** Serialises imports across nodes (and the first-start load): "KKTAXO". */
    static final long ADVISORY_LOCK_KEY = 0x4B4B_5441_584FL;

    private static final int BATCH_SIZE = 1000;

    private static final String UPSERT = """
            INSERT INTO taxonomy_concept (id, concept_id, type, label, ssyk_code, definition, parent_id, legacy_id,
                                          in_hierarchy, in_concept_list, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (type, concept_id) DO UPDATE SET
                label = excluded.label, ssyk_code = excluded.ssyk_code, definition = excluded.definition,
                parent_id = excluded.parent_id, legacy_id = excluded.legacy_id, in_hierarchy = excluded.in_hierarchy,
                in_concept_list = excluded.in_concept_list, updated_at = excluded.updated_at,
                deactivated_at = CASE WHEN excluded.in_hierarchy OR excluded.in_concept_list THEN NULL
                                      ELSE coalesce(taxonomy_concept.deactivated_at, excluded.updated_at) END
            """;

    private final ExportReader reader;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    TaxonomyImporter(ExportReader reader, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** Our id of a concept first seen now: name-based, so every installation gives a concept the same id. */
    static UUID idFor(ConceptType type, String conceptId) {
        return UUID.nameUUIDFromBytes(("jobtech:" + type.jobtechName() + ":" + conceptId).getBytes(StandardCharsets.UTF_8));
    }

    /** A concept as stored (or to be stored). */
    record Row(UUID id, ConceptType type, String conceptId, String label, String ssykCode, String definition,
            UUID parentId, String legacyId, boolean inHierarchy, boolean inConceptList) {

        boolean active() {
            return inHierarchy || inConceptList;
        }

        Key key() {
            return new Key(type, conceptId);
        }
    }

    /** Takes the import lock and tells whether the catalogue holds any concept (the caller's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean lockAndCheckLoaded() {
        lock();
        return jdbc.sql("select exists (select 1 from taxonomy_concept)").query(Boolean.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ImportResult importFiles(TaxonomyFiles files, UUID actorId, String actorName) {
        long started = System.nanoTime();
        Export export = reader.read(files.hierarchy(), files.concepts());
        lock();
        Map<Key, Row> stored = loadStored();
        Counts counts = new Counts();
        List<Row> writes = plan(export, stored, counts);
        write(writes);
        if (!writes.isEmpty()) {
            // Fresh statistics, so the planner uses the search indexes at once instead of waiting for autovacuum.
            jdbc.sql("analyze taxonomy_concept").update();
        }

        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String source = files.source() == null || files.source().isBlank() ? "?" : files.source();
        source = source.length() > 500 ? source.substring(0, 500) : source;
        ImportResult result = new ImportResult(id, now, actorId, actorName, source, counts.added, counts.updated,
                counts.deactivated, counts.unchanged, export.skipped(), millis);
        jdbc.sql("""
                insert into taxonomy_import (id, imported_at, imported_by, imported_by_name, source, added, updated,
                                             deactivated, unchanged, skipped, duration_ms)
                values (:id, :at, :by, :byName, :source, :added, :updated, :deactivated, :unchanged, :skipped, :ms)
                """)
                .param("id", id).param("at", java.sql.Timestamp.from(now)).param("by", actorId)
                .param("byName", actorName).param("source", source).param("added", counts.added)
                .param("updated", counts.updated).param("deactivated", counts.deactivated)
                .param("unchanged", counts.unchanged).param("skipped", export.skipped()).param("ms", millis)
                .update();
        return result;
    }

    private void lock() {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) l").param("key", ADVISORY_LOCK_KEY)
                .query(Integer.class).single();
    }

    private static final class Counts {
        int added;
        int updated;
        int deactivated;
        int unchanged;
    }

    private Map<Key, Row> loadStored() {
        Map<Key, Row> stored = new HashMap<>();
        jdbc.sql("""
                select id, type, concept_id, label, ssyk_code, definition, parent_id, legacy_id, in_hierarchy,
                       in_concept_list
                from taxonomy_concept
                """).query((rs, n) -> {
                    ConceptType type = ConceptType.fromJobtechName(rs.getString("type")).orElse(null);
                    return type == null ? null : new Row(rs.getObject("id", UUID.class), type,
                            rs.getString("concept_id"), rs.getString("label"), rs.getString("ssyk_code"),
                            rs.getString("definition"), rs.getObject("parent_id", UUID.class),
                            rs.getString("legacy_id"), rs.getBoolean("in_hierarchy"), rs.getBoolean("in_concept_list"));
                }).list().stream().filter(Objects::nonNull).forEach(row -> stored.put(row.key(), row));
        return stored;
    }

    /** The new state of every concept the export or the catalogue holds; returns the rows that changed. */
    private static List<Row> plan(Export export, Map<Key, Row> stored, Counts counts) {
        Map<Key, Row> next = new LinkedHashMap<>();
        Map<Key, ListEntry> listed = export.listed();

        if (export.hasHierarchy()) {
            for (TreeNode node : export.hierarchy()) { // parents come before their children
                Row old = stored.get(node.key());
                ListEntry entry = listed.get(node.key());
                UUID parent = node.parent() == null ? null : next.get(node.parent()).id();
                next.put(node.key(), new Row(idOf(old, node.key()), node.key().type(), node.key().conceptId(),
                        node.label(), node.ssykCode(), node.definition(), parent,
                        entry != null ? entry.legacyId() : listedLegacyId(export, old),
                        true, inConceptList(export, entry, old, node.key().type())));
            }
        }
        for (ListEntry entry : listed.values()) {
            if (next.containsKey(entry.key())) {
                continue;
            }
            Row old = stored.get(entry.key());
            boolean inHierarchy = !export.hasHierarchy() && old != null && old.inHierarchy();
            Row row;
            if (inHierarchy) { // placed by the stored hierarchy, which keeps its label and place
                row = new Row(old.id(), old.type(), old.conceptId(), old.label(), old.ssykCode(), old.definition(),
                        old.parentId(), entry.legacyId(), true, true);
            } else {
                row = new Row(idOf(old, entry.key()), entry.key().type(), entry.key().conceptId(), entry.label(),
                        old == null ? null : old.ssykCode(), old == null ? null : old.definition(), null,
                        entry.legacyId(), false, true);
            }
            next.put(entry.key(), row);
        }

        List<Row> writes = new ArrayList<>();
        for (Row row : next.values()) {
            Row old = stored.get(row.key());
            if (old == null) {
                counts.added++;
                writes.add(row);
            } else if (old.equals(row)) {
                counts.unchanged++;
            } else {
                counts.updated++;
                writes.add(row);
            }
        }
        // Stored concepts the export does not list: inactive if the part that listed them was delivered.
        for (Row old : stored.values()) {
            if (next.containsKey(old.key())) {
                continue;
            }
            boolean inHierarchy = !export.hasHierarchy() && old.inHierarchy();
            boolean inList = !export.lists(old.type()) && old.inConceptList();
            boolean active = inHierarchy || inList;
            UUID parent = active && !inHierarchy ? null : old.parentId();
            Row row = new Row(old.id(), old.type(), old.conceptId(), old.label(), old.ssykCode(), old.definition(),
                    parent, old.legacyId(), inHierarchy, inList);
            if (!row.equals(old)) {
                if (old.active() && !active) {
                    counts.deactivated++;
                } else {
                    counts.updated++;
                }
                writes.add(row);
            }
        }
        return writes;
    }

    private static UUID idOf(Row old, Key key) {
        return old != null ? old.id() : idFor(key.type(), key.conceptId());
    }

    /** The legacy id of a hierarchy concept the concept list does not name: kept unless its type's list was delivered. */
    private static String listedLegacyId(Export export, Row old) {
        return old == null || export.lists(old.type()) ? null : old.legacyId();
    }

    private static boolean inConceptList(Export export, ListEntry entry, Row old, ConceptType type) {
        if (export.lists(type)) {
            return entry != null;
        }
        return old != null && old.inConceptList();
    }

    private void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbcTemplate.batchUpdate(UPSERT, rows, BATCH_SIZE, (PreparedStatement ps, Row row) -> bind(ps, row, now));
    }

    private static void bind(PreparedStatement ps, Row row, Timestamp now) throws SQLException {
        ps.setObject(1, row.id());
        ps.setString(2, row.conceptId());
        ps.setString(3, row.type().jobtechName());
        ps.setString(4, row.label());
        ps.setString(5, row.ssykCode());
        ps.setString(6, row.definition());
        if (row.parentId() == null) {
            ps.setNull(7, Types.OTHER);
        } else {
            ps.setObject(7, row.parentId());
        }
        ps.setString(8, row.legacyId());
        ps.setBoolean(9, row.inHierarchy());
        ps.setBoolean(10, row.inConceptList());
        ps.setTimestamp(11, now);
        ps.setTimestamp(12, now);
    }
}
