package se.kompetenskedjan.indicators.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.StepView;

/**
 * The steps a report counts by. An organisation's report has a row per step of the ladders its journeys use (named
 * "ladder: step" when there are several ladders); the region's report a row per kind of step (shadowing, internship,
 * subsidised employment, ...), since every organisation has ladders of its own (decision 93). A step the ladders no
 * longer have counts as "unknown step".
 */
final class StepCategories {

    static final String UNKNOWN = "UNKNOWN";

    private final Dimension dimension;
    private final Map<UUID, String> codeOfStep;

    private StepCategories(Dimension dimension, Map<UUID, String> codeOfStep) {
        this.dimension = dimension;
        this.codeOfStep = codeOfStep;
    }

    static StepCategories perStep(Collection<LadderView> ladders, Labels labels) {
        List<LadderView> sorted = ladders.stream().sorted(Comparator.comparing(LadderView::name)).toList();
        List<Category> categories = new ArrayList<>();
        Map<UUID, String> codes = new LinkedHashMap<>();
        for (LadderView ladder : sorted) {
            for (StepView step : ladder.steps().stream().sorted(Comparator.comparingInt(StepView::position)).toList()) {
                String label = sorted.size() > 1 ? ladder.name() + ": " + step.name() : step.name();
                categories.add(new Category(step.id().toString(), label));
                codes.put(step.id(), step.id().toString());
            }
        }
        categories.add(new Category(UNKNOWN, labels.get("indicators.step.unknown")));
        return new StepCategories(new Dimension("step", labels.get("indicators.dimension.step"), categories), codes);
    }

    static StepCategories perStepType(Collection<LadderView> ladders, Labels labels) {
        List<Category> categories = new ArrayList<>();
        for (StepType type : StepType.values()) {
            categories.add(new Category(type.name(), labels.get("stepType." + type.name())));
        }
        categories.add(new Category(UNKNOWN, labels.get("indicators.step.unknown")));
        Map<UUID, String> codes = new LinkedHashMap<>();
        ladders.forEach(l -> l.steps().forEach(s -> codes.put(s.id(), s.type().name())));
        return new StepCategories(new Dimension("stepType", labels.get("indicators.dimension.stepType"), categories),
                codes);
    }

    Dimension dimension() {
        return dimension;
    }

    /** The row code a step counts in. */
    String codeOf(UUID stepId) {
        return stepId == null ? UNKNOWN : codeOfStep.getOrDefault(stepId, UNKNOWN);
    }

    String labelOf(String code) {
        return dimension.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(Category::label).orElse(code);
    }

    int indexOf(String code) {
        for (int i = 0; i < dimension.size(); i++) {
            if (dimension.categories().get(i).code().equals(code)) {
                return i;
            }
        }
        return dimension.size();
    }

    /** Step id → row code, for the queries that group by rows in SQL (the medians). */
    Map<UUID, String> codes() {
        return codeOfStep;
    }
}
