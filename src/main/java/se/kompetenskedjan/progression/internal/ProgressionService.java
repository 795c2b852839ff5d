package se.kompetenskedjan.progression.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.ParticipantOnStep;
import se.kompetenskedjan.progression.CohortMatrixView.ItemColumn;
import se.kompetenskedjan.progression.CohortMatrixView.ParticipantRow;
import se.kompetenskedjan.progression.CohortMatrixView;
import se.kompetenskedjan.progression.MatrixFilter;
import se.kompetenskedjan.progression.ParticipantProgressionView;
import se.kompetenskedjan.progression.Progression;
import se.kompetenskedjan.progression.ProgressionExport;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.AssessmentIn;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.CohortRating;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.ItemIn;
import se.kompetenskedjan.progression.internal.ProgressionCalculator.RatingIn;
import se.kompetenskedjan.shared.AuditAction;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;

/**
 * Progression matrices read straight from the checklist and assessment tables (signed assessments only). Every query
 * goes through an index: a participant's assessments by participant, ratings by assessment, items by checklist; the
 * cohort's candidates through the filter's index (unit → placement → checklist → assessment, template → checklist,
 * step → participant ids), visibility decided by the participants module on the candidates' ids.
 */
@Service
class ProgressionService implements Progression {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;
    /** How many assessed participants (most recently assessed first) the cohort matrix looks at, visible or not. */
    static final int CANDIDATE_SCAN = 20_000;
    private static final int IDS_AT_ONCE = 1000;
    private static final Pattern OCCUPATION = Pattern.compile("[0-9]{1,4}|[A-Za-z0-9_-]{5,50}");
    private static final String STAFF_SIGNED = "a.status = 'SIGNED' AND a.assessor_role IN ('SUPERVISOR', 'COORDINATOR')";

    private final JdbcClient jdbc;
    private final ParticipantRegister participants;
    private final Journeys journeys;
    private final CurrentUsers users;
    private final MessageSource messages;

    ProgressionService(JdbcClient jdbc, ParticipantRegister participants, Journeys journeys, CurrentUsers users,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.journeys = journeys;
        this.users = users;
        this.messages = messages;
    }

    // --- one participant ------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public ParticipantProgressionView participant(UUID participantId) {
        ParticipantAccess access = participants.requireRead(participantId);
        List<AssessmentIn> assessments = jdbc.sql("""
                SELECT a.id, a.checklist_id, a.assessed_on, a.signed_at, a.assessor_role AS role, a.assessor_name
                  FROM assessment a
                 WHERE a.participant_id = :participant AND a.status = 'SIGNED'
                 ORDER BY a.assessed_on, a.signed_at
                 LIMIT 2000
                """).param("participant", participantId)
                .query((rs, n) -> new AssessmentIn(rs.getObject("id", UUID.class),
                        rs.getObject("checklist_id", UUID.class), rs.getObject("assessed_on", java.time.LocalDate.class),
                        instant(rs.getTimestamp("signed_at")), rs.getString("role"), rs.getString("assessor_name")))
                .list();
        List<ItemIn> items = List.of();
        List<RatingIn> ratings = List.of();
        if (!assessments.isEmpty()) {
            UUID[] checklists = assessments.stream().map(AssessmentIn::checklistId).distinct().toArray(UUID[]::new);
            items = jdbc.sql("""
                    SELECT i.id, i.checklist_id, c.title AS checklist_title, i.position, i.item_key, i.text, i.yes_no,
                           i.removed_at IS NOT NULL AS removed
                      FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id
                     WHERE i.checklist_id = ANY(:checklists)
                    """).param("checklists", checklists)
                    .query((rs, n) -> new ItemIn(rs.getObject("id", UUID.class), rs.getObject("checklist_id", UUID.class),
                            rs.getString("checklist_title"), rs.getInt("position"), rs.getObject("item_key", UUID.class),
                            rs.getString("text"), rs.getBoolean("yes_no"), rs.getBoolean("removed")))
                    .list();
            ratings = jdbc.sql("""
                    SELECT r.assessment_id, r.checklist_item_id, r.level FROM assessment_rating r
                     WHERE r.assessment_id = ANY(:assessments)
                    """).param("assessments", assessments.stream().map(AssessmentIn::id).toArray(UUID[]::new))
                    .query((rs, n) -> new RatingIn(rs.getObject("assessment_id", UUID.class),
                            rs.getObject("checklist_item_id", UUID.class), rs.getInt("level")))
                    .list();
        }
        participants.recordAccess(access, AuditAction.VIEW, "progression");
        return ProgressionCalculator.participant(participantId, assessments, items, ratings,
                labels(LocaleContextHolder.getLocale()));
    }

    // --- cohort ---------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public CohortMatrixView matrix(MatrixFilter filter) {
        requireStaff();
        Query query = query(filter);
        int size = filter.size() == null ? DEFAULT_PAGE_SIZE : filter.size();
        int page = filter.page() == null ? 0 : filter.page();
        Candidates candidates = candidates(query);
        List<UUID> visible = candidates.visible();
        int totalPages = (visible.size() + size - 1) / size;
        long from = (long) page * size;
        List<UUID> pageIds = from >= visible.size() ? List.of()
                : visible.subList((int) from, (int) Math.min(visible.size(), from + size));
        List<ParticipantSummary> shown = summaries(pageIds);
        List<CohortRating> ratings = ratings(query, shown.stream().map(ParticipantSummary::id).toList());
        List<ItemColumn> columns = ProgressionCalculator.columns(ratings);
        return new CohortMatrixView(columns, new PageResult<>(rows(shown, columns, ratings, candidates,
                labels(LocaleContextHolder.getLocale())), page, size,
                visible.size(), totalPages), candidates.capped());
    }

    @Override
    @Transactional
    public ProgressionExport export(MatrixFilter filter, ProgressionExport.Format format) {
        requireStaff();
        Query query = query(filter.withPage(0));
        Candidates candidates = candidates(query);
        List<ParticipantSummary> shown = new ArrayList<>();
        List<CohortRating> ratings = new ArrayList<>();
        List<UUID> visible = candidates.visible();
        for (int from = 0; from < visible.size(); from += IDS_AT_ONCE) {
            List<ParticipantSummary> chunk = summaries(visible.subList(from, Math.min(visible.size(), from + IDS_AT_ONCE)));
            shown.addAll(chunk);
            ratings.addAll(ratings(query, chunk.stream().map(ParticipantSummary::id).toList()));
        }
        String detail = "progression matrix export " + format.name().toLowerCase(Locale.ROOT);
        for (ParticipantSummary participant : shown) {
            ParticipantAccess access = participants.access(participant.id(), AccessNeed.EXPORT, detail);
        }
        List<ItemColumn> columns = ProgressionCalculator.columns(ratings);
        CohortMatrixView matrix = new CohortMatrixView(columns, new PageResult<>(rows(shown, columns, ratings,
                candidates, labels(MatrixWriter.SWEDISH)), 0, shown.size(), shown.size(), 1), candidates.capped());
        MatrixWriter writer = new MatrixWriter(messages);
        return switch (format) {
            case XLSX -> new ProgressionExport("progressionsmatris.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", writer.xlsx(matrix), shown.size());
            case CSV -> new ProgressionExport("progressionsmatris.csv", "text/csv;charset=UTF-8", writer.csv(matrix),
                    shown.size());
        };
    }

    void requireStaff() {
        CurrentUser user = users.current();
        if (user.isAnyOf(Role.ANALYST, Role.PARTICIPANT)) {
            throw new AccessDeniedException("the progression matrix is for staff who follow participants");
        }
    }

    /** The filter as SQL over assessment a (checklist c and placement p joined only when a filter needs them). */
    record Query(String from, String where, Map<String, Object> params) {
    }

    private Query query(MatrixFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        if (filter.page() != null && filter.page() < 0) {
            problems.add(new FieldProblem("page", "progression.filter.page.invalid"));
        }
        if (filter.size() != null && (filter.size() < 1 || filter.size() > MAX_PAGE_SIZE)) {
            problems.add(new FieldProblem("size", "progression.filter.size.invalid"));
        }
        String occupation = filter.occupation() == null || filter.occupation().isBlank() ? null
                : filter.occupation().strip();
        if (occupation != null && !OCCUPATION.matcher(occupation).matches()) {
            problems.add(new FieldProblem("occupation", "progression.filter.occupation.invalid"));
        }
        if (filter.stepId() != null && filter.ladderId() == null) {
            problems.add(new FieldProblem("ladderId", "progression.filter.ladder.required"));
        }
        if (filter.checklistId() != null && !exists("SELECT exists (SELECT 1 FROM checklist WHERE id = :id)",
                filter.checklistId())) {
            problems.add(new FieldProblem("checklistId", "progression.filter.checklist.unknown"));
        }
        if (filter.templateId() != null && !exists("SELECT exists (SELECT 1 FROM checklist_template WHERE id = :id)",
                filter.templateId())) {
            problems.add(new FieldProblem("templateId", "progression.filter.template.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(STAFF_SIGNED);
        boolean checklist = false;
        boolean placement = false;
        if (filter.unitId() != null) {
            where.append(" AND p.unit_id = :unit");
            params.put("unit", filter.unitId());
            placement = true;
        }
        if (occupation != null) {
            where.append(" AND (p.ssyk_code = :occupation OR p.occupation_concept_id = :occupation)");
            params.put("occupation", occupation);
            placement = true;
        }
        if (filter.checklistId() != null) {
            where.append(" AND a.checklist_id = :checklist");
            params.put("checklist", filter.checklistId());
        }
        if (filter.templateId() != null) {
            where.append(" AND c.template_id = :template");
            params.put("template", filter.templateId());
            checklist = true;
        }
        if (filter.ladderId() != null) {
            where.append(" AND a.participant_id = ANY(:onStep)");
            params.put("onStep", onStep(filter.ladderId(), filter.stepId()));
        }
        String from = "assessment a"
                + (checklist || placement ? " JOIN checklist c ON c.id = a.checklist_id" : "")
                + (placement ? " JOIN placement p ON p.id = c.placement_id" : "");
        return new Query(from, where.toString(), params);
    }

    /** Participants on the step today (or anywhere on the ladder without a step), via the plans module. */
    private UUID[] onStep(UUID ladderId, UUID stepId) {
        try {
            List<ParticipantOnStep> standing = stepId != null ? journeys.onStep(ladderId, stepId)
                    : journeys.onLadder(ladderId).values().stream().flatMap(List::stream).toList();
            return standing.stream().map(s -> s.participant().id()).toArray(UUID[]::new);
        } catch (NotFoundException e) {
            throw new InvalidFieldException(stepId != null && !"journey.ladder.unknown".equals(e.messageKey())
                    ? "stepId" : "ladderId", stepId != null && !"journey.ladder.unknown".equals(e.messageKey())
                    ? "progression.filter.step.unknown" : "progression.filter.ladder.unknown");
        }
    }

    private boolean exists(String sql, UUID id) {
        return Boolean.TRUE.equals(jdbc.sql(sql).param("id", id).query(Boolean.class).single());
    }

    record Candidate(UUID participantId, java.time.LocalDate lastOn) {
    }

    /** Visible participants among the candidates, most recently assessed first, at most EXPORT_MAX_ROWS. */
    record Candidates(List<UUID> visible, Map<UUID, java.time.LocalDate> lastOn, boolean capped) {
    }

    private Candidates candidates(Query query) {
        List<Candidate> found = jdbc.sql("SELECT a.participant_id, max(a.assessed_on) AS last_on FROM " + query.from()
                + " WHERE " + query.where() + """
                \s GROUP BY a.participant_id
                 ORDER BY last_on DESC, a.participant_id
                 LIMIT :limit
                """).params(query.params()).param("limit", CANDIDATE_SCAN + 1)
                .query(Candidate.class).list();
        boolean capped = found.size() > CANDIDATE_SCAN;
        List<Candidate> scanned = capped ? found.subList(0, CANDIDATE_SCAN) : found;
        var visibleIds = scanned.isEmpty() ? java.util.Set.<UUID>of()
                : participants.visibleAmong(scanned.stream().map(Candidate::participantId).toList());
        List<UUID> visible = new ArrayList<>();
        Map<UUID, java.time.LocalDate> lastOn = new HashMap<>();
        for (Candidate candidate : scanned) {
            if (visibleIds.contains(candidate.participantId())) {
                if (visible.size() == EXPORT_MAX_ROWS) {
                    capped = true;
                    break;
                }
                visible.add(candidate.participantId());
                lastOn.put(candidate.participantId(), candidate.lastOn());
            }
        }
        return new Candidates(visible, lastOn, capped);
    }

    /** List rows (audited LIST by the participants module) in the candidates' order. */
    private List<ParticipantSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ParticipantSummary> byId = new HashMap<>();
        participants.summaries(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(s -> s != null).toList();
    }

    private List<CohortRating> ratings(Query query, List<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT a.participant_id, a.id AS assessment_id, a.assessed_on, a.signed_at, i.id AS item_id,
                       i.item_key, i.position, i.text, i.yes_no, i.removed_at IS NOT NULL AS removed, r.level
                  FROM\s""" + query.from() + """
                \s JOIN assessment_rating r ON r.assessment_id = a.id
                  JOIN checklist_item i ON i.id = r.checklist_item_id
                 WHERE a.participant_id = ANY(:ids) AND\s""" + query.where())
                .params(query.params()).param("ids", participantIds.toArray(UUID[]::new))
                .query((rs, n) -> new CohortRating(rs.getObject("participant_id", UUID.class),
                        rs.getObject("assessment_id", UUID.class), rs.getObject("assessed_on", java.time.LocalDate.class),
                        instant(rs.getTimestamp("signed_at")), rs.getObject("item_id", UUID.class),
                        rs.getObject("item_key", UUID.class), rs.getInt("position"), rs.getString("text"),
                        rs.getBoolean("yes_no"), rs.getBoolean("removed"), rs.getInt("level")))
                .list();
    }

    private List<ParticipantRow> rows(List<ParticipantSummary> shown, List<ItemColumn> columns,
            List<CohortRating> ratings, Candidates candidates, ProgressionCalculator.Labels labels) {
        Map<UUID, List<CohortRating>> byParticipant = new LinkedHashMap<>();
        ratings.forEach(r -> byParticipant.computeIfAbsent(r.participantId(), k -> new ArrayList<>()).add(r));
        return shown.stream().map(s -> new ParticipantRow(s.id(), s.firstName(), s.lastName(),
                candidates.lastOn().get(s.id()),
                ProgressionCalculator.cells(columns, byParticipant.getOrDefault(s.id(), List.of()), labels)))
                .toList();
    }

    /** The scale's labels (a yes/no item: no for 0, yes above) in the given language. */
    private ProgressionCalculator.Labels labels(Locale locale) {
        return (level, yesNo) -> messages.getMessage(yesNo ? (level > 0 ? "progression.level.yes" : "progression.level.no")
                : "progression.level." + level, null, locale);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
