/**
 * Reminders from dates (issue 14, item 5): once a day, the tasks that the calendar asks for are opened for the
 * participant's coordinator through the tasks module, once per rule, subject and date, whichever node runs the job
 * and however often. Reads placements, participants and journeys (the follow-up points after exit) through their
 * calendars; owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders",
        allowedDependencies = {"tasks", "placements", "participants", "plans", "shared"})
package se.kompetenskedjan.reminders;
