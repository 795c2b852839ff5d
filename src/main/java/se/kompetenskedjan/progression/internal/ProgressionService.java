package se.kompetenskedjan.progression.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.checklists.SignedAssessments;
import se.kompetenskedjan.checklists.SignedAssessments.CohortFilter;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantSummary;
import se.kompetenskedjan.placements.PlacementDirectory;
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
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.PageResult;

/**
 * Progression matrices from the checklists module's signed assessments ({@link SignedAssessments}); the unit and
 * occupation filters become place ids through the placements module. Every query goes through an index: a
 * participant's assessments by participant, ratings by assessment, items by checklist; the cohort's candidates through
 * the filter's index (unit → placement → checklist → assessment, template → checklist, step → participant ids),
 * visibility decided by the participants module on the candidates' ids.
 */
@Service
class ProgressionService implements Progression {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;
    /** How many assessed participants (most recently assessed first) the cohort matrix looks at, visible or not. */
    static final int CANDIDATE_SCAN = 20_000;
    private static final int IDS_AT_ONCE = 1000;
    private static final Pattern OCCUPATION = Pattern.compile("[0-9]{1,4}|[A-Za-z0-9_-]{5,50}");

    private final SignedAssessments assessments;
    private final PlacementDirectory placements;
    private final ParticipantRegister participants;
    private final Journeys journeys;
    private final CurrentUsers users;
    private final MessageSource messages;

    ProgressionService(SignedAssessments assessments, PlacementDirectory placements, ParticipantRegister participants, Journeys journeys, CurrentUsers users,
            MessageSource messages) {
        this.assessments = assessments;
        this.placements = placements;
        this.participants = participants;
        this.journeys = journeys;
        this.users = users;
        this.messages = messages;
    }

    // --- one participant ------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public ParticipantProgressionView participant(UUID participantId) {
        participants.access(participantId, AccessNeed.READ, "progression");
        SignedAssessments.History history = assessments.history(participantId);
        List<AssessmentIn> assessments = history.assessments().stream().map(a -> new AssessmentIn(a.id(),
                a.checklistId(), a.assessedOn(), a.signedAt(), a.role(), a.assessorName())).toList();
        List<ItemIn> items = history.items().stream().map(i -> new ItemIn(i.id(), i.checklistId(),
                i.checklistTitle(), i.position(), i.itemKey(), i.text(), i.yesNo(), i.removed())).toList();
        List<RatingIn> ratings = history.ratings().stream().map(r -> new RatingIn(r.assessmentId(), r.itemId(),
                r.level())).toList();
        return ProgressionCalculator.participant(participantId, assessments, items, ratings,
                labels(LocaleContextHolder.getLocale()));
    }

    // --- cohort ---------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public CohortMatrixView matrix(MatrixFilter filter) {
        requireStaff();
        CohortFilter query = query(filter);
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
        CohortFilter query = query(filter.withPage(0));
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
            participants.access(participant.id(), AccessNeed.EXPORT, detail);
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

    /** The filter for the checklists module (the unit and occupation resolved to places by the placements module). */
    private CohortFilter query(MatrixFilter filter) {
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
        if (filter.checklistId() != null && !assessments.checklistExists(filter.checklistId())) {
            problems.add(new FieldProblem("checklistId", "progression.filter.checklist.unknown"));
        }
        if (filter.templateId() != null && !assessments.templateExists(filter.templateId())) {
            problems.add(new FieldProblem("templateId", "progression.filter.template.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Set<UUID> places = filter.unitId() == null && occupation == null ? null
                : placements.placesWith(filter.unitId(), occupation);
        Set<UUID> onStep = filter.ladderId() == null ? null : onStep(filter.ladderId(), filter.stepId());
        return new CohortFilter(places, filter.templateId(), filter.checklistId(), onStep);
    }

    /** Participants on the step today (or anywhere on the ladder without a step), via the plans module. */
    private Set<UUID> onStep(UUID ladderId, UUID stepId) {
        try {
            List<ParticipantOnStep> standing = stepId != null ? journeys.onStep(ladderId, stepId)
                    : journeys.onLadder(ladderId).values().stream().flatMap(List::stream).toList();
            return standing.stream().map(s -> s.participant().id()).collect(java.util.stream.Collectors.toSet());
        } catch (NotFoundException e) {
            throw new InvalidFieldException(stepId != null && !"journey.ladder.unknown".equals(e.messageKey())
                    ? "stepId" : "ladderId", stepId != null && !"journey.ladder.unknown".equals(e.messageKey())
                    ? "progression.filter.step.unknown" : "progression.filter.ladder.unknown");
        }
    }

    /** Visible participants among the candidates, most recently assessed first, at most EXPORT_MAX_ROWS. */
    record Candidates(List<UUID> visible, Map<UUID, java.time.LocalDate> lastOn, boolean capped) {
    }

    private Candidates candidates(CohortFilter query) {
        List<SignedAssessments.Candidate> found = assessments.candidates(query, CANDIDATE_SCAN + 1);
        boolean capped = found.size() > CANDIDATE_SCAN;
        List<SignedAssessments.Candidate> scanned = capped ? found.subList(0, CANDIDATE_SCAN) : found;
        var visibleIds = scanned.isEmpty() ? java.util.Set.<UUID>of()
                : participants.visibleAmong(scanned.stream().map(SignedAssessments.Candidate::participantId).toList());
        List<UUID> visible = new ArrayList<>();
        Map<UUID, java.time.LocalDate> lastOn = new HashMap<>();
        for (SignedAssessments.Candidate candidate : scanned) {
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

    private List<CohortRating> ratings(CohortFilter query, List<UUID> participantIds) {
        return assessments.ratings(query, participantIds).stream().map(r -> new CohortRating(r.participantId(),
                r.assessmentId(), r.assessedOn(), r.signedAt(), r.itemId(), r.itemKey(), r.position(), r.text(),
                r.yesNo(), r.removed(), r.level())).toList();
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
}
