package se.kompetenskedjan.reminders;

import java.time.LocalDate;

/**
 * The reminder rules, run for a day: (a) an entry job or subsidised job that starts within
 * kk.reminders.subsidy-application-weeks (default 3): start the application, due that many weeks before the start;
 * (b) an active placement that ends within 14 days with no next step: plan the next step; (c) a consent that runs out
 * within 30 days: renew it or let it end. Each a task for the participant's coordinator, about the participant.
 */
public interface Reminders {

    /** The kind of the tasks' source ({@code TaskSource}); the source id is derived from rule, subject and date. */
    String SOURCE_KIND = "REMINDER";

    /** Opens the reminders due on {@code today} (a Swedish date); asking again opens nothing new. */
    ReminderRun run(LocalDate today);
}
