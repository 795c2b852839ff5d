package se.kompetenskedjan.followup.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.followup.FollowUpFrequency;
import se.kompetenskedjan.followup.FollowUpRhythms;
import se.kompetenskedjan.followup.RhythmCommand;
import se.kompetenskedjan.followup.RhythmView;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.InvalidFieldException;

/** A ladder's rules are saved whole: the old rows go, the new ones come, in one transaction. */
@Service
@Transactional
class RhythmService implements FollowUpRhythms {

    private final JdbcClient jdbc;
    private final Ladders ladders;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RhythmService(JdbcClient jdbc, Ladders ladders, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.ladders = ladders;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RhythmView rhythm(UUID ladderId) {
        CurrentUser user = currentUsers.current();
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("staff read follow-up rules");
        }
        return view(ladders.ladder(ladderId), user);
    }

    @Override
    public RhythmView save(UUID ladderId, RhythmCommand command) {
        CurrentUser user = currentUsers.current();
        LadderView ladder = ladders.ladder(ladderId);
        if (!mayEdit(ladder, user)) {
            throw new AccessDeniedException("the ladder's organisation's admins and coordinators set its rules");
        }
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < command.steps().size(); i++) {
            UUID step = command.steps().get(i).stepId();
            if (ladder.step(step).isEmpty()) {
                problems.add(new InvalidFieldException.FieldProblem("steps[" + i + "].stepId", "followup.rhythm.step.unknown"));
            } else if (!seen.add(step)) {
                problems.add(new InvalidFieldException.FieldProblem("steps[" + i + "].stepId", "followup.rhythm.step.twice"));
            }
        }
        RhythmCommand.AfterJob after = command.afterRegularJob();
        if (after != null && after.frequency() == FollowUpFrequency.NONE) {
            problems.add(new InvalidFieldException.FieldProblem("afterRegularJob.frequency",
                    "followup.rhythm.afterJob.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        jdbc.sql("DELETE FROM followup_rhythm WHERE ladder_id = :ladder").param("ladder", ladderId).update();
        Timestamp now = Timestamp.from(clock.instant());
        for (RhythmCommand.StepRhythm rule : command.steps()) {
            insert(ladderId, rule.stepId(), rule.frequency(), null, user, now);
        }
        if (after != null) {
            insert(ladderId, null, after.frequency(), after.weeks(), user, now);
        }
        return view(ladder, user);
    }

    private void insert(UUID ladder, UUID step, FollowUpFrequency frequency, Integer weeks, CurrentUser by,
            Timestamp now) {
        jdbc.sql("""
                INSERT INTO followup_rhythm (ladder_id, step_id, frequency, weeks_after_job, saved_by, saved_at)
                VALUES (:ladder, :step, :frequency, :weeks, :by, :now)""")
                .param("ladder", ladder).param("step", step).param("frequency", frequency.name())
                .param("weeks", weeks).param("by", by.id().value()).param("now", now).update();
    }

    /** The saved rules of the ladders, in one query; no access check (rules are not personal data). */
    FollowUpSchedule.Rules rules(Collection<UUID> ladderIds) {
        Map<UUID, Map<UUID, FollowUpFrequency>> steps = new HashMap<>();
        Map<UUID, FollowUpSchedule.AfterJob> after = new HashMap<>();
        if (ladderIds.isEmpty()) {
            return new FollowUpSchedule.Rules(steps, after);
        }
        jdbc.sql("SELECT ladder_id, step_id, frequency, weeks_after_job FROM followup_rhythm WHERE ladder_id IN (:ladders)")
                .param("ladders", ladderIds).query((rs, n) -> {
                    UUID ladder = rs.getObject("ladder_id", UUID.class);
                    UUID step = rs.getObject("step_id", UUID.class);
                    FollowUpFrequency frequency = FollowUpFrequency.valueOf(rs.getString("frequency"));
                    if (step == null) {
                        after.put(ladder, new FollowUpSchedule.AfterJob(frequency, rs.getInt("weeks_after_job")));
                    } else {
                        steps.computeIfAbsent(ladder, l -> new HashMap<>()).put(step, frequency);
                    }
                    return n;
                }).list();
        return new FollowUpSchedule.Rules(steps, after);
    }

    private RhythmView view(LadderView ladder, CurrentUser user) {
        FollowUpSchedule.Rules rules = rules(List.of(ladder.id()));
        Map<UUID, FollowUpFrequency> saved = rules.steps().getOrDefault(ladder.id(), Map.of());
        List<RhythmView.StepRhythmView> steps = ladder.steps().stream()
                .map(s -> new RhythmView.StepRhythmView(s.id(), s.name(), s.type(),
                        saved.getOrDefault(s.id(), FollowUpFrequency.WEEKLY), !saved.containsKey(s.id())))
                .toList();
        FollowUpSchedule.AfterJob after = rules.afterJob().get(ladder.id());
        return new RhythmView(ladder.id(), ladder.name(), steps,
                after == null ? null : new RhythmCommand.AfterJob(after.frequency(), after.weeks()),
                mayEdit(ladder, user));
    }

    private static boolean mayEdit(LadderView ladder, CurrentUser user) {
        return !ladder.template() && ladder.organisationId() != null
                && ladder.organisationId().equals(user.organisationId().value())
                && user.isAnyOf(Role.ADMIN, Role.COORDINATOR);
    }
}
