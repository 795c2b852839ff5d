/**
 * Tasks: something a named person must do by a date, whoever asked for it (issue 14). The one home of follow-up
 * actions (an obstacle from a check-in turned into an action), meeting decisions and reminders from dates and rules:
 * other modules open a task for their source once ({@link se.kompetenskedjan.tasks.Tasks#openFor}) and the owner sees
 * every task in one list, whatever made it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks",
        allowedDependencies = {"participants", "identity", "shared"})
package se.kompetenskedjan.tasks;
