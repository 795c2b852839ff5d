/**
 * Combined schedules (issue 14, item 7; decision 89): a participant's work pattern per placement (weekdays, every or
 * every other week, full day or half), the participant's week of course sessions and work days with their clashes,
 * what supervisors and teachers see of it, and iCalendar feeds behind secret, revocable links. Owns the patterns and
 * the feed links; reads sessions through education's {@code EducationCalendar} and placements through placements'
 * {@code PlacementWork}; every read of a participant's week goes through the participants module's access rule and
 * audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedules",
        allowedDependencies = {"education", "placements", "participants", "tasks", "identity", "shared"})
package se.kompetenskedjan.schedules;
