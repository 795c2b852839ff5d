package se.kompetenskedjan.reminders;

import java.time.LocalDate;

/**
 * The reminder rules, run for a day: (a) an entry job or subsidised job that starts within
 * kk.reminders.subsidy-application-weeks (default 3): start the application, due that many weeks before the start;
 * (b) an active placement that ends within 14 days with no next step: plan the next step; (c) a consent that runs out
 * within 30 days: renew it or let it end; (d) a journey ended 90 or 180 days ago and its outcome at that point is not
 * recorded: find out where the participant is, due two weeks later (opened on the day the point falls due, or up to
 * {@code FOLLOW_UP_CATCH_UP_DAYS} later if no run happened that day). Each a task for the participant's coordinator,
 * about the participant; (d) also for participants who have left the chain.
 */
public interface Reminders {

    /** The kind of the tasks' source ({@code TaskSource}); the source id is derived from rule, subject and date. */
    String SOURCE_KIND = "REMINDER";

    /**
     * The kind of the follow-up tasks after exit (rule d): a kind of its own, since leaving the chain closes the
     * participant's open REMINDER tasks and these are about those who have left.
     */
    String FOLLOW_UP_SOURCE_KIND = "EXIT_FOLLOW_UP";

    /** A point missed by the daily run (the application was down) is still opened within this many days. */
    int FOLLOW_UP_CATCH_UP_DAYS = 14;

    /** Opens the reminders due on {@code today} (a Swedish date); asking again opens nothing new. */
    ReminderRun run(LocalDate today);
}
