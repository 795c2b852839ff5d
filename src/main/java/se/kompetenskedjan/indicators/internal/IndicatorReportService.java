package se.kompetenskedjan.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.DurationTable;
import se.kompetenskedjan.indicators.DurationTable.Duration;
import se.kompetenskedjan.indicators.IndicatorReport;
import se.kompetenskedjan.indicators.IndicatorReports;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.indicators.ReportScope;
import se.kompetenskedjan.participants.Gender;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.InvalidFieldException;

@Service
class IndicatorReportService implements IndicatorReports {

    private static final String COMPLETED = "COMPLETED";
    private static final String ENDED_EARLY = "ENDED_EARLY";
    private static final String ALL = "ALL";

    private final CurrentUsers currentUsers;
    private final IndicatorAccess access;
    private final JourneyCounts counts;
    private final JourneyTables journeyTables;
    private final SourceTables sourceTables;
    private final Definitions definitions;
    private final Ladders ladders;
    private final IdentityDirectory identity;
    private final Labels labels;
    private final ReportLog log;
    private final Clock clock;
    private final Protection protection;
    private final int threshold;

    IndicatorReportService(CurrentUsers currentUsers, IndicatorAccess access, JourneyCounts counts,
            JourneyTables journeyTables, SourceTables sourceTables, Definitions definitions, Ladders ladders,
            IdentityDirectory identity, Labels labels, ReportLog log, Clock clock,
            Protection protection, @Value("${kk.statistics.threshold:5}") int threshold) {
        this.currentUsers = currentUsers;
        this.access = access;
        this.counts = counts;
        this.journeyTables = journeyTables;
        this.sourceTables = sourceTables;
        this.definitions = definitions;
        this.ladders = ladders;
        this.identity = identity;
        this.labels = labels;
        this.log = log;
        this.clock = clock;
        this.protection = protection;
        this.threshold = threshold;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ReportScope> scopes() {
        return access.scopes(currentUsers.current());
    }

    @Override
    @Transactional
    public IndicatorReport report(ReportScope scope, LocalDate from, LocalDate to, LocalDate on) {
        CurrentUser user = currentUsers.current();
        if (scope == null || !access.scopes(user).contains(scope)) {
            throw new AccessDeniedException("indicators: scope not allowed");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "indicators.period.order");
        }
        UUID organisation = scope == ReportScope.ORGANISATION ? user.organisationId().value() : null;
        Counted counted = count(scope, organisation, from, to, on);
        List<ProtectedTable> published = protection.protect(counted.tables());
        log.produced(user, scope, organisation, from, to, on, threshold, published.size() + 1);
        String scopeName = organisation != null
                ? labels.get("indicators.scope.organisationNamed", user.organisationName())
                : labels.get("indicators.scope.region");
        return new IndicatorReport(new ProtectedReport(labels.get("indicators.title"), scopeName, from, to, on,
                threshold, OffsetDateTime.ofInstant(clock.instant(), SwedishTime.SWEDEN), published),
                List.of(counted.durations()));
    }

    /** A report's true counts, before protection: never shown as they are. */
    record Counted(List<CountTable> tables, DurationTable durations) {
    }

    /** The true count tables and the days on step of a scope ({@code organisation} null: the region). */
    Counted count(ReportScope scope, UUID organisation, LocalDate from, LocalDate to, LocalDate on) {
        StepCategories steps = steps(scope, organisation);

        List<CountTable> tables = new ArrayList<>();
        tables.addAll(journeyTables.tables(Definitions.ON_STEP, labels.get("indicators.table.onStep", on.toString()),
                steps.dimension(), counts.onStep(organisation, on), id -> steps.codeOf(UUID.fromString(id))));
        tables.addAll(journeyTables.tables(Definitions.INFLOW, labels.get("indicators.table.inflow"),
                codes("inflow", List.of("NEW", "RETURNING"), "indicators.inflow."),
                counts.inflow(organisation, from, to), code -> code));
        List<JourneyCounts.Group> moves = counts.transitions(organisation, from, to);
        tables.addAll(journeyTables.tables(Definitions.TRANSITIONS, labels.get("indicators.table.transitions"),
                transitions(moves, steps), moves, code -> transition(code, steps)));
        tables.addAll(journeyTables.tables(Definitions.ENDED_EARLY, labels.get("indicators.table.endedEarly"),
                codes("dropoutReason", Arrays.stream(DropoutReason.values()).map(Enum::name).toList(), "dropoutReason."),
                counts.endedEarly(organisation, from, to), code -> code));
        tables.addAll(journeyTables.tables(Definitions.OUTCOMES, labels.get("indicators.table.outcomes"),
                codes("outcome", Stream.concat(Arrays.stream(Outcome.values()).map(Enum::name), Stream.of("NONE"))
                        .toList(), "outcome."),
                counts.outcomes(organisation, from, to), code -> code));
        Set<UUID> organisations = organisation != null ? Set.of(organisation) : identity.organisationIds();
        tables.addAll(sourceTables.tables(new IndicatorQuery(organisations, null, from, to, on)));

        return new Counted(tables, durations(steps, counts.daysOnStep(organisation, from, to, steps.codes())));
    }

    private StepCategories steps(ReportScope scope, UUID organisation) {
        List<LadderView> views = new ArrayList<>();
        for (UUID id : counts.ladders(organisation)) {
            try {
                views.add(ladders.ladder(id));
            } catch (RuntimeException gone) {
                // A ladder that can no longer be read: its steps count as unknown.
            }
        }
        return scope == ReportScope.REGION ? StepCategories.perStepType(views, labels)
                : StepCategories.perStep(views, labels);
    }

    private Dimension codes(String key, List<String> codes, String labelPrefix) {
        return new Dimension(key, labels.get("indicators.dimension." + key),
                codes.stream().map(c -> new Category(c, labels.get(c.equals("NONE") ? "indicators.outcome.NONE"
                        : labelPrefix + c))).toList());
    }

    /** A stay's move in SQL ("step id>next step id" or "step id>COMPLETED") as a row code of the steps' rows. */
    private static String transition(String code, StepCategories steps) {
        String[] parts = code.split(">", 2);
        String to = parts[1].equals(COMPLETED) || parts[1].equals(ENDED_EARLY) ? parts[1]
                : steps.codeOf(UUID.fromString(parts[1]));
        return steps.codeOf(UUID.fromString(parts[0])) + ">" + to;
    }

    /** The moves that happened, ordered by the step left and then the step entered (leaving the chain last). */
    private Dimension transitions(List<JourneyCounts.Group> moves, StepCategories steps) {
        Map<String, Category> rows = new LinkedHashMap<>();
        moves.stream().map(g -> transition(g.row(), steps)).distinct()
                .sorted(Comparator.comparingInt((String c) -> steps.indexOf(c.split(">")[0]))
                        .thenComparingInt(c -> order(c.split(">")[1], steps)))
                .forEach(c -> {
                    String[] parts = c.split(">");
                    String to = parts[1].equals(COMPLETED) || parts[1].equals(ENDED_EARLY)
                            ? labels.get("indicators.transition." + parts[1]) : steps.labelOf(parts[1]);
                    rows.put(c, new Category(c, steps.labelOf(parts[0]) + " → " + to));
                });
        return new Dimension("transition", labels.get("indicators.dimension.transition"), List.copyOf(rows.values()));
    }

    private static int order(String to, StepCategories steps) {
        return to.equals(COMPLETED) ? Integer.MAX_VALUE - 1 : to.equals(ENDED_EARLY) ? Integer.MAX_VALUE
                : steps.indexOf(to);
    }

    private DurationTable durations(StepCategories steps, List<JourneyCounts.Days> days) {
        List<Category> columnCategories = new ArrayList<>();
        columnCategories.add(new Category(ALL, labels.get("indicators.allGenders")));
        for (Gender g : Gender.values()) {
            columnCategories.add(new Category(g.name(), labels.get("gender." + g.name())));
        }
        Dimension columns = new Dimension("gender", labels.get("indicators.dimension.gender"), columnCategories);
        List<Category> rowCategories = steps.dimension().categories().stream()
                .filter(c -> !c.code().equals(StepCategories.UNKNOWN)
                        || days.stream().anyMatch(d -> d.row().equals(StepCategories.UNKNOWN)))
                .toList();
        List<List<Duration>> cells = new ArrayList<>();
        for (Category row : rowCategories) {
            List<Duration> line = new ArrayList<>();
            for (Category column : columnCategories) {
                line.add(days.stream()
                        .filter(d -> d.row().equals(row.code())
                                && (column.code().equals(ALL) ? d.gender() == null : column.code().equals(d.gender())))
                        .findFirst().filter(d -> d.stays() >= threshold)
                        .map(d -> new Duration(true, d.lowerQuartile(), d.median(), d.upperQuartile()))
                        .orElse(Duration.hidden()));
            }
            cells.add(line);
        }
        return new DurationTable(Definitions.DAYS_ON_STEP, labels.get("indicators.table.daysOnStep"),
                new Dimension(steps.dimension().key(), steps.dimension().label(), rowCategories), columns, cells,
                List.of(definitions.of(Definitions.DAYS_ON_STEP), definitions.of(Definitions.ATTRIBUTES_AT_ENTRY)));
    }
}
