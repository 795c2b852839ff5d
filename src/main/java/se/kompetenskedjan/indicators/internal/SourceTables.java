package se.kompetenskedjan.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.indicators.Category;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.participants.StatisticalFacts;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;

/**
 * One count table per indicator of every {@link IndicatorSource} bean (the modules name none of them here): counts
 * about participants by the participants' gender (as the register holds it now), the others by organisation.
 */
@Component
class SourceTables {

    private static final int FACTS_PER_CALL = 1000;

    private final List<IndicatorSource> sources;
    private final StatisticalFacts facts;
    private final IdentityDirectory identity;
    private final Labels labels;

    SourceTables(List<IndicatorSource> sources, StatisticalFacts facts, IdentityDirectory identity, Labels labels) {
        this.sources = sources;
        this.facts = facts;
        this.identity = identity;
        this.labels = labels;
    }

    List<CountTable> tables(IndicatorQuery query) {
        List<CountTable> tables = new ArrayList<>();
        for (IndicatorSource source : sources) {
            Map<String, List<IndicatorCount>> byIndicator = source.counts(query).stream()
                    .filter(c -> query.organisationIds().contains(c.organisationId()))
                    .filter(c -> c.participantId() == null || query.covers(c.participantId()))
                    .collect(Collectors.groupingBy(IndicatorCount::indicator, LinkedHashMap::new, Collectors.toList()));
            for (IndicatorDefinition definition : source.definitions()) {
                List<IndicatorCount> counts = byIndicator.getOrDefault(definition.key(), List.of());
                tables.add(counts.stream().anyMatch(c -> c.participantId() != null)
                        ? byGender(definition, counts) : byOrganisation(definition, counts, query));
            }
        }
        return tables;
    }

    private CountTable byGender(IndicatorDefinition definition, List<IndicatorCount> counts) {
        List<UUID> ids = counts.stream().map(IndicatorCount::participantId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<UUID, String> genders = new HashMap<>();
        for (int i = 0; i < ids.size(); i += FACTS_PER_CALL) {
            facts.of(ids.subList(i, Math.min(ids.size(), i + FACTS_PER_CALL)))
                    .forEach((id, f) -> genders.put(id, f.gender().name()));
        }
        Dimension known = Breakdown.GENDER.dimension(labels, false);
        boolean unknown = counts.stream().anyMatch(c -> c.participantId() == null || !genders.containsKey(c.participantId()));
        Dimension columns = Breakdown.GENDER.dimension(labels, unknown);
        long[][] cells = new long[1][columns.size()];
        for (IndicatorCount c : counts) {
            int column = c.participantId() == null ? -1 : JourneyTables.index(known, genders.get(c.participantId()));
            cells[0][column < 0 ? columns.size() - 1 : column] += c.value();
        }
        Dimension rows = new Dimension("indicator", labels.get("indicators.dimension.indicator"),
                List.of(new Category(definition.key(), definition.name())));
        return new CountTable("source." + definition.key() + ".gender", definition.name() + ", "
                + labels.get("indicators.by.gender"), "source." + definition.key(), rows, columns, cells,
                List.of(definition));
    }

    private CountTable byOrganisation(IndicatorDefinition definition, List<IndicatorCount> counts, IndicatorQuery query) {
        Map<UUID, Long> perOrganisation = new HashMap<>();
        counts.forEach(c -> perOrganisation.merge(c.organisationId(), c.value(), Long::sum));
        if (perOrganisation.isEmpty() && query.organisationIds().size() == 1) {
            perOrganisation.put(query.organisationIds().iterator().next(), 0L);
        }
        Map<UUID, String> names = identity.organisationNames(perOrganisation.keySet());
        List<UUID> order = perOrganisation.keySet().stream()
                .sorted(Comparator.comparing(id -> names.getOrDefault(id, id.toString()))).toList();
        Dimension rows = new Dimension("organisation", labels.get("indicators.dimension.organisation"),
                order.stream().map(id -> new Category(id.toString(), names.getOrDefault(id, id.toString()))).toList());
        Dimension columns = new Dimension("count", labels.get("indicators.dimension.count"),
                List.of(new Category("COUNT", labels.get("indicators.count"))));
        long[][] cells = new long[order.size()][1];
        for (int r = 0; r < order.size(); r++) {
            cells[r][0] = perOrganisation.get(order.get(r));
        }
        return new CountTable("source." + definition.key() + ".organisation", definition.name() + ", "
                + labels.get("indicators.by.organisation"), "source." + definition.key(), rows, columns, cells,
                List.of(definition));
    }
}
