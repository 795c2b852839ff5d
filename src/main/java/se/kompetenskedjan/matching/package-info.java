/** Matching participants and placements: explainable scores, ranking and cohort allocation. */
@org.springframework.modulith.ApplicationModule(displayName = "Matching", allowedDependencies = {"shared"})
package se.kompetenskedjan.matching;
