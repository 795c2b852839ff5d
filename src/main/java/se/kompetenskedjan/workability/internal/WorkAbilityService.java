package se.kompetenskedjan.workability.internal;

import static se.kompetenskedjan.shared.SwedishTime.SWEDEN;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
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
import se.kompetenskedjan.workability.WorkAbilityArea;
import se.kompetenskedjan.workability.WorkAbilityAssessmentCommand;
import se.kompetenskedjan.workability.WorkAbilityAssessmentSigned;
import se.kompetenskedjan.workability.WorkAbilityAssessmentView;
import se.kompetenskedjan.workability.WorkAbilityAssessments;
import se.kompetenskedjan.workability.WorkAbilityFormCommand;
import se.kompetenskedjan.workability.WorkAbilityFormView;
import se.kompetenskedjan.workability.WorkAbilityReport;
import se.kompetenskedjan.workability.WorkAbilityRequester;

@Service
@Transactional
class WorkAbilityService implements WorkAbilityAssessments {

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final WorkAbilityPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkAbilityService(JdbcClient jdbc, ParticipantRegister participants, CurrentUsers currentUsers, WorkAbilityPdf pdf,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    // --- forms (not personal data) ---

    private record FormRow(UUID id, UUID organisationId, String name, UUID versionId, int version, String description,
            Instant versionCreatedAt, long lockVersion) {
    }

    private static final String FORM_SELECT = """
            SELECT f.id, f.organisation_id, v.name, v.id AS version_id, v.version, v.description,
                   v.created_at AS version_created_at, f.lock_version
              FROM work_ability_form f JOIN work_ability_form_version v\s""";

    private static FormRow formRow(ResultSet rs, int n) throws SQLException {
        return new FormRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), rs.getObject("version_id", UUID.class), rs.getInt("version"),
                rs.getString("description"), rs.getTimestamp("version_created_at").toInstant(), rs.getLong("lock_version"));
    }

    private static CurrentUser requireStaff(CurrentUser user) {
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("work-ability forms are for staff");
        }
        return user;
    }

    private static boolean visible(CurrentUser user, UUID formOrganisation) {
        return formOrganisation == null || formOrganisation.equals(user.organisationId().value())
                || (user.platformHost() && user.is(Role.ADMIN));
    }

    private static boolean editable(CurrentUser user, UUID formOrganisation) {
        if (formOrganisation == null) {
            return user.platformHost() && user.is(Role.ADMIN);
        }
        return formOrganisation.equals(user.organisationId().value()) && user.isAnyOf(Role.ADMIN, Role.COORDINATOR);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<WorkAbilityFormView> forms(Integer page, Integer size) {
        CurrentUser user = requireStaff(currentUsers.current());
        PageRequest paging = Paging.of(page, size, Sort.unsorted());
        UUID org = user.organisationId().value();
        long total = jdbc.sql("SELECT count(*) FROM work_ability_form WHERE organisation_id IS NULL OR organisation_id = :org")
                .param("org", org).query(Long.class).single();
        List<FormRow> rows = jdbc.sql(FORM_SELECT + """
                ON v.id = f.current_version_id WHERE f.organisation_id IS NULL OR f.organisation_id = :org
                 ORDER BY f.organisation_id NULLS FIRST, lower(f.name), f.id LIMIT :limit OFFSET :offset""")
                .param("org", org).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query(WorkAbilityService::formRow).list();
        int totalPages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(formViews(user, rows), paging.getPageNumber(), paging.getPageSize(), total, totalPages);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkAbilityFormView form(UUID formId) {
        CurrentUser user = requireStaff(currentUsers.current());
        FormRow row = jdbc.sql(FORM_SELECT + "ON v.id = f.current_version_id WHERE f.id = :id").param("id", formId)
                .query(WorkAbilityService::formRow).optional()
                .filter(r -> visible(user, r.organisationId()))
                .orElseThrow(() -> new NotFoundException("workability.form.notFound"));
        return formViews(user, List.of(row)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkAbilityFormView formVersion(UUID formVersionId) {
        CurrentUser user = requireStaff(currentUsers.current());
        return findVersion(user, formVersionId).orElseThrow(() -> new NotFoundException("workability.form.notFound"));
    }

    private java.util.Optional<WorkAbilityFormView> findVersion(CurrentUser user, UUID formVersionId) {
        return jdbc.sql(FORM_SELECT + "ON v.form_id = f.id WHERE v.id = :id").param("id", formVersionId)
                .query(WorkAbilityService::formRow).optional()
                .filter(r -> visible(user, r.organisationId()))
                .map(r -> formViews(user, List.of(r)).get(0));
    }

    @Override
    public WorkAbilityFormView createForm(WorkAbilityFormCommand command) {
        CurrentUser user = currentUsers.current();
        if (!user.isAnyOf(Role.ADMIN, Role.COORDINATOR)) {
            throw new AccessDeniedException("admins and coordinators define work-ability forms");
        }
        UUID formId = UUID.randomUUID();
        jdbc.sql("INSERT INTO work_ability_form (id, organisation_id, name) VALUES (:id, :org, :name)")
                .param("id", formId).param("org", user.organisationId().value()).param("name", command.name().strip())
                .update();
        saveVersion(user, formId, 1, command);
        return form(formId);
    }

    @Override
    public WorkAbilityFormView reviseForm(UUID formId, WorkAbilityFormCommand command) {
        CurrentUser user = currentUsers.current();
        WorkAbilityFormView current = form(formId);
        if (!current.editable()) {
            throw new AccessDeniedException("may not edit this form");
        }
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "workability.lockVersion.required");
        }
        int updated = jdbc.sql("""
                UPDATE work_ability_form SET name = :name, updated_at = :now, lock_version = lock_version + 1
                 WHERE id = :id AND lock_version = :lv""")
                .param("name", command.name().strip()).param("now", Timestamp.from(clock.instant())).param("id", formId).param("lv", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("problem.editConflict");
        }
        saveVersion(user, formId, current.version() + 1, command);
        return form(formId);
    }

    private void saveVersion(CurrentUser user, UUID formId, int version, WorkAbilityFormCommand command) {
        UUID versionId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_ability_form_version (id, form_id, version, name, description, created_by_name)
                VALUES (:id, :form, :version, :name, :description, :by)""")
                .param("id", versionId).param("form", formId).param("version", version).param("name", command.name().strip())
                .param("description", Texts.blankToNull(command.description())).param("by", user.displayName()).update();
        int position = 1;
        for (WorkAbilityFormCommand.Question q : command.questions()) {
            jdbc.sql("""
                    INSERT INTO work_ability_question (id, form_version_id, position, area, text, scale_max, low_label,
                           high_label) VALUES (:id, :version, :position, :area, :text, :max, :low, :high)""")
                    .param("id", UUID.randomUUID()).param("version", versionId).param("position", position++)
                    .param("area", q.area().name()).param("text", q.text().strip()).param("max", q.scaleMax())
                    .param("low", q.lowLabel().strip()).param("high", q.highLabel().strip()).update();
        }
        jdbc.sql("UPDATE work_ability_form SET current_version_id = :v WHERE id = :id")
                .param("v", versionId).param("id", formId).update();
    }

    private List<WorkAbilityFormView> formViews(CurrentUser user, List<FormRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WorkAbilityFormView.Question>> questions = questions(rows.stream().map(FormRow::versionId).toList());
        return rows.stream().map(r -> new WorkAbilityFormView(r.id(), r.organisationId(), r.name(), r.versionId(),
                r.version(), r.description(), r.versionCreatedAt(), questions.getOrDefault(r.versionId(), List.of()),
                editable(user, r.organisationId()), r.lockVersion())).toList();
    }

    private Map<UUID, List<WorkAbilityFormView.Question>> questions(List<UUID> versionIds) {
        Map<UUID, List<WorkAbilityFormView.Question>> questions = new HashMap<>();
        jdbc.sql("""
                SELECT id, form_version_id, position, area, text, scale_max, low_label, high_label
                  FROM work_ability_question WHERE form_version_id = ANY(:ids) ORDER BY position""")
                .param("ids", versionIds.toArray(UUID[]::new))
                .query((rs, n) -> questions.computeIfAbsent(rs.getObject("form_version_id", UUID.class),
                        k -> new ArrayList<>()).add(new WorkAbilityFormView.Question(rs.getObject("id", UUID.class),
                        rs.getInt("position"), WorkAbilityArea.valueOf(rs.getString("area")), rs.getString("text"),
                        rs.getInt("scale_max"), rs.getString("low_label"), rs.getString("high_label"))))
                .list();
        return questions;
    }

    // --- assessments (personal data) ---

    private record Row(UUID id, UUID participantId, UUID formVersionId, WorkAbilityRequester requester,
            String requesterReference, LocalDate periodFrom, LocalDate periodTo, String summary, UUID assessorId,
            String assessorName, String organisationName, boolean signed, Instant signedAt, long lockVersion) {
    }

    private static final String SELECT = """
            SELECT id, participant_id, form_version_id, requester, requester_reference, period_from, period_to, summary,
                   assessor_id, assessor_name, organisation_name, status, signed_at, lock_version
              FROM work_ability_assessment\s""";

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("form_version_id", UUID.class), WorkAbilityRequester.valueOf(rs.getString("requester")),
                rs.getString("requester_reference"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("summary"),
                rs.getObject("assessor_id", UUID.class), rs.getString("assessor_name"),
                rs.getString("organisation_name"), "SIGNED".equals(rs.getString("status")),
                signedAt == null ? null : signedAt.toInstant(), rs.getLong("lock_version"));
    }

    private Row find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(WorkAbilityService::row).optional()
                .orElseThrow(() -> new NotFoundException("workability.assessment.notFound"));
    }

    @Override
    public PageResult<WorkAbilityAssessmentView> assessments(UUID participantId, Integer page, Integer size) {
        participants.access(participantId, AccessNeed.READ, "work-ability assessments");
        PageRequest paging = Paging.of(page, size, Sort.unsorted());
        long total = jdbc.sql("SELECT count(*) FROM work_ability_assessment WHERE participant_id = :p")
                .param("p", participantId).query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + """
                WHERE participant_id = :p ORDER BY period_to DESC, created_at DESC LIMIT :limit OFFSET :offset""")
                .param("p", participantId).param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query(WorkAbilityService::row).list();
        int totalPages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(views(rows), paging.getPageNumber(), paging.getPageSize(), total, totalPages);
    }

    @Override
    public WorkAbilityAssessmentView get(UUID assessmentId) {
        Row row = find(assessmentId);
        participants.access(row.participantId(), AccessNeed.READ, "work-ability assessment");
        return views(List.of(row)).get(0);
    }

    @Override
    public WorkAbilityAssessmentView create(UUID participantId, WorkAbilityAssessmentCommand command) {
        CurrentUser user = currentUsers.current();
        participants.access(participantId, AccessNeed.ADD, "work-ability assessment");
        if (!user.isAnyOf(Role.COORDINATOR, Role.ADMIN, Role.SUPERVISOR)) {
            throw new AccessDeniedException("coordinators and supervisors assess work ability");
        }
        WorkAbilityFormView version = findVersion(user, command.formVersionId())
                .orElseThrow(() -> new InvalidFieldException("formVersionId", "workability.formVersion.unknown"));
        check(command, version);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_ability_assessment (id, participant_id, form_version_id, requester, requester_reference,
                       period_from, period_to, summary, assessor_id, assessor_name, organisation_name, status)
                VALUES (:id, :p, :version, :requester, :reference, :from, :to, :summary, :by, :name, :org, 'DRAFT')""")
                .param("id", id).param("p", participantId).param("version", version.versionId())
                .param("requester", command.requester().name())
                .param("reference", Texts.blankToNull(command.requesterReference()))
                .param("from", command.periodFrom()).param("to", command.periodTo())
                .param("summary", Texts.blankToNull(command.summary())).param("by", user.id().value())
                .param("name", user.displayName()).param("org", user.organisationName()).update();
        insertAnswers(id, command);
        return views(List.of(find(id))).get(0);
    }

    @Override
    public WorkAbilityAssessmentView update(UUID assessmentId, WorkAbilityAssessmentCommand command) {
        Row row = find(assessmentId);
        requireAssessor(row, "work-ability assessment");
        if (!row.formVersionId().equals(command.formVersionId())) {
            throw new InvalidFieldException("formVersionId", "workability.formVersion.fixed");
        }
        if (command.lockVersion() == null) {
            throw new InvalidFieldException("lockVersion", "workability.lockVersion.required");
        }
        WorkAbilityFormView version = findVersionUnchecked(row.formVersionId());
        check(command, version);
        int updated = jdbc.sql("""
                UPDATE work_ability_assessment SET requester = :requester, requester_reference = :reference,
                       period_from = :from, period_to = :to, summary = :summary, updated_at = :now,
                       lock_version = lock_version + 1
                 WHERE id = :id AND lock_version = :lv""")
                .param("requester", command.requester().name()).param("now", Timestamp.from(clock.instant()))
                .param("reference", Texts.blankToNull(command.requesterReference()))
                .param("from", command.periodFrom()).param("to", command.periodTo())
                .param("summary", Texts.blankToNull(command.summary())).param("id", assessmentId)
                .param("lv", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("problem.editConflict");
        }
        jdbc.sql("DELETE FROM work_ability_answer WHERE assessment_id = :id").param("id", assessmentId).update();
        insertAnswers(assessmentId, command);
        return views(List.of(find(assessmentId))).get(0);
    }

    @Override
    public WorkAbilityAssessmentView sign(UUID assessmentId) {
        Row row = find(assessmentId);
        ParticipantAccess access = requireAssessor(row, "work-ability assessment signed");
        jdbc.sql("""
                UPDATE work_ability_assessment SET status = 'SIGNED', signed_at = :now, updated_at = :now,
                       lock_version = lock_version + 1 WHERE id = :id""").param("id", assessmentId)
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(new WorkAbilityAssessmentSigned(assessmentId, row.participantId(),
                access.participantOrganisationId(), row.formVersionId(), row.requester(), row.periodFrom(),
                row.periodTo(), SwedishTime.today(clock)));
        return views(List.of(find(assessmentId))).get(0);
    }

    @Override
    public WorkAbilityReport report(UUID assessmentId) {
        return report(assessmentId, AccessNeed.READ, "work-ability report");
    }

    @Override
    public byte[] reportPdf(UUID assessmentId) {
        return pdf.render(report(assessmentId, AccessNeed.EXPORT, "work-ability report pdf"));
    }

    private WorkAbilityReport report(UUID assessmentId, AccessNeed need, String detail) {
        Row row = find(assessmentId);
        participants.access(row.participantId(), need, detail);
        if (!row.signed()) {
            throw new ConflictException("workability.report.notSigned");
        }
        ParticipantView participant = participants.get(row.participantId());
        return new WorkAbilityReport(views(List.of(row)).get(0),
                participant.firstName() + " " + participant.lastName(), participant.personnummer(),
                LocalDate.ofInstant(row.signedAt(), SWEDEN));
    }

    private ParticipantAccess requireAssessor(Row row, String detail) {
        CurrentUser user = currentUsers.current();
        ParticipantAccess access = participants.access(row.participantId(), AccessNeed.CONTRIBUTE, detail);
        if (!user.id().value().equals(row.assessorId())) {
            throw new AccessDeniedException("only the assessor changes or signs an assessment");
        }
        if (row.signed()) {
            throw new ConflictException("workability.assessment.signed");
        }
        return access;
    }

    private WorkAbilityFormView findVersionUnchecked(UUID versionId) {
        FormRow row = jdbc.sql(FORM_SELECT + "ON v.form_id = f.id WHERE v.id = :id").param("id", versionId)
                .query(WorkAbilityService::formRow).single();
        return formViews(currentUsers.current(), List.of(row)).get(0);
    }

    private void check(WorkAbilityAssessmentCommand command, WorkAbilityFormView version) {
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        if (command.periodTo().isBefore(command.periodFrom())) {
            problems.add(new InvalidFieldException.FieldProblem("periodTo", "workability.period.order"));
        }
        if (command.periodFrom().isAfter(SwedishTime.today(clock))) {
            problems.add(new InvalidFieldException.FieldProblem("periodFrom", "workability.period.future"));
        }
        Map<UUID, WorkAbilityFormView.Question> questions = new HashMap<>();
        version.questions().forEach(q -> questions.put(q.id(), q));
        Set<UUID> seen = new HashSet<>();
        List<WorkAbilityAssessmentCommand.Answer> answers = command.answers() == null ? List.of() : command.answers();
        for (int i = 0; i < answers.size(); i++) {
            WorkAbilityAssessmentCommand.Answer answer = answers.get(i);
            WorkAbilityFormView.Question question = questions.get(answer.questionId());
            if (question == null) {
                problems.add(new InvalidFieldException.FieldProblem("answers[" + i + "].questionId",
                        "workability.answer.unknownQuestion"));
            } else if (!seen.add(answer.questionId())) {
                problems.add(new InvalidFieldException.FieldProblem("answers[" + i + "].questionId",
                        "workability.answer.duplicate"));
            } else if (answer.score() != null && (answer.score() < 1 || answer.score() > question.scaleMax())) {
                problems.add(new InvalidFieldException.FieldProblem("answers[" + i + "].score",
                        "workability.answer.scoreRange"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private void insertAnswers(UUID assessmentId, WorkAbilityAssessmentCommand command) {
        if (command.answers() == null) {
            return;
        }
        for (WorkAbilityAssessmentCommand.Answer answer : command.answers()) {
            if (answer.score() == null && Texts.blankToNull(answer.note()) == null) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO work_ability_answer (assessment_id, question_id, score, note)
                    VALUES (:a, :q, :score, :note)""")
                    .param("a", assessmentId).param("q", answer.questionId()).param("score", answer.score())
                    .param("note", Texts.blankToNull(answer.note())).update();
        }
    }

    private record Answer(Integer score, String note) {
    }

    private List<WorkAbilityAssessmentView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, FormRow> versions = new HashMap<>();
        jdbc.sql(FORM_SELECT + "ON v.form_id = f.id WHERE v.id = ANY(:ids)")
                .param("ids", rows.stream().map(Row::formVersionId).distinct().toArray(UUID[]::new))
                .query(WorkAbilityService::formRow).list().forEach(r -> versions.put(r.versionId(), r));
        Map<UUID, List<WorkAbilityFormView.Question>> questions = questions(List.copyOf(versions.keySet()));
        Map<UUID, Map<UUID, Answer>> answers = new HashMap<>();
        jdbc.sql("SELECT assessment_id, question_id, score, note FROM work_ability_answer WHERE assessment_id = ANY(:ids)")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> answers.computeIfAbsent(rs.getObject("assessment_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getObject("question_id", UUID.class),
                                new Answer((Integer) rs.getObject("score"), rs.getString("note"))))
                .list();
        List<WorkAbilityAssessmentView> views = new ArrayList<>();
        for (Row row : rows) {
            FormRow form = versions.get(row.formVersionId());
            Map<UUID, Answer> given = answers.getOrDefault(row.id(), Map.of());
            List<WorkAbilityAssessmentView.Item> items = questions.getOrDefault(row.formVersionId(), List.of()).stream()
                    .map(q -> {
                        Answer a = given.get(q.id());
                        return new WorkAbilityAssessmentView.Item(q.id(), q.position(), q.area(), q.text(), q.scaleMax(),
                                q.lowLabel(), q.highLabel(), a == null ? null : a.score(), a == null ? null : a.note());
                    }).toList();
            views.add(new WorkAbilityAssessmentView(row.id(), row.participantId(), row.assessorId(), form.id(), form.name(),
                    row.formVersionId(), form.version(), row.requester(), row.requesterReference(), row.periodFrom(),
                    row.periodTo(), row.summary(), row.assessorName(), row.organisationName(), row.signed(),
                    row.signedAt(), items, row.lockVersion()));
        }
        return views;
    }
}
