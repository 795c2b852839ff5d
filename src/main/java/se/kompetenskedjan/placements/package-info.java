/**
 * Placements (praktikplatser, instegsjobb, lediga jobb) in a shared bank, the supervisors (handledare) at each unit,
 * who supervises whom (the one owner), participants' interest, the selection workflow from proposal to an active
 * placement with its agreement, and coordinators' quality notes. Proposals hold personal data: access and audit through the participants module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placements",
        allowedDependencies = {"participants", "profiles", "identity", "translations", "shared"})
package se.kompetenskedjan.placements;
