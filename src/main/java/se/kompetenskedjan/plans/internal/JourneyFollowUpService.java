package se.kompetenskedjan.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.FollowUpOutcomeCommand;
import se.kompetenskedjan.plans.FollowUpOutcomeView;
import se.kompetenskedjan.plans.FollowUpPoint;
import se.kompetenskedjan.plans.JourneyCalendar;
import se.kompetenskedjan.plans.JourneyFollowUpOutcomeRecorded;
import se.kompetenskedjan.plans.JourneyFollowUps;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

/**
 * Outcomes 90 and 180 days after a journey ended (decision 100), one row per journey and point in
 * {@code journey_followup_outcome}; the points themselves are derived from {@code journey.ended_on}.
 */
@Service
@Transactional
class JourneyFollowUpService implements JourneyFollowUps, JourneyCalendar {

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JourneyFollowUpService(JdbcClient jdbc, ParticipantRegister participants, CurrentUsers currentUsers,
            IdentityDirectory identity, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<FollowUpOutcomeView> followUps(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "journey follow-ups");
        List<Ended> ended = jdbc.sql("""
                SELECT id, ladder_id, ended_on FROM journey
                 WHERE participant_id = :p AND ended_on IS NOT NULL ORDER BY ended_on DESC, id""")
                .param("p", participantId).query(Ended.class).list();
        if (ended.isEmpty()) {
            return List.of();
        }
        Map<String, Recorded> recorded = new HashMap<>();
        jdbc.sql("""
                SELECT journey_id, point, outcome, found_on, note, recorded_by FROM journey_followup_outcome
                 WHERE journey_id IN (:ids)""")
                .param("ids", ended.stream().map(Ended::id).toList()).query(Recorded.class).list()
                .forEach(r -> recorded.put(r.journeyId() + ":" + r.point(), r));
        Map<UUID, String> names = identity.displayNames(recorded.values().stream().map(Recorded::recordedBy)
                .collect(Collectors.toSet()));
        List<FollowUpOutcomeView> views = new ArrayList<>();
        for (Ended journey : ended) {
            for (FollowUpPoint point : FollowUpPoint.values()) {
                Recorded r = recorded.get(journey.id() + ":" + point);
                views.add(r == null ? new FollowUpOutcomeView(journey.id(), point, point.dueOn(journey.endedOn()),
                        null, null, null, null) : view(journey, r, names.get(r.recordedBy())));
            }
        }
        return views;
    }

    @Override
    public FollowUpOutcomeView record(UUID participantId, UUID journeyId, FollowUpOutcomeCommand command) {
        ParticipantAccess access = participants.access(participantId, AccessNeed.CHANGE,
                "journey: follow-up outcome " + command.point().days() + " days");
        Ended journey = jdbc.sql("SELECT id, ladder_id, ended_on FROM journey WHERE id = :id AND participant_id = :p")
                .param("id", journeyId).param("p", participantId).query(Ended.class).optional()
                .orElseThrow(() -> new NotFoundException("journey.notFound"));
        if (journey.endedOn() == null) {
            throw new ConflictException("followUp.notEnded");
        }
        LocalDate due = command.point().dueOn(journey.endedOn());
        if (command.on().isBefore(due)) {
            throw new InvalidFieldException("on", "followUp.on.beforeDue");
        }
        if (command.on().isAfter(SwedishTime.today(clock))) {
            throw new InvalidFieldException("on", "followUp.on.future");
        }
        UUID by = currentUsers.current().id().value();
        jdbc.sql("""
                INSERT INTO journey_followup_outcome (journey_id, point, outcome, found_on, note, recorded_by, recorded_at)
                VALUES (:journey, :point, :outcome, :on, :note, :by, :now)
                ON CONFLICT (journey_id, point) DO UPDATE SET outcome = EXCLUDED.outcome, found_on = EXCLUDED.found_on,
                    note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at""")
                .param("journey", journeyId).param("point", command.point().name())
                .param("outcome", command.outcome().name()).param("on", command.on())
                .param("note", Texts.blankToNull(command.note())).param("by", by)
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(new JourneyFollowUpOutcomeRecorded(journeyId, participantId,
                access.participantOrganisationId(), journey.ladderId(), command.point(), command.outcome(),
                journey.endedOn(), command.on()));
        return view(journey, new Recorded(journeyId, command.point(), command.outcome(), command.on(),
                Texts.blankToNull(command.note()), by), currentUsers.current().displayName());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUpDue> followUpsDue(LocalDate from, LocalDate to) {
        List<FollowUpDue> due = new ArrayList<>();
        for (FollowUpPoint point : FollowUpPoint.values()) {
            // ended_on = due day - days: a range on the indexed column (V56)
            jdbc.sql("""
                    SELECT j.id, j.participant_id, j.ended_on FROM journey j
                     WHERE j.ended_on BETWEEN :from AND :to
                       AND NOT EXISTS (SELECT 1 FROM journey_followup_outcome o
                                        WHERE o.journey_id = j.id AND o.point = :point)
                     ORDER BY j.ended_on, j.id LIMIT 1000""")
                    .param("from", from.minusDays(point.days())).param("to", to.minusDays(point.days()))
                    .param("point", point.name())
                    .query((rs, n) -> {
                        LocalDate endedOn = rs.getObject("ended_on", LocalDate.class);
                        return new FollowUpDue(rs.getObject("id", UUID.class),
                                rs.getObject("participant_id", UUID.class), point, endedOn, point.dueOn(endedOn));
                    })
                    .list().forEach(due::add);
        }
        due.sort(java.util.Comparator.comparing(FollowUpDue::dueOn).thenComparing(FollowUpDue::journeyId));
        return due.size() > 1000 ? List.copyOf(due.subList(0, 1000)) : due;
    }

    private static FollowUpOutcomeView view(Ended journey, Recorded r, String recordedByName) {
        return new FollowUpOutcomeView(journey.id(), r.point(), r.point().dueOn(journey.endedOn()), r.outcome(),
                r.foundOn(), r.note(), recordedByName);
    }

    record Ended(UUID id, UUID ladderId, LocalDate endedOn) {
    }

    record Recorded(UUID journeyId, FollowUpPoint point, Outcome outcome, LocalDate foundOn, String note,
            UUID recordedBy) {
    }
}
