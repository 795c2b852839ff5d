/**
 * Indicators (issue 15): figures of the chain for an organisation, a project or the region over a period, every
 * figure protected against identifying anyone (threshold and secondary suppression), with their written
 * definitions, the flow view of a ladder and the funders' reports and exports. Keeps its own read model of the
 * journeys from the plans module's events; asks the other modules' counts through
 * {@link se.kompetenskedjan.shared.IndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"identity", "participants", "profiles", "shared"})
package se.kompetenskedjan.indicators;
