package se.kompetenskedjan.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.plans.Responsible;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.Texts;
import tools.jackson.databind.json.JsonMapper;

/** Plans are stored a revision at a time, whole, as JSON: every revision stays readable exactly as it was agreed. */
@Service
@Transactional
class PlanService implements IndividualPlans {

    record Content(List<PlanCommand.Goal> goals, List<PlanCommand.Activity> activities, String consequences) {
    }

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final TargetRequirements targets;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final JsonMapper json;
    private final Clock clock;

    PlanService(JdbcClient jdbc, ParticipantRegister participants, TargetRequirements targets, CurrentUsers currentUsers,
            IdentityDirectory identity, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.targets = targets;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    private Timestamp timestamp() {
        return Timestamp.from(clock.instant());
    }

    @Override
    public PlanView create(UUID participantId, PlanCommand command) {
        participants.access(participantId, AccessNeed.CREATE, "plan");
        check(command);
        UUID planId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO plan (id, participant_id, target_profile_version_id, created_at)
                VALUES (:id, :p, :target, :now)""")
                .param("id", planId).param("p", participantId).param("target", command.targetProfileVersionId())
                .param("now", timestamp()).update();
        insertRevision(planId, 1, command);
        return view(participantId, planId, 1);
    }

    @Override
    public PlanView revise(UUID participantId, UUID planId, PlanCommand command) {
        // The plan first: the audit detail names the revision this change makes.
        PlanRow plan = plan(participantId, planId);
        participants.access(participantId, AccessNeed.CHANGE, "plan revision " + (plan.currentRevision() + 1));
        if (command.version() == null) {
            throw new InvalidFieldException("version", "plan.version.required");
        }
        check(command);
        int updated = jdbc.sql("""
                UPDATE plan SET current_revision = current_revision + 1, version = version + 1,
                                target_profile_version_id = :target
                 WHERE id = :id AND version = :version""")
                .param("id", planId).param("version", command.version())
                .param("target", command.targetProfileVersionId()).update();
        if (updated == 0) {
            throw new ConflictException("problem.editConflict");
        }
        insertRevision(planId, plan.currentRevision() + 1, command);
        return view(participantId, planId, plan.currentRevision() + 1);
    }

    @Override
    public PlanView agree(UUID participantId, UUID planId, int revision) {
        CurrentUser user = currentUsers.current();
        boolean self = participantId.equals(user.participantId());
        participants.access(participantId, self ? AccessNeed.CONTRIBUTE : AccessNeed.CHANGE, "plan agreed");
        PlanRow plan = plan(participantId, planId);
        if (revision != plan.currentRevision()) {
            throw new ConflictException("plan.agree.notCurrent");
        }
        int updated = jdbc.sql("""
                UPDATE plan_revision SET agreed_at = :now, agreed_by = :by, agreed_by_participant = :self
                 WHERE plan_id = :id AND revision = :revision AND agreed_at IS NULL""")
                .param("by", user.id().value()).param("self", self).param("id", planId).param("revision", revision)
                .param("now", timestamp()).update();
        if (updated == 0) {
            throw new ConflictException("plan.agree.already");
        }
        return view(participantId, planId, revision);
    }

    @Override
    public List<PlanView> plans(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "plans");
        return jdbc.sql("""
                SELECT id, target_profile_version_id, current_revision, version FROM plan
                 WHERE participant_id = :p ORDER BY created_at""")
                .param("p", participantId).query(PlanRow.class).list().stream()
                .map(plan -> view(participantId, plan.id(), plan.currentRevision())).toList();
    }

    @Override
    public PlanView revision(UUID participantId, UUID planId, int revision) {
        participants.access(participantId, AccessNeed.READ, "plan revision " + revision);
        plan(participantId, planId);
        return view(participantId, planId, revision);
    }

    /** The participant a plan belongs to (not found: no such plan); no access check, the caller makes one. */
    UUID participantOf(UUID planId) {
        return jdbc.sql("SELECT participant_id FROM plan WHERE id = :id").param("id", planId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("plan.notFound"));
    }

    /** The current revision, for a caller that has checked and recorded the access. */
    PlanView current(UUID participantId, UUID planId) {
        return view(participantId, planId, plan(participantId, planId).currentRevision());
    }

    private void check(PlanCommand command) {
        if (currentUsers.current().is(Role.PARTICIPANT)) {
            throw new AccessDeniedException("participants agree to plans, staff write them");
        }
        TargetRequirements.ProfileTarget target = targets.profileVersion(command.targetProfileVersionId())
                .orElseThrow(() -> new InvalidFieldException("targetProfileVersionId", "plan.target.unknown"));
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < command.goals().size(); i++) {
            checkItems(target, command.goals().get(i).itemKeys(), "goals[" + i + "].itemKeys", problems);
        }
        for (int i = 0; i < command.activities().size(); i++) {
            PlanCommand.Activity activity = command.activities().get(i);
            checkItems(target, activity.itemKeys(), "activities[" + i + "].itemKeys", problems);
            if (activity.startsOn() != null && activity.dueOn() != null && activity.dueOn().isBefore(activity.startsOn())) {
                problems.add(new InvalidFieldException.FieldProblem("activities[" + i + "].dueOn", "plan.activity.dueBeforeStart"));
            }
            if (activity.responsible() == Responsible.OTHER_ORGANISATION
                    && (activity.responsibleOther() == null || activity.responsibleOther().isBlank())) {
                problems.add(new InvalidFieldException.FieldProblem("activities[" + i + "].responsibleOther",
                        "plan.activity.responsibleOther.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private static void checkItems(TargetRequirements.ProfileTarget target, List<UUID> itemKeys, String field,
            List<InvalidFieldException.FieldProblem> problems) {
        if (itemKeys != null && itemKeys.stream().anyMatch(key -> !target.hasItem(key))) {
            problems.add(new InvalidFieldException.FieldProblem(field, "plan.item.unknown"));
        }
    }

    private void insertRevision(UUID planId, int revision, PlanCommand command) {
        Content content = new Content(command.goals().stream().map(g -> new PlanCommand.Goal(g.text().strip(),
                g.itemKeys() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(g.itemKeys())))).toList(),
                command.activities().stream().map(a -> new PlanCommand.Activity(a.type(), a.description().strip(),
                        a.responsible(), Texts.blankToNull(a.responsibleOther()), a.startsOn(), a.dueOn(),
                        a.status(), a.itemKeys() == null ? List.of() : List.copyOf(a.itemKeys()))).toList(),
                command.consequences().strip());
        jdbc.sql("""
                INSERT INTO plan_revision (plan_id, revision, content, review_on, created_by, created_at)
                VALUES (:plan, :revision, CAST(:content AS jsonb), :review, :by, :now)""")
                .param("plan", planId).param("now", timestamp())
                .param("revision", revision).param("content", json.writeValueAsString(content))
                .param("review", command.reviewOn()).param("by", currentUsers.current().id().value()).update();
    }

    private PlanRow plan(UUID participantId, UUID planId) {
        return jdbc.sql("""
                SELECT id, target_profile_version_id, current_revision, version FROM plan
                 WHERE id = :id AND participant_id = :p""")
                .param("id", planId).param("p", participantId).query(PlanRow.class).optional()
                .orElseThrow(() -> new NotFoundException("plan.notFound"));
    }

    private PlanView view(UUID participantId, UUID planId, int revision) {
        PlanRow plan = plan(participantId, planId);
        RevisionRow row = jdbc.sql("""
                SELECT revision, content::text AS content, review_on, agreed_at, agreed_by, agreed_by_participant,
                       created_by, created_at
                  FROM plan_revision WHERE plan_id = :id AND revision = :revision""")
                .param("id", planId).param("revision", revision).query(RevisionRow.class).optional()
                .orElseThrow(() -> new NotFoundException("plan.revision.notFound"));
        List<RevisionRow> all = jdbc.sql("""
                SELECT revision, NULL AS content, review_on, agreed_at, agreed_by, agreed_by_participant, created_by, created_at
                  FROM plan_revision WHERE plan_id = :id ORDER BY revision DESC""")
                .param("id", planId).query(RevisionRow.class).list();
        Set<UUID> people = new HashSet<>();
        all.forEach(r -> {
            people.add(r.createdBy());
            if (r.agreedBy() != null) {
                people.add(r.agreedBy());
            }
        });
        Map<UUID, String> names = identity.displayNames(people);
        Content content = json.readValue(row.content(), Content.class);
        String title = targets.profileVersion(plan.targetProfileVersionId())
                .map(TargetRequirements.ProfileTarget::title).orElse(null);
        return new PlanView(planId, participantId, plan.targetProfileVersionId(), title, row.revision(),
                content.goals(), content.activities(), content.consequences(), row.reviewOn(), instant(row.agreedAt()),
                Boolean.TRUE.equals(row.agreedByParticipant()), names.get(row.agreedBy()), instant(row.createdAt()),
                names.get(row.createdBy()),
                all.stream().map(r -> new PlanView.RevisionSummary(r.revision(), instant(r.createdAt()),
                        names.get(r.createdBy()), instant(r.agreedAt()))).toList(),
                plan.version());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record PlanRow(UUID id, UUID targetProfileVersionId, int currentRevision, long version) {
    }

    record RevisionRow(int revision, String content, LocalDate reviewOn, Timestamp agreedAt, UUID agreedBy,
            Boolean agreedByParticipant, UUID createdBy, Timestamp createdAt) {
    }
}
