/**
 * Meetings of the collaboration (issue 14, item 8): the steering group, working groups such as the weekly Wednesday
 * meeting between the administrations, workplace meetings (APT) and three-party follow-up meetings about one
 * participant, with attendees, an agenda, notes after the meeting and decisions, each of which becomes a task with an
 * owner and a due date (tasks module). Decisions and meeting titles are searchable (PostgreSQL full text, Swedish).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"tasks", "participants", "identity", "shared"})
package se.kompetenskedjan.meetings;
