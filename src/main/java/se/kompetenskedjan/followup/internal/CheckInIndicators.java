package se.kompetenskedjan.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.followup.CheckInAudience;
import se.kompetenskedjan.followup.CheckInPeriod;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorDefinition.Kind;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Follow-up's indicators (issue 15, item 1; decision 97): per participant, the check-in periods due that ended in
 * the query's period, and those of them answered on time, i.e. answered on or before the period's last day. A period
 * is due and answered by the rule of the caseload's missed periods ({@link FollowUpSchedule}): the participant's own
 * check-in, or a supervisor's while a supervision ran. Counted for the participant's organisation now. The rule needs
 * each participant's journeys, so participants are read a thousand at a time; only those whose journeys may have
 * made a period due are read.
 */
@Component
class CheckInIndicators implements IndicatorSource {

    static final String DUE = "checkins.due";
    static final String ON_TIME = "checkins.onTime";

    private static final int AT_ONCE = 1_000;
    /** The longest follow-up after a job (followup_rhythm.weeks_after_job), in days. */
    private static final int LONGEST_AFTER_JOB_DAYS = 104 * 7;

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(DUE, "Avstämningar som skulle göras",
                    "Avstämningsperioder (vecka, varannan vecka eller månad enligt stegets uppföljningsregel) som "
                            + "deltagaren skulle stämma av och vars sista dag ligger inom perioden och före i dag. "
                            + "Räknas per deltagare för deltagarens organisation.",
                    Kind.FLOW_IN_PERIOD),
            new IndicatorDefinition(ON_TIME, "Avstämningar gjorda i tid",
                    "De avstämningsperioder som skulle göras inom perioden och där deltagaren, eller en handledare "
                            + "under en pågående handledning, svarade senast periodens sista dag.",
                    Kind.FLOW_IN_PERIOD));

    private final JdbcClient jdbc;
    private final CheckInService checkIns;
    private final ParticipantRegister register;
    private final Clock clock;

    CheckInIndicators(JdbcClient jdbc, CheckInService checkIns, ParticipantRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.checkIns = checkIns;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorCount> counts(IndicatorQuery query) {
        LocalDate today = SwedishTime.today(clock);
        LocalDate last = query.to().isBefore(today) ? query.to() : today.minusDays(1);
        if (query.organisationIds().isEmpty() || last.isBefore(query.from())) {
            return List.of();
        }
        List<UUID> candidates = candidates(query, last);
        List<IndicatorCount> counts = new ArrayList<>();
        for (int at = 0; at < candidates.size(); at += AT_ONCE) {
            Map<UUID, UUID> organisations = new HashMap<>();
            register.organisationsOf(candidates.subList(at, Math.min(candidates.size(), at + AT_ONCE)))
                    .forEach((participant, organisation) -> {
                        if (query.organisationIds().contains(organisation)) {
                            organisations.put(participant, organisation);
                        }
                    });
            if (!organisations.isEmpty()) {
                count(organisations, query.from(), last, today, counts);
            }
        }
        return counts;
    }

    /** Participants with a journey begun by the last day and not ended before a period that may count. */
    private List<UUID> candidates(IndicatorQuery query, LocalDate last) {
        String onlySome = query.participantIds() == null ? "" : " WHERE participant_id = ANY(:participants)";
        var sql = jdbc.sql("""
                SELECT participant_id
                  FROM (SELECT participant_id, journey_id, min(occurred_on) AS first_on,
                               max(occurred_on) FILTER (WHERE type = 'ENDED') AS ended_on
                          FROM followup_journey_event %s
                         GROUP BY participant_id, journey_id) journeys
                 WHERE first_on <= :last AND (ended_on IS NULL OR ended_on >= :since)
                 GROUP BY participant_id ORDER BY participant_id""".formatted(onlySome))
                .param("last", last).param("since", query.from().minusDays(LONGEST_AFTER_JOB_DAYS));
        if (query.participantIds() != null) {
            sql = sql.param("participants", query.participantIds().toArray(UUID[]::new));
        }
        return sql.query(UUID.class).list();
    }

    private record Answered(CheckInAudience audience, LocalDate start, LocalDate end, LocalDate on) {
    }

    private void count(Map<UUID, UUID> organisations, LocalDate from, LocalDate last, LocalDate today,
            List<IndicatorCount> counts) {
        UUID[] ids = organisations.keySet().toArray(UUID[]::new);
        Map<UUID, List<FollowUpSchedule.Span>> spans = checkIns.spans(organisations.keySet());
        Map<UUID, List<Answered>> answered = new HashMap<>();
        // A month is the longest period, so a check-in for a period ending in the query's period began at most a
        // month before it.
        jdbc.sql("""
                SELECT participant_id, audience, period_start, period_end, answered_at FROM followup_checkin
                 WHERE participant_id = ANY(:ids) AND period_end >= :since AND period_start <= :last""")
                .param("ids", ids).param("since", from.minusMonths(1)).param("last", last)
                .query((rs, n) -> answered.computeIfAbsent(rs.getObject("participant_id", UUID.class),
                        k -> new ArrayList<>()).add(new Answered(CheckInAudience.valueOf(rs.getString("audience")),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        LocalDate.ofInstant(rs.getTimestamp("answered_at").toInstant(), SwedishTime.SWEDEN))))
                .list();
        Map<UUID, List<FollowUpSchedule.Supervised>> supervised = new HashMap<>();
        jdbc.sql("SELECT participant_id, starts_on, ends_on FROM followup_supervision WHERE participant_id = ANY(:ids)")
                .param("ids", ids).query((rs, n) -> supervised.computeIfAbsent(rs.getObject("participant_id",
                        UUID.class), k -> new ArrayList<>()).add(new FollowUpSchedule.Supervised(
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class))))
                .list();
        organisations.forEach((participant, organisation) -> {
            List<CheckInPeriod> due = FollowUpSchedule.due(spans.getOrDefault(participant, List.of()), today).stream()
                    .filter(p -> !p.end().isBefore(from) && !p.end().isAfter(last)).toList();
            if (due.isEmpty()) {
                return;
            }
            long onTime = due.stream().filter(p -> onTime(p, answered.getOrDefault(participant, List.of()),
                    supervised.getOrDefault(participant, List.of()))).count();
            counts.add(new IndicatorCount(DUE, organisation, participant, due.size()));
            if (onTime > 0) {
                counts.add(new IndicatorCount(ON_TIME, organisation, participant, onTime));
            }
        });
    }

    private static boolean onTime(CheckInPeriod period, List<Answered> answered,
            List<FollowUpSchedule.Supervised> supervisions) {
        boolean supervisedThen = supervisions.stream().anyMatch(s -> period.overlaps(s.from(),
                s.until() == null ? LocalDate.MAX : s.until()));
        return answered.stream().anyMatch(a -> period.overlaps(a.start(), a.end()) && !a.on().isAfter(period.end())
                && (a.audience() == CheckInAudience.PARTICIPANT || supervisedThen));
    }
}
