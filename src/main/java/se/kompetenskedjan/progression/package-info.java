/**
 * Progression: one participant's levels over time and the cohort matrix (participants by checklist items, with
 * trends), on screen and as an export, computed from signed supervisor and coordinator assessments. It writes nothing
 * of its own. Personal data: it shows participants' ratings; access and audit through the participants module (one
 * participant: a VIEW entry; a matrix page: a LIST entry per participant shown; an export: LIST and EXPORT entries per
 * participant exported).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progression",
        allowedDependencies = {"checklists", "placements", "plans", "participants", "profiles", "identity", "shared"})
package se.kompetenskedjan.progression;
