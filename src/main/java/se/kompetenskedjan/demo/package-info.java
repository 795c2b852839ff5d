/**
 * The fictitious demo region: in the {@code demo} profile, loads a made-up collaboration (a host organisation,
 * three invented municipalities, the Public Employment Service, the Social Insurance Agency, adult education, a
 * private care company and a civil-society association) with units, staff accounts, participants and consents, once,
 * into a database without it. No real people or organisations. Then it runs the parts of the demo
 * ({@link se.kompetenskedjan.shared.DemoData}: ladder, journeys, supervisions and placements, candidate profiles,
 * checklists and assessments, language and work-ability assessments, an invitation, certificates, hand-overs,
 * courses with attendance, meetings) in the order
 * {@code DemoRegion.PARTS} states. Everything goes through the other modules' public facades, acting as the demo users;
 * the module owns no tables and names none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo region",
        allowedDependencies = {"identity", "participants", "profiles", "plans", "placements", "matching", "checklists",
                "language", "workability", "certificates", "handovers", "invitations", "translations", "tasks", "reminders", "education", "schedules", "meetings", "followup",
                "shared"})
package se.kompetenskedjan.demo;
