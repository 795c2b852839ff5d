/**
 * Work-ability assessments (arbetsförmågebedömning in work training) on configurable, versioned forms, asked for by
 * Arbetsförmedlingen, Försäkringskassan or someone else, ending in a dated report (also as PDF). Personal data:
 * assessments and reports are the participant's (possibly health-related); every read and write checks the access
 * rule and is audited through the participants module. Forms are not personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work ability",
        allowedDependencies = {"participants", "identity", "shared"})
package se.kompetenskedjan.workability;
