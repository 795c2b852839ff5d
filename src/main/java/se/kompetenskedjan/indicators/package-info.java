/**
 * Indicators (issue 15): figures of the chain for an organisation, a project or the region over a period, every
 * figure protected against identifying anyone (threshold and secondary suppression), with their written
 * definitions, the flow view of a ladder and the funders' reports and exports. Keeps its own read model of the
 * journeys from the plans module's events (with the participants' statistical attributes at enrolment, through the
 * participants module's StatisticalFacts); names steps through the profiles module's ladders; asks the other modules'
 * counts through {@link se.kompetenskedjan.shared.IndicatorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"plans", "participants", "profiles", "identity", "shared"})
package se.kompetenskedjan.indicators;
