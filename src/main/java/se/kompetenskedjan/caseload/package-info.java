/**
 * The coordinator's caseload (issue 14, item 3): their participants ordered by what needs them most, from the
 * signals every module reports through {@link se.kompetenskedjan.shared.CaseSignalSource} (tasks overdue, check-ins
 * missed, obstacles open, consents running out, plans due for review, placements ending without a next step, lock-in
 * on a step); ready-made and saved filters; counts per coordinator for the organisation's admins. Owns only the saved
 * filters; names no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caseload",
        allowedDependencies = {"participants", "identity", "shared"})
package se.kompetenskedjan.caseload;
