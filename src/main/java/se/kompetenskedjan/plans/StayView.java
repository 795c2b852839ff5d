package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/** Time spent on one step; overMaxDuration flags lock-in (longer than the step's maximum). */
public record StayView(UUID stepId, String stepName, LocalDate from, LocalDate until, long weeks, Integer maxWeeks,
        boolean overMaxDuration) {
}
