package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A whole individual plan as a new revision: goals tied to items of the target profile, activities, what happens if
 * the plan is not followed (in plain words) and when it is reviewed. On a revision, version is the plan version read.
 */
public record PlanCommand(@NotNull(message = "{plan.target.required}") UUID targetProfileVersionId,
        @NotNull @Size(min = 1, max = 20, message = "{plan.goals.count}") List<@NotNull @Valid Goal> goals,
        @NotNull @Size(max = 50, message = "{plan.activities.tooMany}") List<@NotNull @Valid Activity> activities,
        @NotBlank(message = "{plan.consequences.required}") @Size(max = 2000, message = "{field.tooLong}") String consequences,
        LocalDate reviewOn, Long version) {

    public record Goal(@NotBlank(message = "{plan.goal.text.required}") @Size(max = 500, message = "{field.tooLong}") String text,
            @Size(max = 50, message = "{plan.goal.items.tooMany}") List<@NotNull UUID> itemKeys) {
    }

    public record Activity(@NotNull(message = "{plan.activity.type.required}") ActivityType type,
            @NotBlank(message = "{plan.activity.description.required}") @Size(max = 1000, message = "{field.tooLong}") String description,
            @NotNull(message = "{plan.activity.responsible.required}") Responsible responsible,
            @Size(max = 200, message = "{field.tooLong}") String responsibleOther,
            LocalDate startsOn, LocalDate dueOn,
            @NotNull(message = "{plan.activity.status.required}") ActivityStatus status,
            @Size(max = 50, message = "{plan.goal.items.tooMany}") List<@NotNull UUID> itemKeys) {
    }
}
