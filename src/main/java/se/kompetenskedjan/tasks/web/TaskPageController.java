package se.kompetenskedjan.tasks.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.PageResult;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskCompletion;
import se.kompetenskedjan.tasks.TaskStatus;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

/**
 * My tasks (overdue, due within a week, later; done ones on request), one task with the form that marks it done, and
 * the form that opens a task for oneself or a colleague (staff only).
 */
@Controller
class TaskPageController {

    static final int SOON_DAYS = 7;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))
            .withZone(SwedishTime.SWEDEN);

    private final Tasks tasks;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final Clock clock;

    TaskPageController(Tasks tasks, IdentityDirectory identity, CurrentUsers currentUsers, FormValidation validation,
            Clock clock) {
        this.tasks = tasks;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.clock = clock;
    }

    /** One page of my tasks, in the groups the list shows. */
    record Groups(List<TaskView> overdue, List<TaskView> soon, List<TaskView> later, List<TaskView> done) {
    }

    @GetMapping("/uppgifter")
    String mine(@RequestParam(name = "klara", defaultValue = "false") boolean includeClosed,
            @RequestParam(required = false) Integer page, Model model) {
        PageResult<TaskView> found = tasks.mine(includeClosed, page, 100);
        LocalDate soon = SwedishTime.today(clock).plusDays(SOON_DAYS);
        List<TaskView> overdue = new ArrayList<>();
        List<TaskView> dueSoon = new ArrayList<>();
        List<TaskView> later = new ArrayList<>();
        List<TaskView> done = new ArrayList<>();
        for (TaskView task : found.items()) {
            if (task.status() == TaskStatus.DONE) {
                done.add(task);
            } else if (task.overdue()) {
                overdue.add(task);
            } else if (!task.dueDate().isAfter(soon)) {
                dueSoon.add(task);
            } else {
                later.add(task);
            }
        }
        model.addAttribute("groups", new Groups(overdue, dueSoon, later, done));
        model.addAttribute("tasks", found);
        model.addAttribute("includeClosed", includeClosed);
        model.addAttribute("mayOpen", staff());
        model.addAttribute("date", DATE);
        return "tasks/mine";
    }

    @GetMapping("/uppgifter/ny")
    String newForm(Model model) {
        model.addAttribute("form", new TaskForm());
        return form(model);
    }

    @PostMapping("/uppgifter/ny")
    String open(@ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        TaskCommand command = form.command(binding);
        if (validation.validate(command, binding)) {
            try {
                TaskView opened = tasks.open(command);
                redirect.addFlashAttribute("saved", "task.page.opened");
                return "redirect:/uppgifter/" + opened.id();
            } catch (InvalidFieldException e) {
                validation.reject(e, binding);
            }
        }
        return form(model);
    }

    @GetMapping("/uppgifter/{id}")
    String task(@PathVariable UUID id, Model model) {
        model.addAttribute("task", tasks.get(id));
        model.addAttribute("staff", staff());
        model.addAttribute("date", DATE);
        return "tasks/task";
    }

    @PostMapping("/uppgifter/{id}/klar")
    String complete(@PathVariable UUID id, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        if (note != null && note.length() > 1000) {
            model.addAttribute("error", "task.form.note.tooLong");
            model.addAttribute("note", note);
            return task(id, model);
        }
        try {
            tasks.complete(id, new TaskCompletion(note));
            redirect.addFlashAttribute("saved", "task.page.done");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/uppgifter/" + id;
    }

    private String form(Model model) {
        CurrentUser me = requireStaff();
        List<UserView> colleagues = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.isStaff()) {
                colleagues.addAll(identity.usersWithRole(me.organisationId(), role));
            }
        }
        colleagues.sort(Comparator.comparing(UserView::displayName, String.CASE_INSENSITIVE_ORDER));
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("myId", me.id().value());
        return "tasks/form";
    }

    private boolean staff() {
        return currentUsers.current().role().isStaff();
    }

    private CurrentUser requireStaff() {
        CurrentUser me = currentUsers.current();
        if (!me.role().isStaff()) {
            throw new AccessDeniedException("participants do not open tasks for others");
        }
        return me;
    }
}
