/**
 * Follow-up of participants between the steps of their journey (issue 14): configurable and versioned check-in
 * question batteries for the participant and the supervisor (a default weekly set of each); the follow-up rhythm per
 * step of a ladder; check-ins answered once per period, flagged on a red light, a 1 on a scale or an obstacle,
 * reviewed by the coordinator, a flag turned into a task; and the signals the coordinator's caseload reads (last
 * check-in, missed periods, open flags), computed from copies of the journeys' and supervisions' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up",
        allowedDependencies = {"identity", "translations", "shared", "participants", "plans", "profiles", "tasks"})
package se.kompetenskedjan.followup;
