/**
 * Matching participants and placements: explainable scores, ranking both ways, waivers of hard requirements, the
 * candidate profile (home, travel, interests, busy hours) and cohort allocation with an exact min-cost-flow solver.
 * Personal data: access and audit through the participants module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching",
        allowedDependencies = {"placements", "plans", "participants", "profiles", "identity", "shared"})
package se.kompetenskedjan.matching;
