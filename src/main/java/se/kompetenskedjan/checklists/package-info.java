/**
 * Checklists and assessments (validering of informal learning): checklist templates per industry linked to
 * requirement items, checklists tailored for a placement with every change kept, assessments of participants against
 * them over time (signed ones never change), self-assessment and evidence files. A signed supervisor's or
 * coordinator's assessment flows into the participant's mapped levels (plans, source VALIDATION) in the same
 * transaction and is announced as {@code AssessmentSigned}. Personal data: assessments,
 * ratings and evidence are the participant's; every read and write checks the access rule and is audited through the
 * participants module. Templates and tailored checklists are not personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Checklists and assessments",
        allowedDependencies = {"placements", "plans", "participants", "profiles", "identity", "translations", "shared"})
package se.kompetenskedjan.checklists;
