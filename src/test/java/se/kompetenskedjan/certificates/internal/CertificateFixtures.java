package se.kompetenskedjan.certificates.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only object mother for certificates: writes checklists, items and assessments straight into the tables of
 * V10 (the checklist and assessment services are another part of the module), for the demo region's participants
 * and placements. Ratings are inserted before an assessment is signed: the database refuses changes to signed ones.
 */
public final class CertificateFixtures {

    public static final UUID HANDLEDARE = demoId("user:handledare");
    public static final UUID HANDLEDARE2 = demoId("user:handledare2");
    public static final UUID KOORDINATOR = demoId("user:koordinator");

    private CertificateFixtures() {
    }

    public static UUID demoId(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Demo participant number n (01–40). */
    public static UUID participant(int n) {
        return demoId(String.format("participant:%02d", n));
    }

    /** The place of the participant's active placement (demo participants 14 and 17 have one). */
    public static UUID activePlacementOf(JdbcClient jdbc, UUID participantId) {
        return jdbc.sql("""
                SELECT placement_id FROM placement_proposal WHERE participant_id = :p AND status = 'ACTIVE'
                ORDER BY proposed_at DESC LIMIT 1""")
                .param("p", participantId).query(UUID.class).single();
    }

    /** Any place the participant has a proposal to (active or not). */
    public static UUID anyPlacementOf(JdbcClient jdbc, UUID participantId) {
        return jdbc.sql("""
                SELECT placement_id FROM placement_proposal WHERE participant_id = :p ORDER BY proposed_at DESC LIMIT 1""")
                .param("p", participantId).query(UUID.class).single();
    }

    public record Checklist(UUID id, UUID placementId, String title, List<UUID> items) {
    }

    /** A tailored checklist for the place; item texts ending in "?" are yes/no items. */
    public static Checklist checklist(JdbcClient jdbc, UUID placementId, String title, String... itemTexts) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO checklist (id, placement_id, title, created_by) VALUES (:id, :placement, :title, :by)""")
                .param("id", id).param("placement", placementId).param("title", title).param("by", KOORDINATOR)
                .update();
        List<UUID> items = new ArrayList<>();
        for (int i = 0; i < itemTexts.length; i++) {
            UUID item = UUID.randomUUID();
            String text = itemTexts[i];
            boolean yesNo = text.endsWith("?");
            jdbc.sql("""
                    INSERT INTO checklist_item (id, checklist_id, position, yes_no, text, easy_text)
                    VALUES (:id, :checklist, :position, :yesNo, :text, :easy)""")
                    .param("id", item).param("checklist", id).param("position", i + 1).param("yesNo", yesNo)
                    .param("text", yesNo ? text.substring(0, text.length() - 1) : text).param("easy", text)
                    .update();
            items.add(item);
        }
        return new Checklist(id, placementId, title, items);
    }

    /**
     * An assessment of the participant on the checklist: role SUPERVISOR, COORDINATOR or SELF; levels in item order
     * (null: item not rated); signed or left as a draft.
     */
    public static UUID assess(JdbcClient jdbc, Checklist checklist, UUID participantId, String role, UUID assessorId,
            String assessorName, LocalDate on, boolean signed, Integer... levels) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment (id, checklist_id, participant_id, assessor_role, assessor_id, assessor_name,
                    assessed_on, status)
                VALUES (:id, :checklist, :participant, :role, :assessor, :name, :on, 'DRAFT')""")
                .param("id", id).param("checklist", checklist.id()).param("participant", participantId)
                .param("role", role).param("assessor", assessorId).param("name", assessorName).param("on", on)
                .update();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == null) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO assessment_rating (assessment_id, checklist_item_id, level)
                    VALUES (:assessment, :item, :level)""")
                    .param("assessment", id).param("item", checklist.items().get(i)).param("level", levels[i])
                    .update();
        }
        if (signed) {
            jdbc.sql("UPDATE assessment SET status = 'SIGNED', signed_at = now() WHERE id = :id").param("id", id).update();
        }
        return id;
    }
}
