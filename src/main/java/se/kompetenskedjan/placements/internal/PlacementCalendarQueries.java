package se.kompetenskedjan.placements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.placements.PlacementCalendar;
import se.kompetenskedjan.placements.PlacementType;

@Component
@Transactional(readOnly = true)
class PlacementCalendarQueries implements PlacementCalendar {

    private static final String COLUMNS = """
            SELECT pr.id, pr.placement_id, p.type, pr.participant_id,
                   COALESCE(pr.starts_on, p.starts_on) AS starts, COALESCE(pr.ends_on, p.ends_on) AS ends
            FROM placement_proposal pr JOIN placement p ON p.id = pr.placement_id""";

    private final JdbcClient jdbc;

    PlacementCalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PlacementDates> starting(Set<PlacementType> types, LocalDate from, LocalDate to) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + """
                 WHERE pr.status IN ('ACCEPTED', 'AGREED', 'ACTIVE') AND p.type IN (:types)
                   AND (pr.starts_on BETWEEN :from AND :to
                        OR (pr.starts_on IS NULL AND p.starts_on BETWEEN :from AND :to))
                ORDER BY starts, pr.id LIMIT 1000""")
                .param("types", types.stream().map(Enum::name).toList()).param("from", from).param("to", to)
                .query(PlacementCalendarQueries::row).list();
    }

    @Override
    public List<PlacementDates> endingWithoutNextStep(LocalDate from, LocalDate to) {
        return jdbc.sql(COLUMNS + """
                 WHERE pr.status = 'ACTIVE' AND pr.ends_on BETWEEN :from AND :to
                   AND NOT EXISTS (SELECT 1 FROM placement_proposal nx
                                   WHERE nx.participant_id = pr.participant_id AND nx.id <> pr.id
                                     AND nx.status IN ('ACCEPTED', 'AGREED', 'ACTIVE'))
                ORDER BY pr.ends_on, pr.id LIMIT 1000""")
                .param("from", from).param("to", to).query(PlacementCalendarQueries::row).list();
    }

    private static PlacementDates row(ResultSet rs, int n) throws SQLException {
        return new PlacementDates(PlacementRows.uuid(rs, "id"), PlacementRows.uuid(rs, "placement_id"),
                PlacementType.valueOf(rs.getString("type")), PlacementRows.uuid(rs, "participant_id"),
                PlacementRows.date(rs, "starts"), PlacementRows.date(rs, "ends"));
    }
}
