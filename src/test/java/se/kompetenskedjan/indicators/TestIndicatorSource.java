package se.kompetenskedjan.indicators;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorDefinition.Kind;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;

/**
 * A test-only module's counts, to show that the dashboard asks every {@link IndicatorSource} bean: a count about
 * participants (broken down by gender) and one about no participant (by organisation). Tests give counts per
 * organisation; other organisations get none.
 */
@Component
public class TestIndicatorSource implements IndicatorSource {

    public static final String CHECK_INS = "test.checkIns";
    public static final String PLACES = "test.places";

    private static final Map<UUID, List<IndicatorCount>> COUNTS = new ConcurrentHashMap<>();

    public static void give(UUID organisationId, List<IndicatorCount> counts) {
        COUNTS.put(organisationId, List.copyOf(counts));
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                new IndicatorDefinition(CHECK_INS, "Avstämningar i testet", "Avstämningar gjorda under perioden.",
                        Kind.FLOW_IN_PERIOD),
                new IndicatorDefinition(PLACES, "Platser i testet", "Platser öppna den valda dagen.",
                        Kind.STOCK_ON_DATE));
    }

    @Override
    public List<IndicatorCount> counts(IndicatorQuery query) {
        return query.organisationIds().stream().flatMap(org -> COUNTS.getOrDefault(org, List.of()).stream()).toList();
    }
}
