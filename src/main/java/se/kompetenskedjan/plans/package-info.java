/**
 * A participant's way through a ladder: journeys (enrolment and dated step changes), mapping of current levels,
 * gap analysis against a target profile, and individual plans. Personal data: access and audit through the
 * participants module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
        allowedDependencies = {"participants", "profiles", "identity", "shared", "translations"})
package se.kompetenskedjan.plans;
