package se.kompetenskedjan.plans;

import java.time.LocalDate;

/**
 * When the outcome is asked again after a journey ended (ESF+ "six months after leaving"): 90 and 180 days after the
 * day the journey ended.
 */
public enum FollowUpPoint {
    DAYS_90(90), DAYS_180(180);

    private final int days;

    FollowUpPoint(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The day the point falls due for a journey that ended on {@code endedOn}. */
    public LocalDate dueOn(LocalDate endedOn) {
        return endedOn.plusDays(days);
    }
}
