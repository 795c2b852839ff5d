/**
 * The participant register: participants, consent to share their data, a read model of who supervises them (the
 * placements module owns it and publishes SupervisionStarted/SupervisionEnded, whose types live here), and the access
 * rule that decides who may see whom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants",
        allowedDependencies = {"identity", "privacy", "shared"})
package se.kompetenskedjan.participants;
