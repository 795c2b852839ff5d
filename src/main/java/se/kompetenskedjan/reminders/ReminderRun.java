package se.kompetenskedjan.reminders;

/** How many reminders of each rule a run asked for (tasks opened now or on an earlier run). */
public record ReminderRun(int subsidyApplications, int endingPlacements, int endingConsents, int followUps) {
}
