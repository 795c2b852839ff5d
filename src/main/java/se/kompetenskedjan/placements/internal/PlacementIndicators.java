package se.kompetenskedjan.placements.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorDefinition.Kind;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The placements module's indicators (issue 15, item 1; decision 97): places offered, their seats and the seats
 * taken on a day, places opened in a period (from the seat history and the proposals' dates), and trained
 * supervisors. Each per organisation of the place's unit or the supervisor's; seats taken also per participant.
 * Places and supervisors are about no participant, so a query's participants limit only the seats taken.
 */
@Component
class PlacementIndicators implements IndicatorSource {

    static final String OFFERED = "places.offered";
    static final String SEATS = "places.seats";
    static final String FILLED = "places.filled";
    static final String OPENED = "places.opened";
    static final String TRAINED = "supervisors.trained";
    static final String TRAINED_IN_PERIOD = "supervisors.trainedInPeriod";

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(OFFERED, "Platser som erbjuds",
                    "Platser i platsbanken som är öppna för ansökan eller fullsatta vid dagens slut på det valda "
                            + "datumet (inte utkast, pausade eller stängda), räknade för platsens enhets "
                            + "organisation. Platsens status läses ur platsens historik, inte ur dess nuvarande värde.",
                    Kind.STOCK_ON_DATE),
            new IndicatorDefinition(SEATS, "Platser (antal platser)",
                    "Summan av antalet platser hos de platser som erbjuds på det valda datumet, med det antal som "
                            + "gällde den dagen enligt platsens historik.",
                    Kind.STOCK_ON_DATE),
            new IndicatorDefinition(FILLED, "Tillsatta platser",
                    "Platser som deltagare har på det valda datumet: från dagen arbetsgivaren accepterade förslaget "
                            + "till och med praktikens sista dag, eller till dagen före förslaget drogs tillbaka. "
                            + "Räknas per deltagare för platsens organisation.",
                    Kind.STOCK_ON_DATE),
            new IndicatorDefinition(OPENED, "Öppnade platser",
                    "Platser som öppnades för ansökan för första gången under perioden (dagen platsen först fick "
                            + "status öppen), räknade för platsens organisation.",
                    Kind.FLOW_IN_PERIOD),
            new IndicatorDefinition(TRAINED, "Utbildade handledare",
                    "Handledare i organisationens handledarinventering vars handledarutbildning är daterad på eller "
                            + "före det valda datumet.",
                    Kind.STOCK_ON_DATE),
            new IndicatorDefinition(TRAINED_IN_PERIOD, "Handledare utbildade under perioden",
                    "Handledare i organisationens handledarinventering vars handledarutbildning är daterad inom "
                            + "perioden (första och sista dagen medräknade).",
                    Kind.FLOW_IN_PERIOD));

    private final JdbcClient jdbc;

    PlacementIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorCount> counts(IndicatorQuery query) {
        if (query.organisationIds().isEmpty()) {
            return List.of();
        }
        UUID[] organisations = query.organisationIds().toArray(UUID[]::new);
        List<IndicatorCount> counts = new ArrayList<>();
        offeredAndSeats(organisations, query.on(), counts);
        filled(organisations, query, counts);
        opened(organisations, query, counts);
        trained(organisations, query, counts);
        return counts;
    }

    /** The last history row of each place on or before the day, then those open or full. */
    private void offeredAndSeats(UUID[] organisations, LocalDate on, List<IndicatorCount> counts) {
        jdbc.sql("""
                SELECT organisation_id, count(*) AS places, sum(seats) AS seats
                  FROM (SELECT DISTINCT ON (h.placement_id) h.organisation_id, h.seats, h.status
                          FROM placement_seats_history h
                         WHERE h.organisation_id = ANY(:orgs) AND h.valid_from <= :on
                         ORDER BY h.placement_id, h.valid_from DESC, h.id DESC) state
                 WHERE status IN ('OPEN','FULL')
                 GROUP BY organisation_id""")
                .param("orgs", organisations).param("on", on)
                .query((rs, n) -> {
                    UUID organisation = rs.getObject("organisation_id", UUID.class);
                    counts.add(new IndicatorCount(OFFERED, organisation, null, rs.getLong("places")));
                    counts.add(new IndicatorCount(SEATS, organisation, null, rs.getLong("seats")));
                    return n;
                }).list();
    }

    /**
     * A proposal holds its seat from the Swedish day it was accepted; a withdrawn one until the day before it was
     * withdrawn, an ended one through its last day (the date the parties gave, not the day it was recorded).
     */
    private void filled(UUID[] organisations, IndicatorQuery query, List<IndicatorCount> counts) {
        Timestamp endOfDay = Timestamp.from(query.on().plusDays(1).atStartOfDay(SwedishTime.SWEDEN).toInstant());
        String onlySome = query.participantIds() == null ? "" : " AND pr.participant_id = ANY(:participants)";
        var sql = jdbc.sql("""
                SELECT p.organisation_id, pr.participant_id, count(*) AS seats
                  FROM placement p
                  JOIN placement_proposal pr ON pr.placement_id = p.id
                 WHERE p.organisation_id = ANY(:orgs)
                   AND pr.status IN ('ACCEPTED','AGREED','ACTIVE','WITHDRAWN','COMPLETED','ENDED_EARLY')
                   AND EXISTS (SELECT 1 FROM placement_proposal_event e
                                WHERE e.proposal_id = pr.id AND e.status = 'ACCEPTED' AND e.occurred_at < :endOfDay)
                   AND (pr.status <> 'WITHDRAWN' OR EXISTS (SELECT 1 FROM placement_proposal_event w
                                WHERE w.proposal_id = pr.id AND w.status = 'WITHDRAWN' AND w.occurred_at >= :endOfDay))
                   AND (pr.status NOT IN ('COMPLETED','ENDED_EARLY') OR pr.ends_on >= :on) %s
                 GROUP BY p.organisation_id, pr.participant_id""".formatted(onlySome))
                .param("orgs", organisations).param("on", query.on()).param("endOfDay", endOfDay);
        if (query.participantIds() != null) {
            sql = sql.param("participants", query.participantIds().toArray(UUID[]::new));
        }
        sql.query((rs, n) -> counts.add(new IndicatorCount(FILLED, rs.getObject("organisation_id", UUID.class),
                        rs.getObject("participant_id", UUID.class), rs.getLong("seats")))).list();
    }

    private void opened(UUID[] organisations, IndicatorQuery query, List<IndicatorCount> counts) {
        jdbc.sql("""
                SELECT organisation_id, count(*) AS places
                  FROM (SELECT h.organisation_id, min(h.valid_from) AS opened_on
                          FROM placement_seats_history h
                         WHERE h.organisation_id = ANY(:orgs) AND h.status IN ('OPEN','FULL')
                         GROUP BY h.organisation_id, h.placement_id) first_opened
                 WHERE opened_on BETWEEN :from AND :to
                 GROUP BY organisation_id""")
                .param("orgs", organisations).param("from", query.from()).param("to", query.to())
                .query((rs, n) -> counts.add(new IndicatorCount(OPENED, rs.getObject("organisation_id", UUID.class),
                        null, rs.getLong("places")))).list();
    }

    private void trained(UUID[] organisations, IndicatorQuery query, List<IndicatorCount> counts) {
        jdbc.sql("""
                SELECT organisation_id,
                       count(*) FILTER (WHERE supervisor_training_on <= :on) AS trained,
                       count(*) FILTER (WHERE supervisor_training_on BETWEEN :from AND :to) AS in_period
                  FROM supervisor
                 WHERE organisation_id = ANY(:orgs) AND supervisor_training_on IS NOT NULL
                   AND supervisor_training_on <= GREATEST(CAST(:on AS date), CAST(:to AS date))
                 GROUP BY organisation_id""")
                .param("orgs", organisations).param("on", query.on()).param("from", query.from())
                .param("to", query.to())
                .query((rs, n) -> {
                    UUID organisation = rs.getObject("organisation_id", UUID.class);
                    if (rs.getLong("trained") > 0) {
                        counts.add(new IndicatorCount(TRAINED, organisation, null, rs.getLong("trained")));
                    }
                    if (rs.getLong("in_period") > 0) {
                        counts.add(new IndicatorCount(TRAINED_IN_PERIOD, organisation, null, rs.getLong("in_period")));
                    }
                    return n;
                }).list();
    }
}
