package se.kompetenskedjan.language.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;

import se.kompetenskedjan.language.CanDoAchievement;
import se.kompetenskedjan.language.CanDoStatementView;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageAssessmentCommand;
import se.kompetenskedjan.language.LanguageAssessmentView;
import se.kompetenskedjan.language.LanguageAssessorRole;
import se.kompetenskedjan.language.LanguageProgressView;
import se.kompetenskedjan.language.LanguageSkill;
import se.kompetenskedjan.language.LanguageValidation;
import se.kompetenskedjan.language.SwedishLevelCommand;
import se.kompetenskedjan.language.SwedishLevelValidated;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

@Service
@Transactional
class LanguageValidationService implements LanguageValidation {

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LanguageValidationService(JdbcClient jdbc, ParticipantRegister participants, CurrentUsers currentUsers,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CanDoStatementView> catalogue(LanguageSkill skill, CefrLevel level) {
        return jdbc.sql("""
                SELECT id, code, skill, cefr_level, position, text FROM language_can_do_statement
                 WHERE active AND (CAST(:skill AS varchar) IS NULL OR skill = :skill)
                   AND (CAST(:level AS varchar) IS NULL OR cefr_level = :level)
                 ORDER BY CASE skill WHEN 'LISTENING' THEN 1 WHEN 'SPEAKING' THEN 2 WHEN 'READING' THEN 3 ELSE 4 END,
                          cefr_level, position""")
                .param("skill", skill == null ? null : skill.name()).param("level", level == null ? null : level.name())
                .query((rs, n) -> {
                    CefrLevel l = CefrLevel.valueOf(rs.getString("cefr_level"));
                    return new CanDoStatementView(rs.getObject("id", UUID.class), rs.getString("code"),
                            LanguageSkill.valueOf(rs.getString("skill")), l, l.sfiCourses(), rs.getInt("position"),
                            rs.getString("text"));
                }).list();
    }

    @Override
    public PageResult<LanguageAssessmentView> assessments(UUID participantId, Integer page, Integer size) {
        participants.access(participantId, AccessNeed.READ, "language assessments");
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        long total = jdbc.sql("SELECT count(*) FROM language_assessment WHERE participant_id = :p")
                .param("p", participantId).query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + """
                 WHERE participant_id = :p ORDER BY assessed_on DESC, created_at DESC LIMIT :limit OFFSET :offset""")
                .param("p", participantId).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query(LanguageValidationService::row).list();
        int totalPages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(views(rows), paging.getPageNumber(), paging.getPageSize(), total, totalPages);
    }

    @Override
    public LanguageAssessmentView get(UUID assessmentId) {
        Row row = find(assessmentId);
        participants.access(row.participantId(), AccessNeed.READ, "language assessment");
        return views(List.of(row)).get(0);
    }

    @Override
    public LanguageAssessmentView create(UUID participantId, LanguageAssessmentCommand command) {
        CurrentUser user = currentUsers.current();
        participants.access(participantId, AccessNeed.ADD, "language assessment");
        LanguageAssessorRole role = assessorRole(user);
        check(command);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO language_assessment (id, participant_id, assessor_role, assessor_id, assessor_name,
                       assessed_on, comment, status)
                VALUES (:id, :p, :role, :by, :name, :on, :comment, 'DRAFT')""")
                .param("id", id).param("p", participantId).param("role", role.name()).param("by", user.id().value())
                .param("name", user.displayName()).param("on", command.assessedOn())
                .param("comment", Texts.blankToNull(command.comment())).update();
        insertAnswers(id, command);
        return views(List.of(find(id))).get(0);
    }

    @Override
    public LanguageAssessmentView update(UUID assessmentId, LanguageAssessmentCommand command) {
        Row row = find(assessmentId);
        requireAssessor(row, "language assessment");
        check(command);
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "language.lockVersion.required");
        }
        int updated = jdbc.sql("""
                UPDATE language_assessment SET assessed_on = :on, comment = :comment, updated_at = :now,
                       lock_version = lock_version + 1
                 WHERE id = :id AND lock_version = :lv""")
                .param("on", command.assessedOn()).param("now", Timestamp.from(clock.instant())).param("comment", Texts.blankToNull(command.comment()))
                .param("id", assessmentId).param("lv", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("problem.editConflict");
        }
        jdbc.sql("DELETE FROM language_assessment_answer WHERE assessment_id = :id").param("id", assessmentId).update();
        insertAnswers(assessmentId, command);
        return views(List.of(find(assessmentId))).get(0);
    }

    @Override
    public LanguageAssessmentView sign(UUID assessmentId) {
        Row row = find(assessmentId);
        ParticipantAccess access = requireAssessor(row, "language assessment signed");
        jdbc.sql("""
                UPDATE language_assessment SET status = 'SIGNED', signed_at = :now, updated_at = :now,
                       lock_version = lock_version + 1 WHERE id = :id""")
                .param("id", assessmentId).param("now", Timestamp.from(clock.instant())).update();
        LanguageProgressView.Validated validated = LanguageLevels.validated(signedSeries(row.participantId()));
        if (validated != null && validated.swedishLevel() != null) {
            jdbc.sql("""
                    INSERT INTO language_validated_level (participant_id, swedish_level, assessed_on)
                    VALUES (:p, :level, :on)
                    ON CONFLICT (participant_id) DO UPDATE SET swedish_level = :level, assessed_on = :on""")
                    .param("p", row.participantId()).param("level", validated.swedishLevel().name())
                    .param("on", validated.assessedOn()).update();
        }
        events.publishEvent(new SwedishLevelValidated(assessmentId, row.participantId(),
                access.participantOrganisationId(), row.role(), row.assessedOn(),
                validated == null ? null : validated.level(), validated == null ? null : validated.swedishLevel(),
                SwedishTime.today(clock)));
        return views(List.of(find(assessmentId))).get(0);
    }

    @Override
    public LanguageProgressView progress(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "language progress");
        List<LanguageProgressView.Series> series = signedSeries(participantId);
        return new LanguageProgressView(participantId, series, LanguageLevels.validated(series));
    }

    @Override
    public ParticipantView recordValidatedSwedishLevel(UUID participantId, SwedishLevelCommand command) {
        participants.requireEdit(participantId);
        LanguageProgressView.Validated validated = LanguageLevels.validated(signedSeries(participantId));
        if (validated == null) {
            throw new ConflictException("language.validated.none");
        }
        return participants.setSwedishLevel(participantId, validated.swedishLevel(), command.participantVersion(),
                "Swedish level from language validation " + validated.level() + " of " + validated.assessedOn());
    }

    /** The level per skill over time from the participant's signed assessments (the caller checks access). */
    private List<LanguageProgressView.Series> signedSeries(UUID participantId) {
        List<Row> rows = jdbc.sql(SELECT + """
                 WHERE participant_id = :p AND status = 'SIGNED' ORDER BY assessed_on DESC, signed_at DESC LIMIT 100""")
                .param("p", participantId).query(LanguageValidationService::row).list();
        List<LanguageLevels.Assessed> assessed = new ArrayList<>();
        for (LanguageAssessmentView view : views(rows)) {
            Map<LanguageSkill, CefrLevel> levels = new EnumMap<>(LanguageSkill.class);
            view.levels().forEach(l -> levels.put(l.skill(), l.level()));
            assessed.add(new LanguageLevels.Assessed(view.id(), view.assessedOn(), view.signedAt(), levels));
        }
        return LanguageLevels.series(assessed);
    }

    // --- helpers ---

    private static final String SELECT = """
            SELECT id, participant_id, assessor_role, assessor_id, assessor_name, assessed_on, comment, status, signed_at,
                   lock_version FROM language_assessment\s""";

    private record Row(UUID id, UUID participantId, LanguageAssessorRole role, UUID assessorId, String assessorName,
            LocalDate assessedOn, String comment, boolean signed, Instant signedAt, long lockVersion) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                LanguageAssessorRole.valueOf(rs.getString("assessor_role")), rs.getObject("assessor_id", UUID.class),
                rs.getString("assessor_name"), rs.getObject("assessed_on", LocalDate.class), rs.getString("comment"),
                "SIGNED".equals(rs.getString("status")), signedAt == null ? null : signedAt.toInstant(),
                rs.getLong("lock_version"));
    }

    private Row find(UUID assessmentId) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", assessmentId).query(LanguageValidationService::row)
                .optional().orElseThrow(() -> new NotFoundException("language.assessment.notFound"));
    }

    /** Teachers, supervisors, coordinators and admins who may read the participant assess their language. */
    private static LanguageAssessorRole assessorRole(CurrentUser user) {
        return switch (user.role()) {
            case TEACHER -> LanguageAssessorRole.TEACHER;
            case SUPERVISOR -> LanguageAssessorRole.SUPERVISOR;
            case COORDINATOR, ADMIN -> LanguageAssessorRole.COORDINATOR;
            default -> throw new AccessDeniedException("only teachers, supervisors and coordinators assess language");
        };
    }

    /** Only the assessor changes or signs a draft, and only while they may still read the participant. */
    private ParticipantAccess requireAssessor(Row row, String detail) {
        CurrentUser user = currentUsers.current();
        ParticipantAccess access = participants.access(row.participantId(), AccessNeed.CONTRIBUTE, detail);
        if (!user.id().value().equals(row.assessorId()) || user.is(Role.PARTICIPANT)) {
            throw new AccessDeniedException("only the assessor changes or signs an assessment");
        }
        if (row.signed()) {
            throw new ConflictException("language.assessment.signed");
        }
        return access;
    }

    private void check(LanguageAssessmentCommand command) {
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        if (command.assessedOn().isAfter(SwedishTime.today(clock))) {
            problems.add(new InvalidFieldException.FieldProblem("assessedOn", "language.assessedOn.future"));
        }
        Set<UUID> known = new HashSet<>(jdbc.sql("SELECT id FROM language_can_do_statement WHERE active AND id = ANY(:ids)")
                .param("ids", command.answers().stream().map(LanguageAssessmentCommand.Answer::statementId)
                        .toArray(UUID[]::new))
                .query(UUID.class).list());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < command.answers().size(); i++) {
            UUID statement = command.answers().get(i).statementId();
            if (!known.contains(statement)) {
                problems.add(new InvalidFieldException.FieldProblem("answers[" + i + "].statementId",
                        "language.statement.unknown"));
            } else if (!seen.add(statement)) {
                problems.add(new InvalidFieldException.FieldProblem("answers[" + i + "].statementId",
                        "language.statement.duplicate"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private void insertAnswers(UUID assessmentId, LanguageAssessmentCommand command) {
        for (LanguageAssessmentCommand.Answer answer : command.answers()) {
            jdbc.sql("""
                    INSERT INTO language_assessment_answer (assessment_id, statement_id, achievement)
                    VALUES (:a, :s, :achievement)""")
                    .param("a", assessmentId).param("s", answer.statementId())
                    .param("achievement", answer.achievement().name()).update();
        }
    }

    /** Views with answers and computed levels, in the rows' order; answers of all rows in one query. */
    private List<LanguageAssessmentView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<LanguageSkill, Map<CefrLevel, Integer>> counts = new EnumMap<>(LanguageSkill.class);
        jdbc.sql("SELECT skill, cefr_level, count(*) AS n FROM language_can_do_statement WHERE active GROUP BY skill, cefr_level")
                .query((rs, n) -> counts.computeIfAbsent(LanguageSkill.valueOf(rs.getString("skill")),
                        k -> new EnumMap<>(CefrLevel.class)).put(CefrLevel.valueOf(rs.getString("cefr_level")), rs.getInt("n")))
                .list();
        Map<UUID, List<LanguageAssessmentView.Answer>> answers = new HashMap<>();
        jdbc.sql("""
                SELECT a.assessment_id, s.id, s.code, s.skill, s.cefr_level, a.achievement
                  FROM language_assessment_answer a JOIN language_can_do_statement s ON s.id = a.statement_id
                 WHERE a.assessment_id = ANY(:ids) ORDER BY s.skill, s.cefr_level, s.position""")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> answers.computeIfAbsent(rs.getObject("assessment_id", UUID.class), k -> new ArrayList<>())
                        .add(new LanguageAssessmentView.Answer(rs.getObject("id", UUID.class), rs.getString("code"),
                                LanguageSkill.valueOf(rs.getString("skill")), CefrLevel.valueOf(rs.getString("cefr_level")),
                                CanDoAchievement.valueOf(rs.getString("achievement")))))
                .list();
        List<LanguageAssessmentView> views = new ArrayList<>();
        for (Row row : rows) {
            List<LanguageAssessmentView.Answer> given = answers.getOrDefault(row.id(), List.of());
            List<LanguageAssessmentView.SkillLevel> levels = new ArrayList<>();
            for (LanguageSkill skill : LanguageSkill.values()) {
                Map<CefrLevel, List<CanDoAchievement>> perLevel = new EnumMap<>(CefrLevel.class);
                given.stream().filter(a -> a.skill() == skill).forEach(a -> perLevel
                        .computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a.achievement()));
                CefrLevel level = LanguageLevels.level(counts.getOrDefault(skill, Map.of()), perLevel);
                levels.add(new LanguageAssessmentView.SkillLevel(skill, level,
                        level == null ? List.of() : level.sfiCourses()));
            }
            views.add(new LanguageAssessmentView(row.id(), row.participantId(), row.role(), row.assessorId(), row.assessorName(),
                    row.assessedOn(), row.comment(), row.signed(), row.signedAt(), given, levels, row.lockVersion()));
        }
        return views;
    }
}
