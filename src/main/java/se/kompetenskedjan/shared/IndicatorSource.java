package se.kompetenskedjan.shared;

import java.util.List;

/**
 * What a module can count for the indicators (issue 15): counts from its own tables, per organisation and, where a
 * count is about one participant, per participant, so that the indicators module can break them down by the
 * participant's gender, age band and the other recorded attributes and protect small groups. The indicators module
 * names none of the implementing modules; it asks every bean of this type.
 */
public interface IndicatorSource {

    /** The indicators this source counts, each with its written definition. */
    List<IndicatorDefinition> definitions();

    /** The counts of this source's indicators for the query; nothing for an indicator with no count. */
    List<IndicatorCount> counts(IndicatorQuery query);
}
