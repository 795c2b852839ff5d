package se.kompetenskedjan.certificates.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.certificates.CertifiableChecklist;

/**
 * Reads what a certificate will certify from the checklists and assessments: the items of the participant's signed
 * supervisor and coordinator assessments (self-assessments do not count), each with its latest signed level.
 */
@Component
class ContentQuery {

    private static final String COUNTED = "a.status = 'SIGNED' AND a.assessor_role IN ('SUPERVISOR','COORDINATOR')";

    private final JdbcClient jdbc;

    ContentQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Scope(UUID placementId, UUID checklistId) {
    }

    record Placement(UUID id, String title, UUID organisationId, String unitName, String organisationName) {
    }

    /** The placement of a checklist, or the placement itself; empty when the id points at nothing. */
    Optional<UUID> placementOfChecklist(UUID checklistId) {
        return jdbc.sql("SELECT placement_id FROM checklist WHERE id = :id").param("id", checklistId)
                .query(UUID.class).optional();
    }

    Optional<Placement> placement(UUID placementId) {
        return jdbc.sql("""
                SELECT p.id, p.title, p.organisation_id, u.name, o.name FROM placement p
                JOIN unit u ON u.id = p.unit_id JOIN organisation o ON o.id = p.organisation_id
                WHERE p.id = :id""")
                .param("id", placementId)
                .query((rs, n) -> new Placement(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** The validated items in scope (checklist title, position order); empty when nothing signed. */
    List<CertificateContent.Item> items(UUID participantId, Scope scope) {
        List<CertificateContent.Item> items = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        jdbc.sql("""
                SELECT DISTINCT ON (r.checklist_item_id) r.checklist_item_id, c.title, i.text, i.yes_no, r.level,
                       a.assessed_on, i.position, c.id
                FROM assessment a
                JOIN checklist c ON c.id = a.checklist_id
                JOIN assessment_rating r ON r.assessment_id = a.id
                JOIN checklist_item i ON i.id = r.checklist_item_id
                WHERE a.participant_id = :participant AND\s""" + COUNTED + """
                  AND i.removed_at IS NULL AND c.placement_id = :placement
                  AND (CAST(:checklist AS uuid) IS NULL OR c.id = :checklist)
                ORDER BY r.checklist_item_id, a.assessed_on DESC, a.signed_at DESC
                LIMIT 500""")
                .param("participant", participantId).param("placement", scope.placementId())
                .param("checklist", scope.checklistId())
                .query((rs, n) -> {
                    positions.add(rs.getInt(7));
                    return new CertificateContent.Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getBoolean(4), rs.getInt(5), rs.getObject(6, LocalDate.class));
                })
                .list()
                .forEach(items::add);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, String>comparing(i -> items.get(i).checklistTitle())
                .thenComparing(positions::get));
        return order.stream().map(items::get).toList();
    }

    /** First and last date, assessor names and checklist titles of the counted assessments in scope. */
    Map<String, Object> summary(UUID participantId, Scope scope) {
        return jdbc.sql("""
                SELECT min(a.assessed_on) AS period_from, max(a.assessed_on) AS period_to,
                       array_agg(DISTINCT a.assessor_name ORDER BY a.assessor_name) AS assessors,
                       array_agg(DISTINCT c.title ORDER BY c.title) AS titles
                FROM assessment a JOIN checklist c ON c.id = a.checklist_id
                WHERE a.participant_id = :participant AND\s""" + COUNTED + """
                  AND c.placement_id = :placement AND (CAST(:checklist AS uuid) IS NULL OR c.id = :checklist)""")
                .param("participant", participantId).param("placement", scope.placementId())
                .param("checklist", scope.checklistId())
                .query((rs, n) -> Map.<String, Object>of(
                        "from", Optional.ofNullable(rs.getObject(1, LocalDate.class)),
                        "to", Optional.ofNullable(rs.getObject(2, LocalDate.class)),
                        "assessors", strings(rs.getArray(3)),
                        "titles", strings(rs.getArray(4))))
                .single();
    }

    /**
     * Checklists with counted assessments of the participant (at most 100, newest placement first); onlyOrganisation:
     * only those on places of this organisation (null: all).
     */
    List<CertifiableChecklist> certifiable(UUID participantId, UUID onlyOrganisation) {
        return jdbc.sql("""
                SELECT c.id, c.title, p.id, p.title, count(*) FROM assessment a
                JOIN checklist c ON c.id = a.checklist_id JOIN placement p ON p.id = c.placement_id
                WHERE a.participant_id = :participant AND\s""" + COUNTED + """
                  AND (CAST(:onlyOrg AS uuid) IS NULL OR p.organisation_id = :onlyOrg)
                GROUP BY c.id, c.title, p.id, p.title, p.starts_on
                ORDER BY p.starts_on DESC, c.title LIMIT 100""")
                .param("participant", participantId).param("onlyOrg", onlyOrganisation)
                .query((rs, n) -> new CertifiableChecklist(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5)))
                .list();
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            if (value != null) {
                values.add(value.toString());
            }
        }
        return values;
    }
}
