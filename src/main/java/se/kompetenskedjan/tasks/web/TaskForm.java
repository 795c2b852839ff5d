package se.kompetenskedjan.tasks.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.validation.BindingResult;
import se.kompetenskedjan.tasks.TaskCommand;

/** The new-task form as text fields; {@link #command} files what cannot be read under its field. */
public class TaskForm {

    private String title;
    private String description;
    private String ownerId;
    private String dueDate;

    /** The command; a field that could not be read is null in it and its problem is in {@code binding}. */
    TaskCommand command(BindingResult binding) {
        UUID owner = null;
        LocalDate due = null;
        if (ownerId == null || ownerId.isBlank()) {
            binding.rejectValue("ownerId", "task.form.owner.required");
        } else {
            try {
                owner = UUID.fromString(ownerId.strip());
            } catch (IllegalArgumentException e) {
                binding.rejectValue("ownerId", "task.owner.unknown");
            }
        }
        if (dueDate == null || dueDate.isBlank()) {
            binding.rejectValue("dueDate", "task.form.dueDate.required");
        } else {
            try {
                due = LocalDate.parse(dueDate.strip());
            } catch (DateTimeParseException e) {
                binding.rejectValue("dueDate", "task.form.dueDate.invalid");
            }
        }
        return new TaskCommand(title == null ? "" : title.strip(), description, owner, due, null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }
}
