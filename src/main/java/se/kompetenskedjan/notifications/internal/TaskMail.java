package se.kompetenskedjan.notifications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.notifications.Notifications;
import se.kompetenskedjan.tasks.TaskOpened;

/**
 * Tells the owner of a task that someone else (or a reminder) opened for them, by mail through the outbox. The mail
 * names neither the task nor a participant: only that there is one, when it is due, and the link. Participants'
 * own tasks are not mailed (a Swedish-only mail is not for them; their tasks show on their pages).
 */
@Component
class TaskMail {

    static final String SUBJECT = "Ny uppgift i Kompetenskedjan";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private final Notifications notifications;
    private final IdentityDirectory identity;
    private final String base;

    TaskMail(Notifications notifications, IdentityDirectory identity,
            @Value("${kk.public-base-url:http://localhost:8080}") String base) {
        this.notifications = notifications;
        this.identity = identity;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @ApplicationModuleListener
    void on(TaskOpened opened) {
        if (opened.ownerId().equals(opened.createdBy())) {
            return;
        }
        boolean staff = identity.findUser(new UserId(opened.ownerId())).map(u -> u.role().isStaff()).orElse(false);
        if (staff) {
            notifications.enqueue(opened.ownerId(), SUBJECT, text(opened.taskId(), opened.dueDate()),
                    "task-opened:" + opened.taskId());
        }
    }

    String text(UUID taskId, LocalDate due) {
        return """
                Hej!

                Du har en ny uppgift i Kompetenskedjan, förfaller %s.

                Öppna uppgiften:
                %s/uppgifter/%s

                Hälsningar
                Kompetenskedjan
                """.formatted(DATE.format(due), base, taskId);
    }
}
