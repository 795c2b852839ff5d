package se.kompetenskedjan.indicators.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of the journey read model for a scope (one organisation, or all when {@code organisation} is null), each
 * grouped by a row code and the five attributes at entry, in one indexed query per population.
 */
@Component
class JourneyCounts {

    private static final String ATTRIBUTES = "j.gender, j.age_band, j.referral_source, j.swedish_level, j.entry_status";

    /** One group: its row code, its attributes in {@link Breakdown} order, and how many. */
    record Group(String row, String[] attributes, long count) {
    }

    /** Days on a step of the stays in one row and gender (null: every gender). */
    record Days(String row, String gender, long stays, double lowerQuartile, double median, double upperQuartile) {
    }

    private final JdbcClient jdbc;

    JourneyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ladders of the journeys in scope. */
    List<UUID> ladders(UUID organisation) {
        return jdbc.sql("SELECT DISTINCT ladder_id FROM indicators_journey j WHERE " + scope("j", organisation))
                .param("org", organisation).query(UUID.class).list();
    }

    /** Stays that cover the day {@code on} (entered on or before it, not left on or before it), by step. */
    List<Group> onStep(UUID organisation, LocalDate on) {
        return groups("""
                SELECT s.step_id::text AS grp, %s, count(*) AS n
                FROM indicators_stay s JOIN indicators_journey j ON j.journey_id = s.journey_id
                WHERE %s AND s.entered_on <= :on AND (s.left_on IS NULL OR s.left_on > :on)
                GROUP BY 1, 2, 3, 4, 5, 6""".formatted(ATTRIBUTES, scope("s", organisation)),
                Map.of("on", on), organisation);
    }

    /** Journeys enrolled in the period: NEW, or RETURNING when an earlier journey of the participant had ended. */
    List<Group> inflow(UUID organisation, LocalDate from, LocalDate to) {
        return groups("""
                SELECT CASE WHEN j.returner THEN 'RETURNING' ELSE 'NEW' END AS grp, %s, count(*) AS n
                FROM indicators_journey j
                WHERE %s AND j.enrolled_on BETWEEN :from AND :to
                GROUP BY 1, 2, 3, 4, 5, 6""".formatted(ATTRIBUTES, scope("j", organisation)),
                Map.of("from", from, "to", to), organisation);
    }

    /** Stays left in the period: "step>next step" or "step>COMPLETED" / "step>ENDED_EARLY". */
    List<Group> transitions(UUID organisation, LocalDate from, LocalDate to) {
        return groups("""
                SELECT s.step_id::text || '>' || COALESCE(s.left_to::text, s.left_by) AS grp, %s, count(*) AS n
                FROM indicators_stay s JOIN indicators_journey j ON j.journey_id = s.journey_id
                WHERE %s AND s.left_on BETWEEN :from AND :to
                GROUP BY 1, 2, 3, 4, 5, 6""".formatted(ATTRIBUTES, scope("s", organisation)),
                Map.of("from", from, "to", to), organisation);
    }

    /** Journeys ended early in the period, by the dropout reason. */
    List<Group> endedEarly(UUID organisation, LocalDate from, LocalDate to) {
        return groups("""
                SELECT COALESCE(j.dropout_reason, 'OTHER') AS grp, %s, count(*) AS n
                FROM indicators_journey j
                WHERE %s AND j.ended_on BETWEEN :from AND :to AND NOT j.completed
                GROUP BY 1, 2, 3, 4, 5, 6""".formatted(ATTRIBUTES, scope("j", organisation)),
                Map.of("from", from, "to", to), organisation);
    }

    /** Journeys ended in the period, by the outcome recorded for them (NONE while none is). */
    List<Group> outcomes(UUID organisation, LocalDate from, LocalDate to) {
        return groups("""
                SELECT COALESCE(j.outcome, 'NONE') AS grp, %s, count(*) AS n
                FROM indicators_journey j
                WHERE %s AND j.ended_on BETWEEN :from AND :to
                GROUP BY 1, 2, 3, 4, 5, 6""".formatted(ATTRIBUTES, scope("j", organisation)),
                Map.of("from", from, "to", to), organisation);
    }

    /**
     * Days on the step (left minus entered) of the stays left in the period, per row code (the step ids mapped to
     * rows in {@code rowOfStep}) and gender, and per row for every gender: count, quartiles and median.
     */
    List<Days> daysOnStep(UUID organisation, LocalDate from, LocalDate to, Map<UUID, String> rowOfStep) {
        String rows = rowOfStep.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        return jdbc.sql("""
                SELECT d.grp, d.gender, count(*) AS n,
                       percentile_cont(0.25) WITHIN GROUP (ORDER BY d.days) AS q1,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days) AS q2,
                       percentile_cont(0.75) WITHIN GROUP (ORDER BY d.days) AS q3
                FROM (SELECT COALESCE(r.value, 'UNKNOWN') AS grp, j.gender, s.left_on - s.entered_on AS days
                      FROM indicators_stay s JOIN indicators_journey j ON j.journey_id = s.journey_id
                      LEFT JOIN jsonb_each_text(CAST(:rows AS jsonb)) r ON r.key = s.step_id::text
                      WHERE %s AND s.left_on BETWEEN :from AND :to) d
                GROUP BY GROUPING SETS ((d.grp, d.gender), (d.grp))""".formatted(scope("s", organisation)))
                .param("org", organisation).param("from", from).param("to", to).param("rows", rows)
                .query((rs, n) -> new Days(rs.getString("grp"), rs.getString("gender"), rs.getLong("n"),
                        rs.getDouble("q1"), rs.getDouble("q2"), rs.getDouble("q3")))
                .list();
    }

    private List<Group> groups(String sql, Map<String, Object> params, UUID organisation) {
        var spec = jdbc.sql(sql).param("org", organisation);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new Group(rs.getString("grp"), new String[] {rs.getString("gender"),
                rs.getString("age_band"), rs.getString("referral_source"), rs.getString("swedish_level"),
                rs.getString("entry_status")}, rs.getLong("n"))).list();
    }

    /** The scope as SQL on the alias's organisation column: one organisation, or every one. */
    private static String scope(String alias, UUID organisation) {
        return organisation == null ? "TRUE" : alias + ".organisation_id = :org";
    }
}
