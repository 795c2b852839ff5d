package se.kompetenskedjan.checklists.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorDefinition.Kind;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The checklists module's indicator (issue 15, item 1; decision 97): staff assessments (validations) signed in the
 * period, per participant, for the organisation that validated, i.e. the signer's (asked of identity). Self-assessments
 * are no validation and are not counted.
 */
@Component
class AssessmentIndicators implements IndicatorSource {

    static final String SIGNED = "validations.assessmentsSigned";

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(new IndicatorDefinition(SIGNED,
            "Signerade valideringar",
            "Bedömningar mot en checklista som en handledare eller koordinator signerade under perioden (dagen för "
                    + "signeringen), per deltagare, räknade för den organisation som validerade: den där den som "
                    + "signerade arbetar. Deltagarens självskattningar räknas inte.",
            Kind.FLOW_IN_PERIOD));

    private final JdbcClient jdbc;
    private final IdentityDirectory identity;

    AssessmentIndicators(JdbcClient jdbc, IdentityDirectory identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    private record Signed(UUID signer, UUID participant, long count) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorCount> counts(IndicatorQuery query) {
        if (query.organisationIds().isEmpty()) {
            return List.of();
        }
        String onlySome = query.participantIds() == null ? "" : " AND participant_id = ANY(:participants)";
        var sql = jdbc.sql("""
                SELECT assessor_id, participant_id, count(*) AS signed FROM assessment
                 WHERE status = 'SIGNED' AND assessor_role IN ('SUPERVISOR','COORDINATOR')
                   AND signed_at >= :start AND signed_at < :end %s
                 GROUP BY assessor_id, participant_id""".formatted(onlySome))
                .param("start", Timestamp.from(query.from().atStartOfDay(SwedishTime.SWEDEN).toInstant()))
                .param("end", Timestamp.from(query.to().plusDays(1).atStartOfDay(SwedishTime.SWEDEN).toInstant()));
        if (query.participantIds() != null) {
            sql = sql.param("participants", query.participantIds().toArray(UUID[]::new));
        }
        List<Signed> signed = sql.query((rs, n) -> new Signed(rs.getObject("assessor_id", UUID.class),
                rs.getObject("participant_id", UUID.class), rs.getLong("signed"))).list();
        Map<UUID, UUID> organisations = identity.organisationsOfUsers(signed.stream().map(Signed::signer).toList());
        Map<List<UUID>, Long> perOrganisationAndParticipant = new HashMap<>();
        for (Signed row : signed) {
            UUID organisation = organisations.get(row.signer());
            if (organisation != null && query.organisationIds().contains(organisation)) {
                perOrganisationAndParticipant.merge(List.of(organisation, row.participant()), row.count(), Long::sum);
            }
        }
        List<IndicatorCount> counts = new ArrayList<>();
        perOrganisationAndParticipant.forEach((key, count) -> counts.add(new IndicatorCount(SIGNED, key.get(0),
                key.get(1), count)));
        return counts;
    }
}
