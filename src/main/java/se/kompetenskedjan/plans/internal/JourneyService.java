package se.kompetenskedjan.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.EnrolCommand;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyEnded;
import se.kompetenskedjan.plans.JourneyEnrolled;
import se.kompetenskedjan.plans.JourneyEventView;
import se.kompetenskedjan.plans.JourneyOutcomeRecorded;
import se.kompetenskedjan.plans.JourneyPaused;
import se.kompetenskedjan.plans.JourneyResumed;
import se.kompetenskedjan.plans.JourneyStepEntered;
import se.kompetenskedjan.plans.JourneyStatus;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.plans.ParticipantOnStep;
import se.kompetenskedjan.plans.StayView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

@Service
@Transactional
class JourneyService implements Journeys {

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final TargetRequirements targets;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JourneyService(JdbcClient jdbc, ParticipantRegister participants, TargetRequirements targets,
            CurrentUsers currentUsers, IdentityDirectory identity, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.participants = participants;
        this.targets = targets;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public JourneyView enrol(UUID participantId, EnrolCommand command) {
        ParticipantAccess access = participants.access(participantId, AccessNeed.CHANGE, "journey: enrolled");
        TargetRequirements.LadderShape ladder = targets.ladder(command.ladderId())
                .orElseThrow(() -> new InvalidFieldException("ladderId", "journey.ladder.unknown"));
        TargetRequirements.StepShape step = (command.stepId() == null ? ladder.firstStep() : ladder.step(command.stepId()))
                .orElseThrow(() -> new InvalidFieldException("stepId", "journey.step.unknown"));
        UUID journeyId = UUID.randomUUID();
        boolean returning = jdbc.sql("SELECT EXISTS (SELECT 1 FROM journey WHERE participant_id = :p AND ended_on IS NOT NULL)")
                .param("p", participantId).query(Boolean.class).single();
        try {
            jdbc.sql("INSERT INTO journey (id, participant_id, ladder_id, created_at) VALUES (:id, :participant, :ladder, :now)")
                    .param("id", journeyId).param("participant", participantId).param("ladder", ladder.id())
                    .param("now", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("journey.alreadyEnrolled");
        }
        insertEvent(journeyId, JourneyEventType.ENROLLED, command.on(), step.id(), command.reason(), null, null);
        events.publishEvent(new JourneyEnrolled(journeyId, participantId, access.participantOrganisationId(),
                ladder.id(), step.id(), command.on(), returning));
        followInRegister(participantId, command.on());
        return view(journeyId, ladder);
    }

    @Override
    public JourneyView record(UUID participantId, UUID journeyId, JourneyEventCommand command) {
        // A reader's write: those who may change the participant record any event, a step's decider only a move
        // (a refusal below rolls the recorded access back with the transaction).
        ParticipantAccess access = participants.access(participantId, AccessNeed.CONTRIBUTE,
                "journey: " + command.type().name().toLowerCase());
        JourneyRow journey = journeyRow(participantId, journeyId);
        TargetRequirements.LadderShape ladder = targets.ladder(journey.ladderId())
                .orElseThrow(() -> new NotFoundException("journey.ladder.unknown"));
        JourneyTimeline timeline = new JourneyTimeline(events(journeyId).stream().map(EventRow::asEvent).toList());
        if (!access.mayEdit()) {
            StepDeciders.requireDecider(currentUsers.current().role(), command.type(), ladder,
                    timeline.state().currentStep(), command.toStepId());
        }
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        timeline.check(command.type(), command.on(), command.toStepId()).ifPresent(problem -> problems.add(
                new InvalidFieldException.FieldProblem(problem == JourneyTimeline.Problem.BEFORE_LAST_EVENT ? "on"
                        : problem == JourneyTimeline.Problem.STEP_REQUIRED || problem == JourneyTimeline.Problem.SAME_STEP
                        ? "toStepId" : "type", "journey.problem." + problem.name())));
        boolean entersStep = command.type() == JourneyEventType.ADVANCED || command.type() == JourneyEventType.RETURNED;
        if (entersStep && command.toStepId() != null && problems.isEmpty()) {
            UUID current = timeline.state().currentStep();
            Optional<TargetRequirements.StepShape> target = ladder.step(command.toStepId());
            if (target.isEmpty()) {
                problems.add(new InvalidFieldException.FieldProblem("toStepId", "journey.step.unknown"));
            } else if (command.type() == JourneyEventType.ADVANCED
                    && !ladder.step(current).map(s -> s.nextStepIds().contains(command.toStepId())).orElse(false)) {
                problems.add(new InvalidFieldException.FieldProblem("toStepId", "journey.step.notNext"));
            }
        }
        if (!entersStep && command.toStepId() != null) {
            problems.add(new InvalidFieldException.FieldProblem("toStepId", "journey.step.notExpected"));
        }
        if ((command.type() == JourneyEventType.ENDED_EARLY) != (command.dropoutReason() != null)) {
            problems.add(new InvalidFieldException.FieldProblem("dropoutReason", command.dropoutReason() == null
                    ? "journey.dropoutReason.required" : "journey.dropoutReason.notExpected"));
        }
        if ((command.type() == JourneyEventType.OUTCOME) != (command.outcome() != null)) {
            problems.add(new InvalidFieldException.FieldProblem("outcome", command.outcome() == null
                    ? "journey.outcome.required" : "journey.outcome.notExpected"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        boolean ends = command.type() == JourneyEventType.ENDED_EARLY || command.type() == JourneyEventType.COMPLETED;
        int updated = jdbc.sql(ends
                        ? "UPDATE journey SET version = version + 1, ended_on = :on WHERE id = :id AND version = :version"
                        : "UPDATE journey SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", journeyId).param("version", command.version()).param("on", command.on()).update();
        if (updated == 0) {
            throw new ConflictException("problem.editConflict");
        }
        insertEvent(journeyId, command.type(), command.on(), command.toStepId(), command.reason(),
                command.dropoutReason(), command.outcome());
        publish(journey, access.participantOrganisationId(), command);
        followInRegister(participantId, command.on());
        return view(journeyId, ladder);
    }

    @Override
    public List<UUID> movesAsDecider(JourneyView journey) {
        if (journey.status() != JourneyStatus.ACTIVE) {
            return List.of();
        }
        Role role = currentUsers.current().role();
        return targets.ladder(journey.ladderId()).map(ladder -> journey.nextStepIds().stream()
                .filter(next -> StepDeciders.decides(role, ladder.step(journey.currentStepId()))
                        || StepDeciders.decides(role, ladder.step(next)))
                .toList()).orElse(List.of());
    }

    @Override
    public List<JourneyView> journeys(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "journeys");
        return jdbc.sql("SELECT id, ladder_id FROM journey WHERE participant_id = :p ORDER BY created_at")
                .param("p", participantId)
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list()
                .stream()
                .map(ids -> targets.ladder(ids[1]).map(ladder -> view(ids[0], ladder)).orElse(null))
                .filter(j -> j != null)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean underWay(UUID participantId, java.time.LocalDate today) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM journey WHERE participant_id = :p AND ended_on IS NULL)
                    OR EXISTS (SELECT 1 FROM plan p JOIN plan_revision r ON r.plan_id = p.id
                                WHERE p.participant_id = :p AND r.revision = p.current_revision
                                  AND r.review_on >= :today)""")
                .param("p", participantId).param("today", today).query(Boolean.class).single();
    }

    @Override
    public List<ParticipantOnStep> onStep(UUID ladderId, UUID stepId) {
        TargetRequirements.LadderShape ladder = targets.ladder(ladderId)
                .orElseThrow(() -> new NotFoundException("journey.ladder.unknown"));
        ladder.step(stepId).orElseThrow(() -> new NotFoundException("journey.step.unknown"));
        return standing(ladder, stepId).getOrDefault(stepId, List.of());
    }

    @Override
    public Map<UUID, List<ParticipantOnStep>> onLadder(UUID ladderId) {
        return standing(targets.ladder(ladderId)
                .orElseThrow(() -> new NotFoundException("journey.ladder.unknown")), null);
    }

    /** Who stands where today (one step, or all when stepId is null): one query, one access check, one audit. */
    private Map<UUID, List<ParticipantOnStep>> standing(TargetRequirements.LadderShape ladder, UUID stepId) {
        Map<UUID, Standing> byParticipant = new HashMap<>();
        jdbc.sql("""
                SELECT j.participant_id, j.id AS journey_id, e.to_step_id AS step_id, e.occurred_on AS since
                  FROM journey j
                  JOIN LATERAL (SELECT to_step_id, occurred_on FROM journey_event
                                 WHERE journey_id = j.id AND to_step_id IS NOT NULL
                                 ORDER BY occurred_on DESC, sequence DESC LIMIT 1) e ON true
                 WHERE j.ladder_id = :ladder AND (CAST(:step AS uuid) IS NULL OR e.to_step_id = :step)
                   AND NOT EXISTS (SELECT 1 FROM journey_event x
                                    WHERE x.journey_id = j.id AND x.type IN ('ENDED_EARLY', 'COMPLETED'))
                 LIMIT 1000
                """).param("ladder", ladder.id()).param("step", stepId)
                .query(Standing.class).list()
                .forEach(s -> byParticipant.put(s.participantId(), s));
        LocalDate today = SwedishTime.today(clock);
        Map<UUID, List<ParticipantOnStep>> byStep = new HashMap<>();
        for (ParticipantSummary participant : participants.summaries(byParticipant.keySet())) {
            Standing standing = byParticipant.get(participant.id());
            Integer max = ladder.step(standing.stepId()).map(TargetRequirements.StepShape::maxWeeks).orElse(null);
            long weeks = java.time.temporal.ChronoUnit.WEEKS.between(standing.since(), today);
            byStep.computeIfAbsent(standing.stepId(), step -> new ArrayList<>()).add(new ParticipantOnStep(participant,
                    standing.journeyId(), standing.since(), weeks, max != null && weeks > max));
        }
        return byStep;
    }

    record Standing(UUID participantId, UUID journeyId, UUID stepId, LocalDate since) {
    }

    private JourneyView view(UUID journeyId, TargetRequirements.LadderShape ladder) {
        JourneyRow journey = jdbc.sql("SELECT id, participant_id, ladder_id, version FROM journey WHERE id = :id")
                .param("id", journeyId).query(JourneyRow.class).single();
        List<EventRow> events = events(journeyId);
        JourneyTimeline.State state = new JourneyTimeline(events.stream().map(EventRow::asEvent).toList()).state();
        Map<UUID, String> names = identity.displayNames(events.stream().map(EventRow::recordedBy).collect(Collectors.toSet()));
        LocalDate today = SwedishTime.today(clock);
        List<JourneyEventView> eventViews = events.stream().map(e -> new JourneyEventView(e.id(), e.type(),
                e.occurredOn(), e.toStepId(), stepName(ladder, e.toStepId()), e.reason(), e.dropoutReason(),
                e.outcome(), names.get(e.recordedBy()))).toList();
        List<StayView> stays = state.stays().stream().map(s -> {
            Integer max = ladder.step(s.step()).map(TargetRequirements.StepShape::maxWeeks).orElse(null);
            long weeks = s.weeks(today);
            return new StayView(s.step(), stepName(ladder, s.step()), s.from(), s.until(), weeks, max,
                    max != null && weeks > max);
        }).toList();
        List<UUID> next = state.currentStep() == null ? List.of()
                : ladder.step(state.currentStep()).map(TargetRequirements.StepShape::nextStepIds).orElse(List.of());
        return new JourneyView(journeyId, journey.participantId(), ladder.id(), ladder.name(), state.currentStep(),
                stepName(ladder, state.currentStep()), state.status(), state.since(), next, eventViews, stays,
                journey.version());
    }

    private static String stepName(TargetRequirements.LadderShape ladder, UUID stepId) {
        return stepId == null ? null : ladder.step(stepId).map(TargetRequirements.StepShape::name).orElse(null);
    }

    private JourneyRow journeyRow(UUID participantId, UUID journeyId) {
        return jdbc.sql("SELECT id, participant_id, ladder_id, version FROM journey WHERE id = :id AND participant_id = :p")
                .param("id", journeyId).param("p", participantId).query(JourneyRow.class).optional()
                .orElseThrow(() -> new NotFoundException("journey.notFound"));
    }

    private List<EventRow> events(UUID journeyId) {
        return jdbc.sql("""
                SELECT id, type, occurred_on, sequence, to_step_id, reason, dropout_reason, outcome, recorded_by
                  FROM journey_event WHERE journey_id = :id ORDER BY occurred_on, sequence""")
                .param("id", journeyId).query(EventRow.class).list();
    }

    private void insertEvent(UUID journeyId, JourneyEventType type, LocalDate on, UUID toStep, String reason,
            DropoutReason dropoutReason, Outcome outcome) {
        jdbc.sql("""
                INSERT INTO journey_event (id, journey_id, type, occurred_on, to_step_id, reason, dropout_reason, outcome, recorded_by,
                                           recorded_at)
                VALUES (:id, :journey, :type, :on, :step, :reason, :dropout, :outcome, :by, :now)""")
                .param("id", UUID.randomUUID()).param("now", Timestamp.from(clock.instant())).param("journey", journeyId).param("type", type.name())
                .param("on", on).param("step", toStep).param("reason", Texts.blankToNull(reason))
                .param("dropout", dropoutReason == null ? null : dropoutReason.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("by", currentUsers.current().id().value()).update();
    }

    /** The domain event of a recorded journey change, published in the transaction that records it. */
    private void publish(JourneyRow journey, UUID organisationId, JourneyEventCommand command) {
        UUID id = journey.id();
        UUID participant = journey.participantId();
        UUID ladder = journey.ladderId();
        events.publishEvent(switch (command.type()) {
            case ADVANCED, RETURNED -> new JourneyStepEntered(id, participant, organisationId, ladder,
                    command.toStepId(), command.type() == JourneyEventType.RETURNED, command.on());
            case PAUSED -> new JourneyPaused(id, participant, organisationId, ladder, command.on());
            case RESUMED -> new JourneyResumed(id, participant, organisationId, ladder, command.on());
            case COMPLETED -> new JourneyEnded(id, participant, organisationId, ladder, true, null, command.on());
            case ENDED_EARLY -> new JourneyEnded(id, participant, organisationId, ladder, false,
                    command.dropoutReason(), command.on());
            case OUTCOME -> new JourneyOutcomeRecorded(id, participant, organisationId, ladder, command.outcome(),
                    command.on());
            case ENROLLED -> throw new IllegalStateException("enrolment is not recorded as a change");
        });
    }

    /**
     * The register's status follows the participant's journeys (decision 73): derived from all of them after a change
     * and handed to the register in this transaction, so the two cannot disagree; dated the day of the change. The
     * access call of the change checked and recorded the write.
     */
    private void followInRegister(UUID participantId, LocalDate on) {
        List<RegisterStatus.Journey> journeys = new ArrayList<>();
        List<JourneyRow> rows = jdbc.sql("""
                SELECT j.id, j.participant_id, j.ladder_id, j.version FROM journey j
                 WHERE j.participant_id = :p
                 ORDER BY (SELECT min(occurred_on) FROM journey_event e WHERE e.journey_id = j.id), j.created_at""")
                .param("p", participantId).query(JourneyRow.class).list();
        for (JourneyRow row : rows) {
            List<EventRow> events = events(row.id());
            JourneyTimeline.State state = new JourneyTimeline(events.stream().map(EventRow::asEvent).toList()).state();
            boolean ended = state.status() == JourneyStatus.ENDED_EARLY || state.status() == JourneyStatus.COMPLETED;
            String stepType = state.status() != JourneyStatus.ACTIVE ? null : targets.ladder(row.ladderId())
                    .flatMap(ladder -> ladder.step(state.currentStep()))
                    .map(TargetRequirements.StepShape::type).orElse(null);
            Outcome outcome = events.stream().map(EventRow::outcome).filter(o -> o != null)
                    .reduce((first, second) -> second).orElse(null);
            journeys.add(new RegisterStatus.Journey(journeys.size(), state.status(), stepType,
                    ended ? state.since() : null, outcome));
        }
        RegisterStatus.of(journeys).ifPresent(status -> participants.statusFromJourneys(participantId, status, on));
    }

    record JourneyRow(UUID id, UUID participantId, UUID ladderId, long version) {
    }

    record EventRow(UUID id, JourneyEventType type, LocalDate occurredOn, long sequence, UUID toStepId, String reason,
            DropoutReason dropoutReason, Outcome outcome, UUID recordedBy) {
        JourneyTimeline.Event asEvent() {
            return new JourneyTimeline.Event(occurredOn, sequence, type, toStepId);
        }
    }

}
