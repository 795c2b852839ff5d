package se.kompetenskedjan.placements.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UnitId;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.SupervisionCommand;
import se.kompetenskedjan.participants.SupervisionEnded;
import se.kompetenskedjan.participants.SupervisionStarted;
import se.kompetenskedjan.participants.SupervisionView;
import se.kompetenskedjan.placements.Supervisions;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * The one record of who supervises whom (table supervision_assignment). Every start and end publishes its event in
 * the same transaction, so the participants module's read model follows through the event publication registry.
 */
@Service
@Transactional
class SupervisionAssignments implements Supervisions {

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final IdentityDirectory identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionAssignments(JdbcClient jdbc, ParticipantRegister participants, IdentityDirectory identity,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SupervisionView record(UUID participantId, SupervisionCommand command) {
        UserView supervisor = identity.findUser(new UserId(command.supervisorId())).orElse(null);
        participants.access(participantId, AccessNeed.START_SUPERVISION,
                supervisor == null ? null : supervisor.displayName());
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        if (supervisor == null || supervisor.role() != Role.SUPERVISOR || !supervisor.enabled()) {
            problems.add(new InvalidFieldException.FieldProblem("supervisorId", "supervision.supervisor.invalid"));
        }
        if (command.unitId() != null && identity.findUnit(new UnitId(command.unitId())).isEmpty()) {
            problems.add(new InvalidFieldException.FieldProblem("unitId", "unit.unknown"));
        }
        if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            problems.add(new InvalidFieldException.FieldProblem("endsOn", "supervision.endsOn.beforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        SupervisionStarted started = start(participantId, command.supervisorId(), command.unitId(), null,
                command.startsOn(), command.endsOn());
        return new SupervisionView(started.supervisionId(), participantId, started.supervisorUserId(),
                supervisor.displayName(), started.unitId(), started.startsOn(), started.endsOn());
    }

    /** Starts a supervision (the caller has checked its rule and records the access). */
    @Transactional(propagation = Propagation.MANDATORY)
    SupervisionStarted start(UUID participantId, UUID supervisorUserId, UUID unitId, UUID proposalId,
            LocalDate startsOn, LocalDate endsOn) {
        SupervisionStarted started = new SupervisionStarted(UUID.randomUUID(), participantId, supervisorUserId, unitId,
                proposalId, startsOn, endsOn);
        jdbc.sql("""
                INSERT INTO supervision_assignment (id, participant_id, supervisor_user_id, unit_id, proposal_id,
                                                    starts_on, ends_on, recorded_at)
                VALUES (:id, :participant, :supervisor, :unit, :proposal, :startsOn, :endsOn, :now)""")
                .param("id", started.supervisionId()).param("participant", participantId)
                .param("supervisor", supervisorUserId).param("unit", unitId).param("proposal", proposalId)
                .param("startsOn", startsOn).param("endsOn", endsOn).param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(started);
        return started;
    }

    /**
     * Ends the participant's supervisions by this supervisor at this unit with {@code lastDay} (those that end
     * earlier or begin later are kept as they are), so the supervisor stops seeing the participant when a placement
     * ends. Returns the supervisions ended.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<SupervisionEnded> end(UUID participantId, UUID supervisorUserId, UUID unitId, LocalDate lastDay) {
        List<SupervisionEnded> ended = jdbc.sql("""
                UPDATE supervision_assignment SET ends_on = :lastDay
                WHERE participant_id = :participant AND supervisor_user_id = :supervisor AND unit_id = :unit
                  AND starts_on <= :lastDay AND (ends_on IS NULL OR ends_on > :lastDay)
                RETURNING id, starts_on""")
                .param("lastDay", lastDay).param("participant", participantId).param("supervisor", supervisorUserId)
                .param("unit", unitId)
                .query((rs, n) -> new SupervisionEnded(rs.getObject("id", UUID.class), participantId, supervisorUserId,
                        unitId, rs.getObject("starts_on", LocalDate.class), lastDay))
                .list();
        ended.forEach(events::publishEvent);
        return ended;
    }
}
