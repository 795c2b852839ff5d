package se.kompetenskedjan.certificates.internal;

import java.sql.Timestamp;
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
 * The certificates module's indicators (issue 15, item 1; decision 97): certificates issued, and revoked, in the
 * period, per participant and issuing organisation (the one whose key signed the certificate).
 */
@Component
class CertificateIndicators implements IndicatorSource {

    static final String ISSUED = "certificates.issued";
    static final String REVOKED = "certificates.revoked";

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(ISSUED, "Utfärdade intyg",
                    "Valideringsintyg som utfärdades under perioden (dagen för utfärdandet), per deltagare, räknade "
                            + "för den utfärdande organisationen. Ett intyg som senare återkallats räknas ändå.",
                    Kind.FLOW_IN_PERIOD),
            new IndicatorDefinition(REVOKED, "Återkallade intyg",
                    "Valideringsintyg som den utfärdande organisationen återkallade under perioden (dagen för "
                            + "återkallelsen), per deltagare, oavsett när intyget utfärdades.",
                    Kind.FLOW_IN_PERIOD));

    private final JdbcClient jdbc;

    CertificateIndicators(JdbcClient jdbc) {
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
        List<IndicatorCount> counts = new ArrayList<>();
        count(ISSUED, "issued_at", query, counts);
        count(REVOKED, "revoked_at", query, counts);
        return counts;
    }

    /** {@code column} is one of this class's two constants, never input. */
    private void count(String indicator, String column, IndicatorQuery query, List<IndicatorCount> counts) {
        String onlySome = query.participantIds() == null ? "" : " AND participant_id = ANY(:participants)";
        var sql = jdbc.sql("""
                SELECT organisation_id, participant_id, count(*) AS n FROM certificate
                 WHERE organisation_id = ANY(:orgs) AND %1$s >= :start AND %1$s < :end""".formatted(column)
                        + onlySome + " GROUP BY organisation_id, participant_id")
                .param("orgs", query.organisationIds().toArray(UUID[]::new))
                .param("start", Timestamp.from(query.from().atStartOfDay(SwedishTime.SWEDEN).toInstant()))
                .param("end", Timestamp.from(query.to().plusDays(1).atStartOfDay(SwedishTime.SWEDEN).toInstant()));
        if (query.participantIds() != null) {
            sql = sql.param("participants", query.participantIds().toArray(UUID[]::new));
        }
        sql.query((rs, n) -> counts.add(new IndicatorCount(indicator, rs.getObject("organisation_id", UUID.class),
                rs.getObject("participant_id", UUID.class), rs.getLong("n")))).list();
    }
}
