package se.kompetenskedjan.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.LadderChoice;
import se.kompetenskedjan.indicators.LadderFlow;
import se.kompetenskedjan.indicators.LadderFlow.Move;
import se.kompetenskedjan.indicators.LadderFlows;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * The flow view of a ladder (decision 101): one count table of the stays left in the period, from step to step or
 * out, protected once per request (through {@link Protection}), and one report log row per flow produced.
 */
@Service
class LadderFlowService implements LadderFlows {

    static final String POPULATION = "ladder-flow";
    static final String DEFINITION = "journeys.flow";
    private static final String COMPLETED = "COMPLETED";
    private static final String ENDED_EARLY = "ENDED_EARLY";
    private static final String UNKNOWN = StepCategories.UNKNOWN;

    private final CurrentUsers currentUsers;
    private final IndicatorAccess access;
    private final FlowCounts counts;
    private final Ladders ladders;
    private final Labels labels;
    private final ReportLog log;
    private final Clock clock;
    private final Protection protection;
    private final int threshold;

    LadderFlowService(CurrentUsers currentUsers, IndicatorAccess access, FlowCounts counts, Ladders ladders,
            Labels labels, ReportLog log, Clock clock, Protection protection,
            @Value("${kk.statistics.threshold:5}") int threshold) {
        this.currentUsers = currentUsers;
        this.access = access;
        this.counts = counts;
        this.ladders = ladders;
        this.labels = labels;
        this.log = log;
        this.clock = clock;
        this.protection = protection;
        this.threshold = threshold;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LadderChoice> ladders(ReportScope scope) {
        UUID organisation = organisation(currentUsers.current(), scope);
        List<LadderChoice> choices = new ArrayList<>();
        for (UUID id : counts.ladders(organisation)) {
            try {
                choices.add(new LadderChoice(id, ladders.ladder(id).name()));
            } catch (RuntimeException gone) {
                // A ladder that can no longer be read is not offered.
            }
        }
        choices.sort(Comparator.comparing(LadderChoice::name).thenComparing(LadderChoice::id));
        return choices;
    }

    @Override
    @Transactional
    public LadderFlow flow(ReportScope scope, UUID ladderId, LocalDate from, LocalDate to) {
        CurrentUser user = currentUsers.current();
        UUID organisation = organisation(user, scope);
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "indicators.period.order");
        }
        if (ladderId == null || !counts.used(organisation, ladderId)) {
            throw new NotFoundException("indicatorflow.ladder.notFound");
        }
        LadderView ladder = ladders.ladder(ladderId);
        List<StepView> steps = ladder.steps().stream().sorted(Comparator.comparingInt(StepView::position)).toList();
        List<FlowCounts.Left> left = counts.left(organisation, ladderId, from, to);

        boolean unknownFrom = left.stream().anyMatch(l -> index(steps, l.step()) < 0);
        boolean unknownTo = left.stream().anyMatch(l -> l.to() != null && index(steps, l.to()) < 0);
        List<Category> rows = stepCategories(steps, unknownFrom);
        List<Category> columns = stepCategories(steps, false);
        columns.add(new Category(COMPLETED, labels.get("indicatorflow.out.COMPLETED")));
        columns.add(new Category(ENDED_EARLY, labels.get("indicatorflow.out.ENDED_EARLY")));
        if (unknownTo) {
            columns.add(new Category(UNKNOWN, labels.get("indicators.step.unknown")));
        }
        long[][] matrix = new long[rows.size()][columns.size()];
        for (FlowCounts.Left l : left) {
            int r = index(steps, l.step());
            matrix[r < 0 ? rows.size() - 1 : r][column(steps, columns.size(), l)] += l.count();
        }
        List<List<Move>> moves = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Move> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                line.add(move(r, c, steps.size(), columns.get(c).code(), unknownFrom && r == rows.size() - 1));
            }
            moves.add(line);
        }
        IndicatorDefinition definition = new IndicatorDefinition(DEFINITION,
                labels.get("indicatorflow.definition.name"), labels.get("indicatorflow.definition.text"),
                IndicatorDefinition.Kind.FLOW_IN_PERIOD);
        CountTable table = new CountTable("flow", labels.get("indicatorflow.table.title", ladder.name()), POPULATION,
                new Dimension("fromStep", labels.get("indicatorflow.dimension.fromStep"), rows),
                new Dimension("toStep", labels.get("indicatorflow.dimension.toStep"), columns), matrix,
                List.of(definition));
        List<ProtectedTable> published = protection.protect(List.of(table));
        log.produced(user, scope, organisation, from, to, to, threshold, published.size());
        String scopeName = organisation != null
                ? labels.get("indicators.scope.organisationNamed", user.organisationName())
                : labels.get("indicators.scope.region");
        ProtectedReport report = new ProtectedReport(labels.get("indicatorflow.report.title", ladder.name()),
                scopeName, from, to, to, threshold, OffsetDateTime.ofInstant(clock.instant(), SwedishTime.SWEDEN),
                published);
        return new LadderFlow(ladderId, ladder.name(), report, moves);
    }

    /** The organisation a scope covers (null: the region); 403 when the scope is not the user's. */
    private UUID organisation(CurrentUser user, ReportScope scope) {
        if (scope == null || !access.scopes(user).contains(scope)) {
            throw new AccessDeniedException("indicators: scope not allowed");
        }
        return scope == ReportScope.ORGANISATION ? user.organisationId().value() : null;
    }

    private List<Category> stepCategories(List<StepView> steps, boolean unknown) {
        List<Category> categories = new ArrayList<>();
        steps.forEach(s -> categories.add(new Category(s.id().toString(), s.name())));
        if (unknown) {
            categories.add(new Category(UNKNOWN, labels.get("indicators.step.unknown")));
        }
        return categories;
    }

    private static int column(List<StepView> steps, int columns, FlowCounts.Left left) {
        if (left.to() == null) {
            return ENDED_EARLY.equals(left.by()) ? steps.size() + 1 : steps.size();
        }
        int c = index(steps, left.to());
        return c >= 0 ? c : columns - 1;
    }

    /** Steps are compared by their place in the ladder: a later one is on, the same or an earlier one back. */
    private static Move move(int row, int column, int stepCount, String code, boolean unknownRow) {
        if (code.equals(COMPLETED)) {
            return Move.COMPLETED;
        }
        if (code.equals(ENDED_EARLY)) {
            return Move.ENDED_EARLY;
        }
        if (unknownRow || code.equals(UNKNOWN) || column >= stepCount) {
            return Move.OTHER;
        }
        return column > row ? Move.ON : Move.BACK;
    }

    private static int index(List<StepView> steps, UUID step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(step)) {
                return i;
            }
        }
        return -1;
    }
}
