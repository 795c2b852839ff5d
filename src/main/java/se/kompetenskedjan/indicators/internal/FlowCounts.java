package se.kompetenskedjan.indicators.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model's stays of one ladder left in a period, for one organisation or (null) every one. */
@Component
class FlowCounts {

    /** Stays that left {@code step} for {@code to} (null when out) {@code by} STEP, COMPLETED or ENDED_EARLY. */
    record Left(UUID step, UUID to, String by, long count) {
    }

    private final JdbcClient jdbc;

    FlowCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ladders the journeys in scope use. */
    List<UUID> ladders(UUID organisation) {
        return jdbc.sql("SELECT DISTINCT ladder_id FROM indicators_journey j WHERE " + scope(organisation))
                .param("org", organisation).query(UUID.class).list();
    }

    boolean used(UUID organisation, UUID ladder) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicators_journey j WHERE j.ladder_id = :ladder AND "
                + scope(organisation) + ")").param("ladder", ladder).param("org", organisation)
                .query(Boolean.class).single();
    }

    List<Left> left(UUID organisation, UUID ladder, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT s.step_id, s.left_to, s.left_by, count(*) AS n
                FROM indicators_journey j JOIN indicators_stay s ON s.journey_id = j.journey_id
                WHERE j.ladder_id = :ladder AND %s AND s.left_on BETWEEN :from AND :to
                GROUP BY 1, 2, 3""".formatted(scope(organisation)))
                .param("ladder", ladder).param("org", organisation).param("from", from).param("to", to)
                .query((rs, n) -> new Left(rs.getObject("step_id", UUID.class), rs.getObject("left_to", UUID.class),
                        rs.getString("left_by"), rs.getLong("n")))
                .list();
    }

    private static String scope(UUID organisation) {
        return organisation == null ? "TRUE" : "j.organisation_id = :org";
    }
}
