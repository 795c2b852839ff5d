/**
 * Notifications (issue 14, item 5): the mail outbox. A module that wants a mail sent enqueues it in the transaction
 * of the change that causes it; a dispatcher sends what is due through the configured transport (SMTP, or in the
 * demo a sink in the database), tries a failed mail again after a growing pause and keeps it, dead, for the admins
 * after the last attempt. Mail about tasks: the owner of a task that someone else (or a reminder) opened is told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"tasks", "identity", "shared"})
package se.kompetenskedjan.notifications;
