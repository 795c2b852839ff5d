/**
 * Validation of informal learning (validering): checklist templates per industry linked to requirement items,
 * checklists tailored for a placement with every change kept, assessments over time (signed ones never change),
 * self-assessment and evidence, language validation against CEFR and SFI, work-ability assessments, progression
 * matrices and verifiable certificates (PDF and an Open Badges 3.0 credential). Signed results flow into the
 * participant's mapped levels (source VALIDATION). Personal data: access and audit through the participants module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Validation",
        allowedDependencies = {"placements", "plans", "participants", "profiles", "identity", "shared"})
package se.kompetenskedjan.checklists;
