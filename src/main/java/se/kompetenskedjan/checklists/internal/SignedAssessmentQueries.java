package se.kompetenskedjan.checklists.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.checklists.SignedAssessments;

@Service
@Transactional(readOnly = true)
class SignedAssessmentQueries implements SignedAssessments {

    private static final String STAFF_SIGNED = "a.status = 'SIGNED' AND a.assessor_role IN ('SUPERVISOR', 'COORDINATOR')";

    private final JdbcClient jdbc;

    SignedAssessmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public History history(UUID participantId) {
        List<Assessment> assessments = jdbc.sql("""
                SELECT a.id, a.checklist_id, a.assessed_on, a.signed_at, a.assessor_role AS role, a.assessor_name
                  FROM assessment a
                 WHERE a.participant_id = :participant AND a.status = 'SIGNED'
                 ORDER BY a.assessed_on, a.signed_at
                 LIMIT 2000
                """).param("participant", participantId)
                .query((rs, n) -> new Assessment(rs.getObject("id", UUID.class),
                        rs.getObject("checklist_id", UUID.class), rs.getObject("assessed_on", LocalDate.class),
                        instant(rs.getTimestamp("signed_at")), rs.getString("role"), rs.getString("assessor_name")))
                .list();
        if (assessments.isEmpty()) {
            return new History(assessments, List.of(), List.of());
        }
        UUID[] checklists = assessments.stream().map(Assessment::checklistId).distinct().toArray(UUID[]::new);
        List<Item> items = jdbc.sql("""
                SELECT i.id, i.checklist_id, c.title AS checklist_title, i.position, i.item_key, i.text, i.yes_no,
                       i.removed_at IS NOT NULL AS removed
                  FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id
                 WHERE i.checklist_id = ANY(:checklists)
                """).param("checklists", checklists)
                .query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getObject("checklist_id", UUID.class),
                        rs.getString("checklist_title"), rs.getInt("position"), rs.getObject("item_key", UUID.class),
                        rs.getString("text"), rs.getBoolean("yes_no"), rs.getBoolean("removed")))
                .list();
        List<Rating> ratings = jdbc.sql("""
                SELECT r.assessment_id, r.checklist_item_id, r.level FROM assessment_rating r
                 WHERE r.assessment_id = ANY(:assessments)
                """).param("assessments", assessments.stream().map(Assessment::id).toArray(UUID[]::new))
                .query((rs, n) -> new Rating(rs.getObject("assessment_id", UUID.class),
                        rs.getObject("checklist_item_id", UUID.class), rs.getInt("level")))
                .list();
        return new History(assessments, items, ratings);
    }

    @Override
    public boolean checklistExists(UUID checklistId) {
        return jdbc.sql("SELECT exists (SELECT 1 FROM checklist WHERE id = :id)").param("id", checklistId)
                .query(Boolean.class).single();
    }

    @Override
    public boolean templateExists(UUID templateId) {
        return jdbc.sql("SELECT exists (SELECT 1 FROM checklist_template WHERE id = :id)").param("id", templateId)
                .query(Boolean.class).single();
    }

    @Override
    public List<Template> templates(int limit) {
        return jdbc.sql("SELECT id, title FROM checklist_template ORDER BY title, id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Template(rs.getObject("id", UUID.class), rs.getString("title"))).list();
    }

    @Override
    public List<UUID> placesWithChecklists(int limit) {
        return jdbc.sql("SELECT DISTINCT placement_id FROM checklist LIMIT :limit").param("limit", limit)
                .query(UUID.class).list();
    }

    @Override
    public java.util.Optional<UUID> placeOfChecklist(UUID checklistId) {
        return jdbc.sql("SELECT placement_id FROM checklist WHERE id = :id").param("id", checklistId)
                .query(UUID.class).optional();
    }

    @Override
    public List<LatestRating> latestRatings(UUID participantId, UUID placementId, UUID checklistId) {
        return jdbc.sql("""
                SELECT DISTINCT ON (r.checklist_item_id) r.checklist_item_id, c.id, c.title, i.text, i.yes_no, r.level,
                       a.assessed_on, i.position
                FROM assessment a
                JOIN checklist c ON c.id = a.checklist_id
                JOIN assessment_rating r ON r.assessment_id = a.id
                JOIN checklist_item i ON i.id = r.checklist_item_id
                WHERE a.participant_id = :participant AND\s""" + STAFF_SIGNED + """
                  AND i.removed_at IS NULL AND c.placement_id = :placement
                  AND (CAST(:checklist AS uuid) IS NULL OR c.id = :checklist)
                ORDER BY r.checklist_item_id, a.assessed_on DESC, a.signed_at DESC
                LIMIT 500""")
                .param("participant", participantId).param("placement", placementId).param("checklist", checklistId)
                .query((rs, n) -> new LatestRating(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6),
                        rs.getObject(7, LocalDate.class), rs.getInt(8)))
                .list();
    }

    @Override
    public CountedSummary countedSummary(UUID participantId, UUID placementId, UUID checklistId) {
        return jdbc.sql("""
                SELECT min(a.assessed_on) AS period_from, max(a.assessed_on) AS period_to,
                       array_agg(DISTINCT a.assessor_name ORDER BY a.assessor_name) AS assessors,
                       array_agg(DISTINCT c.title ORDER BY c.title) AS titles
                FROM assessment a JOIN checklist c ON c.id = a.checklist_id
                WHERE a.participant_id = :participant AND\s""" + STAFF_SIGNED + """
                  AND c.placement_id = :placement AND (CAST(:checklist AS uuid) IS NULL OR c.id = :checklist)""")
                .param("participant", participantId).param("placement", placementId).param("checklist", checklistId)
                .query((rs, n) -> new CountedSummary(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        strings(rs.getArray(3)), strings(rs.getArray(4))))
                .single();
    }

    @Override
    public List<AssessedChecklist> assessedChecklists(UUID participantId, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.title, c.placement_id, count(*) FROM assessment a
                JOIN checklist c ON c.id = a.checklist_id
                WHERE a.participant_id = :participant AND\s""" + STAFF_SIGNED + """
                \sGROUP BY c.id, c.title, c.placement_id
                ORDER BY c.title, c.id LIMIT :limit""")
                .param("participant", participantId).param("limit", limit)
                .query((rs, n) -> new AssessedChecklist(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getInt(4)))
                .list();
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values;
    }

    /** The filter as SQL over assessment a (checklist c joined only when a filter needs it). */
    private record Query(String from, String where, Map<String, Object> params) {
    }

    private static Query query(CohortFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(STAFF_SIGNED);
        boolean checklist = false;
        if (filter.placementIds() != null) {
            where.append(" AND c.placement_id = ANY(:places)");
            params.put("places", filter.placementIds().toArray(UUID[]::new));
            checklist = true;
        }
        if (filter.checklistId() != null) {
            where.append(" AND a.checklist_id = :checklist");
            params.put("checklist", filter.checklistId());
        }
        if (filter.templateId() != null) {
            where.append(" AND c.template_id = :template");
            params.put("template", filter.templateId());
            checklist = true;
        }
        if (filter.participantIds() != null) {
            where.append(" AND a.participant_id = ANY(:among)");
            params.put("among", filter.participantIds().toArray(UUID[]::new));
        }
        return new Query("assessment a" + (checklist ? " JOIN checklist c ON c.id = a.checklist_id" : ""),
                where.toString(), params);
    }

    @Override
    public List<Candidate> candidates(CohortFilter filter, int limit) {
        Query query = query(filter);
        return jdbc.sql("SELECT a.participant_id, max(a.assessed_on) AS last_on FROM " + query.from()
                + " WHERE " + query.where() + """
                \s GROUP BY a.participant_id
                 ORDER BY last_on DESC, a.participant_id
                 LIMIT :limit
                """).params(query.params()).param("limit", limit)
                .query((rs, n) -> new Candidate(rs.getObject("participant_id", UUID.class),
                        rs.getObject("last_on", LocalDate.class))).list();
    }

    @Override
    public List<CohortRating> ratings(CohortFilter filter, Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        Query query = query(filter);
        return jdbc.sql("""
                SELECT a.participant_id, a.id AS assessment_id, a.assessed_on, a.signed_at, i.id AS item_id,
                       i.item_key, i.position, i.text, i.yes_no, i.removed_at IS NOT NULL AS removed, r.level
                  FROM\s""" + query.from() + """
                \s JOIN assessment_rating r ON r.assessment_id = a.id
                  JOIN checklist_item i ON i.id = r.checklist_item_id
                 WHERE a.participant_id = ANY(:ids) AND\s""" + query.where())
                .params(query.params()).param("ids", participantIds.toArray(UUID[]::new))
                .query((rs, n) -> new CohortRating(rs.getObject("participant_id", UUID.class),
                        rs.getObject("assessment_id", UUID.class), rs.getObject("assessed_on", LocalDate.class),
                        instant(rs.getTimestamp("signed_at")), rs.getObject("item_id", UUID.class),
                        rs.getObject("item_key", UUID.class), rs.getInt("position"), rs.getString("text"),
                        rs.getBoolean("yes_no"), rs.getBoolean("removed"), rs.getInt("level")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
