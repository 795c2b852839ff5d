package se.kompetenskedjan.checklists.internal;

import static se.kompetenskedjan.checklists.internal.ChecklistService.instant;
import static se.kompetenskedjan.checklists.internal.ChecklistService.uuid;

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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.checklists.AssessmentCommand;
import se.kompetenskedjan.checklists.AssessmentDraftCommand;
import se.kompetenskedjan.checklists.AssessmentSigned;
import se.kompetenskedjan.checklists.AssessmentStatus;
import se.kompetenskedjan.checklists.AssessmentSummary;
import se.kompetenskedjan.checklists.AssessmentView;
import se.kompetenskedjan.checklists.Assessments;
import se.kompetenskedjan.checklists.AssessorRole;
import se.kompetenskedjan.checklists.ChecklistItemView;
import se.kompetenskedjan.checklists.EvidenceFile;
import se.kompetenskedjan.checklists.EvidenceKind;
import se.kompetenskedjan.checklists.EvidenceNoteCommand;
import se.kompetenskedjan.checklists.EvidenceView;
import se.kompetenskedjan.checklists.LockCommand;
import se.kompetenskedjan.checklists.RatingCommand;
import se.kompetenskedjan.checklists.RatingView;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.MappingCommand;
import se.kompetenskedjan.plans.MappingSource;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.ForbiddenCharacters;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.Paging;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

@Service
@Transactional
class AssessmentService implements Assessments {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    static final Map<String, EvidenceKind> FILE_TYPES = Map.of("image/jpeg", EvidenceKind.PHOTO,
            "image/png", EvidenceKind.PHOTO, "application/pdf", EvidenceKind.DOCUMENT);

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final IdentityDirectory identity;
    private final ParticipantRegister participants;
    private final Mappings mappings;
    private final ChecklistService checklists;
    private final ValidationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(JdbcClient jdbc, CurrentUsers currentUsers, IdentityDirectory identity,
            ParticipantRegister participants, Mappings mappings, ChecklistService checklists, ValidationAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.identity = identity;
        this.participants = participants;
        this.mappings = mappings;
        this.checklists = checklists;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    record Row(UUID id, UUID checklistId, UUID participantId, AssessorRole role, UUID assessorId, String assessorName,
            LocalDate assessedOn, String comment, AssessmentStatus status, Instant signedAt, UUID followsId,
            Instant createdAt, Instant updatedAt, long lockVersion) {
    }

    /** Who the user assesses as, and the access to the participant it rests on; throws if they may not assess. */
    private record Assessor(AssessorRole role, ParticipantAccess access) {
    }

    /**
     * The need is ADD (the right to read) for the participant and supervisors, CREATE (the right to change) for
     * coordinators; {@code check} answers it, recording the access when an assessment is made and not when the page
     * only asks whether to offer the form.
     */
    private Assessor requireAssessor(CurrentUser user, UUID checklistId, UUID participantId,
            Function<AccessNeed, ParticipantAccess> check) {
        ChecklistService.Placement placement = checklists.placement(checklists.placementOf(checklistId));
        Assessor assessor;
        if (user.is(Role.PARTICIPANT)) {
            if (!participantId.equals(user.participantId())) {
                throw new AccessDeniedException("a participant assesses only themself");
            }
            assessor = new Assessor(AssessorRole.SELF, check.apply(AccessNeed.ADD));
        } else if (user.is(Role.SUPERVISOR)) {
            ParticipantAccess read = check.apply(AccessNeed.ADD);
            if (!access.supervisesAt(user, placement.id())) {
                throw new AccessDeniedException("not a supervisor of this placement");
            }
            assessor = new Assessor(AssessorRole.SUPERVISOR, read);
        } else if (user.is(Role.COORDINATOR)) {
            assessor = new Assessor(AssessorRole.COORDINATOR, check.apply(AccessNeed.CREATE));
        } else {
            throw new AccessDeniedException("supervisors, coordinators and the participant assess");
        }
        if (!access.placedAt(participantId, placement.id())) {
            throw new InvalidFieldException("participantId", "validation.assessment.participant.notPlaced");
        }
        return assessor;
    }

    /** Outside a transaction: a refusal inside the checks must not mark a surrounding transaction rollback-only. */
    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean mayAssess(UUID checklistId, UUID participantId) {
        try {
            requireAssessor(currentUsers.current(), checklistId, participantId, need -> need.needsEditRight()
                    ? participants.requireEdit(participantId) : participants.requireRead(participantId));
            return true;
        } catch (AccessDeniedException | InvalidFieldException | NotFoundException e) {
            return false;
        }
    }

    @Override
    public AssessmentView create(AssessmentCommand command) {
        CurrentUser user = currentUsers.current();
        Assessor assessor = requireAssessor(user, command.checklistId(), command.participantId(),
                need -> participants.access(command.participantId(), need, "assessment"));
        List<RatingCommand> ratings = command.ratings() == null ? List.of() : command.ratings();
        check(command.checklistId(), command.assessedOn(), ratings);
        UUID follows = jdbc.sql("""
                SELECT id FROM assessment WHERE checklist_id = :c AND participant_id = :p AND assessor_role = :role
                   AND status = 'SIGNED' ORDER BY assessed_on DESC, signed_at DESC LIMIT 1""")
                .param("c", command.checklistId()).param("p", command.participantId())
                .param("role", assessor.role().name()).query(UUID.class).optional().orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment (id, checklist_id, participant_id, assessor_role, assessor_id, assessor_name,
                    assessed_on, comment, status, follows_id)
                VALUES (:id, :c, :p, :role, :by, :name, :on, :comment, 'DRAFT', :follows)""")
                .param("id", id).param("c", command.checklistId()).param("p", command.participantId())
                .param("role", assessor.role().name()).param("by", user.id().value())
                .param("name", clip(user.displayName(), 200)).param("on", command.assessedOn())
                .param("comment", Texts.blankToNull(command.comment())).param("follows", follows).update();
        writeRatings(id, ratings);
        return view(user, row(id));
    }

    @Override
    public AssessmentView update(UUID assessmentId, AssessmentDraftCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = row(assessmentId);
        requireOwnDraft(user, row, "assessment");
        List<RatingCommand> ratings = command.ratings() == null ? List.of() : command.ratings();
        check(row.checklistId(), command.assessedOn(), ratings);
        int updated = jdbc.sql("""
                UPDATE assessment SET assessed_on = :on, comment = :comment, updated_at = :now,
                       lock_version = lock_version + 1
                 WHERE id = :id AND status = 'DRAFT' AND lock_version = :lock""")
                .param("on", command.assessedOn()).param("now", Timestamp.from(clock.instant())).param("comment", Texts.blankToNull(command.comment()))
                .param("id", assessmentId).param("lock", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("validation.assessment.stale");
        }
        jdbc.sql("DELETE FROM assessment_rating WHERE assessment_id = :id").param("id", assessmentId).update();
        writeRatings(assessmentId, ratings);
        return view(user, row(assessmentId));
    }

    @Override
    public AssessmentView sign(UUID assessmentId, LockCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = row(assessmentId);
        Assessor assessor = requireOwnDraft(user, row, "assessment signed");
        List<RatingCommand> ratings = jdbc.sql(
                "SELECT checklist_item_id, level FROM assessment_rating WHERE assessment_id = :id")
                .param("id", assessmentId)
                .query((rs, n) -> new RatingCommand(uuid(rs, "checklist_item_id"), rs.getInt("level"), null)).list();
        if (ratings.isEmpty()) {
            throw new InvalidFieldException("ratings", "validation.assessment.sign.noRatings");
        }
        check(row.checklistId(), row.assessedOn(), ratings);
        int updated = jdbc.sql("""
                UPDATE assessment SET status = 'SIGNED', signed_at = :now, updated_at = :now,
                       lock_version = lock_version + 1
                 WHERE id = :id AND status = 'DRAFT' AND lock_version = :lock""")
                .param("id", assessmentId).param("now", Timestamp.from(clock.instant())).param("lock", command.lockVersion()).update();
        if (updated == 0) {
            throw new ConflictException("validation.assessment.stale");
        }
        boolean recorded = row.role() != AssessorRole.SELF && recordInGapAnalysis(row);
        UUID placementId = jdbc.sql("SELECT placement_id FROM checklist WHERE id = :c").param("c", row.checklistId())
                .query(UUID.class).single();
        events.publishEvent(new AssessmentSigned(assessmentId, row.checklistId(), placementId, row.participantId(),
                assessor.access().participantOrganisationId(), row.role(), row.assessedOn(), ratings.size(), recorded,
                SwedishTime.today(clock)));
        return view(user, row(assessmentId));
    }

    /** The signed ratings of items linked to requirement items become the participant's levels (source VALIDATION). */
    private boolean recordInGapAnalysis(Row row) {
        record Linked(UUID itemKey, int level) {
        }
        record Checklist(UUID profileVersion, String title) {
        }
        Checklist checklist = jdbc.sql("SELECT profile_version_id, title FROM checklist WHERE id = :c")
                .param("c", row.checklistId())
                .query((rs, n) -> new Checklist(uuid(rs, "profile_version_id"), rs.getString("title"))).single();
        UUID profileVersion = checklist.profileVersion();
        if (profileVersion == null) {
            return false;
        }
        List<Linked> linked = jdbc.sql("""
                SELECT i.item_key, r.level FROM assessment_rating r JOIN checklist_item i ON i.id = r.checklist_item_id
                 WHERE r.assessment_id = :a AND i.item_key IS NOT NULL ORDER BY i.position""")
                .param("a", row.id()).query((rs, n) -> new Linked(uuid(rs, "item_key"), rs.getInt("level"))).list();
        if (linked.isEmpty()) {
            return false;
        }
        String note = clip("Validering (" + (row.role() == AssessorRole.SUPERVISOR ? "handledare" : "koordinator")
                + "): " + checklist.title(), 1000);
        Map<UUID, Integer> levels = new java.util.LinkedHashMap<>();
        linked.forEach(l -> levels.putIfAbsent(l.itemKey(), l.level()));
        mappings.record(row.participantId(), new MappingCommand(profileVersion, levels.entrySet().stream()
                .map(e -> new MappingCommand.Level(e.getKey(), e.getValue(), MappingSource.VALIDATION, row.assessedOn(),
                        note)).toList()));
        return true;
    }

    private Assessor requireOwnDraft(CurrentUser user, Row row, String detail) {
        ParticipantAccess read = participants.access(row.participantId(), AccessNeed.CONTRIBUTE, detail);
        if (!row.assessorId().equals(user.id().value())) {
            throw new AccessDeniedException("only the assessor changes an assessment");
        }
        if (row.status() == AssessmentStatus.SIGNED) {
            throw new ConflictException("validation.assessment.signed");
        }
        return new Assessor(row.role(), read);
    }

    private void check(UUID checklistId, LocalDate assessedOn, List<RatingCommand> ratings) {
        List<FieldProblem> problems = new ArrayList<>();
        if (assessedOn.isAfter(SwedishTime.today(clock))) {
            problems.add(new FieldProblem("assessedOn", "validation.assessment.assessedOn.future"));
        }
        Map<UUID, RatingRules.Item> items = checklists.items(checklistId).stream()
                .collect(Collectors.toMap(ChecklistItemView::id,
                        i -> new RatingRules.Item(i.id(), i.yesNo(), i.removed())));
        problems.addAll(RatingRules.check(ratings, items));
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private void writeRatings(UUID assessmentId, List<RatingCommand> ratings) {
        for (RatingCommand rating : ratings) {
            jdbc.sql("""
                    INSERT INTO assessment_rating (assessment_id, checklist_item_id, level, comment)
                    VALUES (:a, :item, :level, :comment)""")
                    .param("a", assessmentId).param("item", rating.itemId()).param("level", rating.level())
                    .param("comment", Texts.blankToNull(rating.comment())).update();
        }
    }

    @Override
    public AssessmentView get(UUID assessmentId) {
        CurrentUser user = currentUsers.current();
        Row row = row(assessmentId);
        participants.access(row.participantId(), AccessNeed.READ, "assessment");
        requireVisible(user, row);
        return view(user, row);
    }

    /** A participant sees their own assessments, but another assessor's only once signed. */
    private void requireVisible(CurrentUser user, Row row) {
        if (user.is(Role.PARTICIPANT) && row.status() == AssessmentStatus.DRAFT
                && !row.assessorId().equals(user.id().value())) {
            throw new NotFoundException("validation.assessment.notFound");
        }
    }

    @Override
    public PageResult<AssessmentSummary> forParticipant(UUID participantId, Integer page, Integer size) {
        CurrentUser user = currentUsers.current();
        participants.access(participantId, AccessNeed.LIST, "assessments");
        var paging = Paging.of(page, size, org.springframework.data.domain.Sort.unsorted());
        String where = "a.participant_id = :p" + (user.is(Role.PARTICIPANT)
                ? " AND (a.status = 'SIGNED' OR a.assessor_id = :me)" : "");
        long total = jdbc.sql("SELECT count(*) FROM assessment a WHERE " + where).param("p", participantId)
                .param("me", user.id().value()).query(Long.class).single();
        record Found(AssessmentSummary summary, UUID placementId) {
        }
        List<Found> found = jdbc.sql("""
                SELECT a.id, a.checklist_id, c.title AS checklist_title, c.placement_id, a.assessor_role,
                       a.assessor_name, a.assessed_on, a.status, a.signed_at,
                       (SELECT count(*) FROM assessment_rating r WHERE r.assessment_id = a.id) AS rated,
                       (SELECT coalesce(avg(r.level), 0) FROM assessment_rating r WHERE r.assessment_id = a.id) AS average
                  FROM assessment a JOIN checklist c ON c.id = a.checklist_id
                 WHERE \s""" + where + " " + """
                 ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT :limit OFFSET :offset""")
                .param("p", participantId).param("me", user.id().value())
                .param("limit", paging.getPageSize()).param("offset", paging.getOffset())
                .query((rs, n) -> new Found(new AssessmentSummary(uuid(rs, "id"), uuid(rs, "checklist_id"),
                        rs.getString("checklist_title"), null,
                        AssessorRole.valueOf(rs.getString("assessor_role")), rs.getString("assessor_name"),
                        rs.getObject("assessed_on", LocalDate.class), AssessmentStatus.valueOf(rs.getString("status")),
                        instant(rs, "signed_at"), rs.getInt("rated"),
                        Math.round(rs.getDouble("average") * 10) / 10.0), uuid(rs, "placement_id"))).list();
        Map<UUID, String> titles = checklists.placementTitles(found.stream().map(Found::placementId).toList());
        List<AssessmentSummary> items = found.stream().map(f -> {
            AssessmentSummary a = f.summary();
            return new AssessmentSummary(a.id(), a.checklistId(), a.checklistTitle(), titles.get(f.placementId()),
                    a.assessorRole(), a.assessorName(), a.assessedOn(), a.status(), a.signedAt(), a.ratedItems(),
                    a.averageLevel());
        }).toList();
        int pages = (int) ((total + paging.getPageSize() - 1) / paging.getPageSize());
        return new PageResult<>(items, paging.getPageNumber(), paging.getPageSize(), total, pages);
    }

    // ------------------------------------------------------------------------------------------------- evidence

    @Override
    public EvidenceView addNote(UUID assessmentId, EvidenceNoteCommand command) {
        CurrentUser user = currentUsers.current();
        Row row = row(assessmentId);
        requireOwnDraft(user, row, "assessment evidence");
        checkEvidenceItem(row, command.itemId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment_evidence (id, assessment_id, checklist_item_id, kind, note, added_by)
                VALUES (:id, :a, :item, 'NOTE', :note, :by)""")
                .param("id", id).param("a", assessmentId).param("item", command.itemId())
                .param("note", command.note().strip()).param("by", user.id().value()).update();
        return evidence(assessmentId).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public EvidenceView addFile(UUID assessmentId, UUID itemId, String fileName, String contentType, byte[] content,
            String note) {
        CurrentUser user = currentUsers.current();
        Row row = row(assessmentId);
        requireOwnDraft(user, row, "assessment evidence");
        checkEvidenceItem(row, itemId);
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("file", "validation.evidence.file.required");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidFieldException("file", "validation.evidence.file.tooLarge");
        }
        if (ForbiddenCharacters.in(fileName)) {
            throw new InvalidFieldException("file", "field.fileName.forbiddenCharacter");
        }
        // The declared content type is the uploader's claim; the type is what the bytes are.
        String type = EvidenceFiles.detect(content);
        EvidenceKind kind = type == null ? null : FILE_TYPES.get(type);
        if (kind == null) {
            throw new InvalidFieldException("file", "validation.evidence.file.type");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidFieldException("note", "field.tooLong");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO assessment_evidence (id, assessment_id, checklist_item_id, kind, note, file_name,
                    content_type, content, size_bytes, added_by)
                VALUES (:id, :a, :item, :kind, :note, :name, :type, :content, :size, :by)""")
                .param("id", id).param("a", assessmentId).param("item", itemId).param("kind", kind.name())
                .param("note", Texts.blankToNull(note)).param("name", EvidenceFiles.safeName(fileName, type))
                .param("type", type).param("content", content).param("size", content.length)
                .param("by", user.id().value()).update();
        return evidence(assessmentId).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private void checkEvidenceItem(Row row, UUID itemId) {
        if (itemId != null && checklists.items(row.checklistId()).stream()
                .noneMatch(i -> i.id().equals(itemId) && !i.removed())) {
            throw new InvalidFieldException("itemId", "validation.assessment.rating.item.notOnChecklist");
        }
    }

    @Override
    public EvidenceFile evidenceFile(UUID assessmentId, UUID evidenceId) {
        CurrentUser user = currentUsers.current();
        Row row = row(assessmentId);
        participants.access(row.participantId(), AccessNeed.READ, "assessment evidence file");
        requireVisible(user, row);
        return jdbc.sql("""
                SELECT file_name, content_type, content FROM assessment_evidence
                 WHERE id = :id AND assessment_id = :a AND content IS NOT NULL""")
                .param("id", evidenceId).param("a", assessmentId)
                .query((rs, n) -> new EvidenceFile(
                        EvidenceFiles.safeName(rs.getString("file_name"), rs.getString("content_type")),
                        servedType(rs.getString("content_type")), rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("validation.evidence.notFound"));
    }

    // ------------------------------------------------------------------------------------------------- reading

    Row row(UUID assessmentId) {
        return jdbc.sql("SELECT * FROM assessment WHERE id = :id").param("id", assessmentId)
                .query((rs, n) -> new Row(uuid(rs, "id"), uuid(rs, "checklist_id"), uuid(rs, "participant_id"),
                        AssessorRole.valueOf(rs.getString("assessor_role")), uuid(rs, "assessor_id"),
                        rs.getString("assessor_name"), rs.getObject("assessed_on", LocalDate.class),
                        rs.getString("comment"), AssessmentStatus.valueOf(rs.getString("status")),
                        instant(rs, "signed_at"), uuid(rs, "follows_id"), instant(rs, "created_at"),
                        instant(rs, "updated_at"), rs.getLong("lock_version")))
                .optional().orElseThrow(() -> new NotFoundException("validation.assessment.notFound"));
    }

    private AssessmentView view(CurrentUser user, Row row) {
        record Checklist(String title, UUID placementId) {
        }
        Checklist checklist = jdbc.sql("SELECT title, placement_id FROM checklist WHERE id = :c")
                .param("c", row.checklistId())
                .query((rs, n) -> new Checklist(rs.getString("title"), uuid(rs, "placement_id"))).single();
        List<RatingView> ratings = jdbc.sql("""
                SELECT r.checklist_item_id, r.level, r.comment, i.item_key, i.text, i.easy_text, i.yes_no
                  FROM assessment_rating r JOIN checklist_item i ON i.id = r.checklist_item_id
                 WHERE r.assessment_id = :a ORDER BY i.position""")
                .param("a", row.id())
                .query((rs, n) -> new RatingView(uuid(rs, "checklist_item_id"), uuid(rs, "item_key"),
                        rs.getString("text"), rs.getString("easy_text"), rs.getBoolean("yes_no"), rs.getInt("level"),
                        rs.getString("comment"))).list();
        boolean mayEdit = row.status() == AssessmentStatus.DRAFT && row.assessorId().equals(user.id().value());
        return new AssessmentView(row.id(), row.checklistId(), checklist.title(), checklist.placementId(),
                row.participantId(), row.role(), row.assessorName(), row.assessedOn(), row.comment(), row.status(),
                row.signedAt(), row.followsId(), ratings, evidence(row.id()), row.createdAt(), row.updatedAt(),
                row.lockVersion(), mayEdit);
    }

    private List<EvidenceView> evidence(UUID assessmentId) {
        record E(UUID id, UUID itemId, EvidenceKind kind, String note, String fileName, String contentType,
                Integer size, UUID addedBy, Instant addedAt) {
        }
        List<E> rows = jdbc.sql("""
                SELECT id, checklist_item_id, kind, note, file_name, content_type, size_bytes, added_by, added_at
                  FROM assessment_evidence WHERE assessment_id = :a ORDER BY added_at, id""")
                .param("a", assessmentId)
                .query((rs, n) -> new E(uuid(rs, "id"), uuid(rs, "checklist_item_id"),
                        EvidenceKind.valueOf(rs.getString("kind")), rs.getString("note"), rs.getString("file_name"),
                        rs.getString("content_type"), (Integer) rs.getObject("size_bytes"), uuid(rs, "added_by"),
                        instant(rs, "added_at"))).list();
        Set<UUID> by = new HashSet<>();
        rows.forEach(r -> by.add(r.addedBy()));
        Map<UUID, String> names = by.isEmpty() ? Map.of() : identity.displayNames(by);
        return rows.stream().map(r -> new EvidenceView(r.id(), r.itemId(), r.kind(), r.note(),
                r.fileName() == null ? null : EvidenceFiles.safeName(r.fileName(), r.contentType()),
                r.contentType(), r.size(), names.get(r.addedBy()), r.addedAt())).toList();
    }

    /** Files saved before the type was taken from the bytes are served as the types the bytes were checked for. */
    private static String servedType(String stored) {
        return FILE_TYPES.containsKey(stored) ? stored : "application/octet-stream";
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

}
