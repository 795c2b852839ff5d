package se.kompetenskedjan.progression.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.TestDates;

/**
 * Test data for progression: checklist templates, checklists on the demo region's active placements, items and
 * assessments, inserted straight into the validation tables (ratings before the assessment is signed: the database
 * refuses changes to signed assessments). Demo ids: participant 14 (Språkpraktik i hemtjänsten, Hemtjänst Norr) and
 * participant 17 (Arbetsträning i köket, Tillagningsköket) have active placements.
 */
final class ProgressionFixtures {

    static final UUID PARTICIPANT_14 = demoId("participant:14");
    static final UUID PARTICIPANT_17 = demoId("participant:17");
    static final UUID HANDLEDARE = demoId("user:handledare");
    static final UUID HEMTJANST_NORR = demoId("unit:hemtjanst-norr");
    static final UUID TILLAGNINGSKOKET = demoId("unit:tillagningskoket");

    private final JdbcClient jdbc;

    ProgressionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The demo region's place with this title (its active placement). */
    UUID placement(String title) {
        return jdbc.sql("SELECT id FROM placement WHERE title = :title ORDER BY created_at LIMIT 1")
                .param("title", title).query(UUID.class).single();
    }

    UUID languageInternship() {
        return placement("Språkpraktik i hemtjänsten");
    }

    UUID kitchen() {
        return placement("Arbetsträning i köket");
    }

    UUID template(String title) {
        UUID id = UUID.randomUUID();
        UUID profileVersion = jdbc.sql("SELECT id FROM requirement_profile_version ORDER BY id LIMIT 1")
                .query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO checklist_template (id, organisation_id, industry, title, profile_version_id)
                VALUES (:id, NULL, 'OTHER', :title, :version)""")
                .param("id", id).param("title", title).param("version", profileVersion).update();
        return id;
    }

    UUID checklist(UUID placementId, UUID templateId, String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO checklist (id, placement_id, template_id, title, created_by)
                VALUES (:id, :placement, :template, :title, :by)""")
                .param("id", id).param("placement", placementId).param("template", templateId)
                .param("title", title).param("by", HANDLEDARE).update();
        return id;
    }

    UUID item(UUID checklistId, int position, UUID itemKey, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO checklist_item (id, checklist_id, position, item_key, text, easy_text)
                VALUES (:id, :checklist, :position, :key, :text, :text)""")
                .param("id", id).param("checklist", checklistId).param("position", position).param("key", itemKey)
                .param("text", text).update();
        return id;
    }

    void remove(UUID itemId) {
        jdbc.sql("UPDATE checklist_item SET removed_at = now() WHERE id = :id").param("id", itemId).update();
    }

    /** A signed assessment with the given levels (item id to level), signed at noon of its day. */
    UUID signed(UUID checklistId, UUID participantId, String role, LocalDate on, Map<UUID, Integer> levels) {
        UUID id = draft(checklistId, participantId, role, on, levels);
        jdbc.sql("UPDATE assessment SET status = 'SIGNED', signed_at = :at WHERE id = :id")
                .param("at", java.sql.Timestamp.from(on.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)))
                .param("id", id).update();
        return id;
    }

    UUID draft(UUID checklistId, UUID participantId, String role, LocalDate on, Map<UUID, Integer> levels) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment (id, checklist_id, participant_id, assessor_role, assessor_id, assessor_name,
                                        assessed_on, status)
                VALUES (:id, :checklist, :participant, :role, :assessor, :name, :on, 'DRAFT')""")
                .param("id", id).param("checklist", checklistId).param("participant", participantId)
                .param("role", role).param("assessor", HANDLEDARE)
                .param("name", "SELF".equals(role) ? "Deltagaren" : "Leila Mansour").param("on", on).update();
        levels.forEach((item, level) -> jdbc.sql("""
                INSERT INTO assessment_rating (assessment_id, checklist_item_id, level) VALUES (:a, :i, :l)""")
                .param("a", id).param("i", item).param("l", level).update());
        return id;
    }

    static Map<UUID, Integer> levels(Object... itemAndLevel) {
        Map<UUID, Integer> levels = new LinkedHashMap<>();
        for (int i = 0; i < itemAndLevel.length; i += 2) {
            levels.put((UUID) itemAndLevel[i], (Integer) itemAndLevel[i + 1]);
        }
        return levels;
    }

    long auditEntries(UUID participantId, String action, Instant since) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE participant_id = :p AND action = :a AND occurred_at >= :since""")
                .param("p", participantId).param("a", action).param("since", java.sql.Timestamp.from(since))
                .query(Long.class).single();
    }

    static LocalDate daysAgo(int days) {
        return TestDates.today().minus(days, ChronoUnit.DAYS);
    }
}
