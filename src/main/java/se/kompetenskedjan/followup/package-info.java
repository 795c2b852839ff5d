/**
 * Follow-up of participants between the steps of their journey (issue 14). So far: the check-in question batteries,
 * configurable and versioned sets of questions for the participant and for the supervisor, with a default weekly set
 * of each for every installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
        allowedDependencies = {"identity", "translations", "shared"})
package se.kompetenskedjan.followup;
