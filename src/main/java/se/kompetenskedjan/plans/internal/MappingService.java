package se.kompetenskedjan.plans.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import se.kompetenskedjan.plans.GapAnalysisView;
import se.kompetenskedjan.plans.GapView;
import se.kompetenskedjan.plans.LevelsAndGaps;
import se.kompetenskedjan.plans.MappingCommand;
import se.kompetenskedjan.plans.MappingEntryView;
import se.kompetenskedjan.plans.MappingSource;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

@Service
@Transactional
class MappingService implements Mappings {

    /** Staff who assess: the coordinator, and the supervisor and teacher who see the participant at work or school. */
    private static final Set<Role> ASSESSORS = Set.of(Role.COORDINATOR, Role.ADMIN, Role.SUPERVISOR, Role.TEACHER,
            Role.EMPLOYER_MANAGER);

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final TargetRequirements targets;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final Clock clock;

    MappingService(JdbcClient jdbc, ParticipantRegister participants, TargetRequirements targets,
            CurrentUsers currentUsers, IdentityDirectory identity, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.targets = targets;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public List<MappingEntryView> record(UUID participantId, MappingCommand command) {
        CurrentUser user = currentUsers.current();
        participants.access(participantId, AccessNeed.CONTRIBUTE, "mapping");
        if (!ASSESSORS.contains(user.role())) {
            throw new AccessDeniedException("only staff record levels");
        }
        TargetRequirements.ProfileTarget profile = targets.profileVersion(command.profileVersionId())
                .orElseThrow(() -> new InvalidFieldException("profileVersionId", "mapping.profile.unknown"));
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        LocalDate today = SwedishTime.today(clock);
        for (int i = 0; i < command.levels().size(); i++) {
            MappingCommand.Level level = command.levels().get(i);
            if (!profile.hasItem(level.itemKey())) {
                problems.add(new InvalidFieldException.FieldProblem("levels[" + i + "].itemKey", "mapping.item.unknown"));
            }
            if (level.assessedOn().isAfter(today)) {
                problems.add(new InvalidFieldException.FieldProblem("levels[" + i + "].assessedOn", "mapping.date.future"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        for (MappingCommand.Level level : command.levels()) {
            jdbc.sql("""
                    INSERT INTO mapping_entry (id, participant_id, item_key, level, source, assessed_on, note, recorded_by,
                                               recorded_at)
                    VALUES (:id, :participant, :item, :level, :source, :on, :note, :by, :now)""")
                    .param("id", UUID.randomUUID()).param("now", Timestamp.from(clock.instant())).param("participant", participantId).param("item", level.itemKey())
                    .param("level", level.level()).param("source", level.source().name()).param("on", level.assessedOn())
                    .param("note", Texts.blankToNull(level.note())).param("by", user.id().value()).update();
        }
        return entries(participantId, 500);
    }

    @Override
    public List<MappingEntryView> history(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "mapping");
        return entries(participantId, 500);
    }

    @Override
    public GapAnalysisView gaps(UUID participantId, UUID profileVersionId) {
        participants.access(participantId, AccessNeed.READ, "gap analysis");
        TargetRequirements.ProfileTarget profile = targets.profileVersion(profileVersionId)
                .orElseThrow(() -> new NotFoundException("mapping.profile.unknown"));
        return analyse(participantId, profile, profile.requirements());
    }

    @Override
    public GapAnalysisView gapsForStep(UUID participantId, UUID ladderId, UUID stepId) {
        participants.access(participantId, AccessNeed.READ, "gap analysis");
        TargetRequirements.StepShape step = targets.ladder(ladderId).flatMap(l -> l.step(stepId))
                .orElseThrow(() -> new NotFoundException("journey.step.unknown"));
        if (step.profileVersionId() == null) {
            throw new NotFoundException("mapping.step.noProfile");
        }
        TargetRequirements.ProfileTarget profile = targets.profileVersion(step.profileVersionId())
                .orElseThrow(() -> new NotFoundException("mapping.profile.unknown"));
        List<GapAnalyser.Requirement> exit = step.exitItemKeys().isEmpty() ? profile.requirements()
                : profile.requirements().stream().filter(r -> step.exitItemKeys().contains(r.itemKey())).toList();
        return analyse(participantId, profile, exit);
    }

    private GapAnalysisView analyse(UUID participantId, TargetRequirements.ProfileTarget profile,
            List<GapAnalyser.Requirement> requirements) {
        List<GapAnalyser.Gap> gaps = GapAnalyser.gaps(requirements, currentLevels(participantId));
        List<GapView> views = gaps.stream().map(g -> new GapView(g.requirement().itemKey(), g.requirement().type(),
                g.requirement().text(), g.requirement().easyText(), g.requirement().mandatory(), g.currentLevel(),
                g.unknown(), g.requirement().targetLevel(), g.distance(), g.suggestions())).toList();
        return new GapAnalysisView(participantId, profile.versionId(), profile.title(), profile.version(),
                requirements.size(), requirements.size() - gaps.size(), views);
    }

    /** The latest level per item: by assessment date, then by when it was recorded. */
    Map<UUID, Integer> currentLevels(UUID participantId) {
        Map<UUID, Integer> levels = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (item_key) item_key, level FROM mapping_entry WHERE participant_id = :p
                 ORDER BY item_key, assessed_on DESC, recorded_at DESC""")
                .param("p", participantId)
                .query((rs, row) -> levels.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return levels;
    }

    private List<MappingEntryView> entries(UUID participantId, int limit) {
        List<Object[]> rows = jdbc.sql("""
                SELECT id, item_key, level, source, assessed_on, note, recorded_by FROM mapping_entry
                 WHERE participant_id = :p ORDER BY assessed_on DESC, recorded_at DESC LIMIT :limit""")
                .param("p", participantId).param("limit", limit)
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, UUID.class)})
                .list();
        Map<UUID, String> names = identity.displayNames(rows.stream().map(r -> (UUID) r[6]).collect(Collectors.toSet()));
        return rows.stream().map(r -> new MappingEntryView((UUID) r[0], (UUID) r[1], (int) r[2],
                MappingSource.valueOf((String) r[3]), (LocalDate) r[4], (String) r[5], names.get((UUID) r[6]))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public LevelsAndGaps levelsAndGaps(Collection<UUID> participantIds) {
        Map<UUID, Map<UUID, Integer>> levels = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> gaps = new HashMap<>();
        Set<UUID> visible = participantIds.isEmpty() ? Set.of() : participants.visibleAmong(participantIds);
        if (visible.isEmpty()) {
            return new LevelsAndGaps(levels, gaps);
        }
        UUID[] ids = visible.toArray(UUID[]::new);
        jdbc.sql("""
                SELECT DISTINCT ON (participant_id, item_key) participant_id, item_key, level FROM mapping_entry
                WHERE participant_id = ANY(:ids) ORDER BY participant_id, item_key, assessed_on DESC, recorded_at DESC""")
                .param("ids", ids)
                .query((rs, n) -> levels.computeIfAbsent(rs.getObject("participant_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getObject("item_key", UUID.class), rs.getInt("level"))).list();
        Map<UUID, UUID> targetOf = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (participant_id) participant_id, target_profile_version_id FROM plan
                WHERE participant_id = ANY(:ids) ORDER BY participant_id, created_at DESC""")
                .param("ids", ids)
                .query((rs, n) -> targetOf.put(rs.getObject("participant_id", UUID.class),
                        rs.getObject("target_profile_version_id", UUID.class))).list();
        Map<UUID, List<GapAnalyser.Requirement>> requirements = new HashMap<>();
        targetOf.forEach((participant, version) -> {
            List<GapAnalyser.Requirement> items = requirements.computeIfAbsent(version,
                    v -> targets.profileVersion(v).map(TargetRequirements.ProfileTarget::requirements).orElse(List.of()));
            Map<UUID, Integer> current = levels.getOrDefault(participant, Map.of());
            Map<UUID, Integer> distances = new HashMap<>();
            for (GapAnalyser.Requirement item : items) {
                int distance = item.targetLevel() - current.getOrDefault(item.itemKey(), 0);
                if (distance > 0) {
                    distances.put(item.itemKey(), distance);
                }
            }
            gaps.put(participant, distances);
        });
        return new LevelsAndGaps(levels, gaps);
    }
}
