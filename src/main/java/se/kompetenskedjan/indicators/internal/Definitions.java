package se.kompetenskedjan.indicators.internal;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorDefinition.Kind;

/** The written definitions of the journey indicators (issue 15, item 5), from the message bundle. */
@Component
class Definitions {

    static final String ON_STEP = "journeys.onStep";
    static final String INFLOW = "journeys.inflow";
    static final String TRANSITIONS = "journeys.transitions";
    static final String DAYS_ON_STEP = "journeys.daysOnStep";
    static final String ENDED_EARLY = "journeys.endedEarly";
    static final String OUTCOMES = "journeys.outcomes";
    static final String ATTRIBUTES_AT_ENTRY = "journeys.attributesAtEntry";

    private final Labels labels;

    Definitions(Labels labels) {
        this.labels = labels;
    }

    IndicatorDefinition of(String key) {
        Kind kind = key.equals(ON_STEP) ? Kind.STOCK_ON_DATE : Kind.FLOW_IN_PERIOD;
        return new IndicatorDefinition(key, labels.get("indicators.definition." + key + ".name"),
                labels.get("indicators.definition." + key + ".text"), kind);
    }
}
