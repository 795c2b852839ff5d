package se.kompetenskedjan.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskStatus;

/** The user's own tasks past their date and due within a week, on the start page. */
@Component
class TaskAttention implements AttentionSource {

    static final int DUE_WITHIN_DAYS = 7;

    private final TaskRepository tasks;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    TaskAttention(TaskRepository tasks, CurrentUsers currentUsers, Clock clock) {
        this.tasks = tasks;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (user.is(Role.PARTICIPANT)) {
            return List.of();
        }
        LocalDate today = SwedishTime.today(clock);
        long overdue = tasks.countByOwnerIdAndStatusAndDueDateBefore(user.id().value(), TaskStatus.OPEN, today);
        long dueSoon = tasks.countByOwnerIdAndStatusAndDueDateBetween(user.id().value(), TaskStatus.OPEN, today,
                today.plusDays(DUE_WITHIN_DAYS));
        return List.of(new Attention("attention.tasks.overdue", overdue, Urgency.OVERDUE, "/uppgifter"),
                new Attention("attention.tasks.dueSoon", dueSoon, Urgency.WAITING, "/uppgifter"));
    }
}
