package se.kompetenskedjan.indicators.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
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
import se.kompetenskedjan.indicators.ProjectCommand;
import se.kompetenskedjan.indicators.ProjectDetails;
import se.kompetenskedjan.indicators.Projects;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/** The project pages: the list, a new project, a project with its ladders and participants, and the change form. */
@Controller
class ProjectPageController {

    private final Projects projects;
    private final Ladders ladders;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final Clock clock;
    private final int threshold;

    ProjectPageController(Projects projects, Ladders ladders, CurrentUsers currentUsers, FormValidation validation,
            Clock clock, @org.springframework.beans.factory.annotation.Value("${kk.statistics.threshold:5}")
            int threshold) {
        this.projects = projects;
        this.ladders = ladders;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.clock = clock;
        this.threshold = threshold;
    }

    @GetMapping("/projekt")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("list", projects.projects(page, 20));
        model.addAttribute("mayCreate", projects.mayCreate());
        return "projects/list";
    }

    @GetMapping("/projekt/ny")
    String newForm(Model model) {
        requireCreate();
        ProjectForm form = new ProjectForm();
        form.setFrom(SwedishTime.today(clock));
        return form(form, null, model);
    }

    @PostMapping("/projekt/ny")
    String create(@ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        requireCreate();
        form.setVersion(null);
        ProjectCommand command = form.command();
        if (validation.validate(command, binding) & periodInOrder(form, binding)) {
            try {
                ProjectDetails created = projects.create(command);
                redirect.addFlashAttribute("saved", "project.page.created");
                return "redirect:/projekt/" + created.id();
            } catch (InvalidFieldException e) {
                validation.reject(e, binding);
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/projekt/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        ProjectDetails project = projects.get(id);
        model.addAttribute("project", project);
        model.addAttribute("threshold", threshold);
        model.addAttribute("members", projects.participants(id, page, 20));
        return "projects/project";
    }

    @GetMapping("/projekt/{id}/andra")
    String editForm(@PathVariable UUID id, Model model) {
        ProjectDetails project = projects.get(id);
        if (!project.mayEdit()) {
            throw new AccessDeniedException("only the organisation's coordinators and admins change a project");
        }
        return form(ProjectForm.of(project), project, model);
    }

    @PostMapping("/projekt/{id}/andra")
    String update(@PathVariable UUID id, @ModelAttribute("form") ProjectForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ProjectDetails project = projects.get(id);
        if (!project.mayEdit()) {
            throw new AccessDeniedException("only the organisation's coordinators and admins change a project");
        }
        ProjectCommand command = form.command();
        if (validation.validate(command, binding) & periodInOrder(form, binding)) {
            try {
                projects.update(id, command);
                redirect.addFlashAttribute("saved", "project.page.updated");
                return "redirect:/projekt/" + id;
            } catch (InvalidFieldException e) {
                validation.reject(e, binding);
            } catch (ConflictException e) {
                binding.reject("project.page.stale");
            }
        }
        return form(form, project, model);
    }

    private String form(ProjectForm form, ProjectDetails project, Model model) {
        CurrentUser user = currentUsers.current();
        Map<UUID, String> choices = new LinkedHashMap<>();
        if (project != null) {
            project.ladders().forEach(l -> choices.put(l.id(), l.name()));
        }
        for (LadderSummary ladder : ladders.ladders(new LadderSearch(user.organisationId().value(), 0, 100)).items()) {
            choices.putIfAbsent(ladder.id(), ladder.name());
        }
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        model.addAttribute("ladderChoices", choices);
        return "projects/form";
    }

    /** Said with the other errors at once, not only after they are mended (the service checks it again). */
    private static boolean periodInOrder(ProjectForm form, BindingResult binding) {
        if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())
                && binding.getFieldErrorCount("to") == 0) {
            binding.rejectValue("to", "project.to.beforeFrom");
            return false;
        }
        return true;
    }

    private void requireCreate() {
        if (!projects.mayCreate()) {
            throw new AccessDeniedException("coordinators and admins create projects");
        }
    }
}
