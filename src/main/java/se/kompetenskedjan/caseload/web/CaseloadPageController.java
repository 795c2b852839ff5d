package se.kompetenskedjan.caseload.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.caseload.CaseloadQuery;
import se.kompetenskedjan.caseload.Caseloads;
import se.kompetenskedjan.caseload.ReadyFilter;
import se.kompetenskedjan.caseload.SavedFilterCommand;
import se.kompetenskedjan.caseload.SavedFilterView;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.CaseSignalKind;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;

@Controller
class CaseloadPageController {

    private final Caseloads caseloads;
    private final CurrentUsers currentUsers;
    private final Validator validator;
    private final Clock clock;

    CaseloadPageController(Caseloads caseloads, CurrentUsers currentUsers, Validator validator, Clock clock) {
        this.caseloads = caseloads;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/arbetslista")
    String caseload(@RequestParam(required = false) ReadyFilter filter, @RequestParam(required = false) UUID saved,
            @RequestParam(required = false) UUID coordinator, @RequestParam(required = false) Integer page,
            Model model) {
        if (coordinator == null && currentUsers.current().is(Role.ADMIN)) {
            return "redirect:/arbetslista/koordinatorer";
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SavedFilterForm());
        }
        return show(filter, saved, coordinator, page, model);
    }

    @PostMapping("/arbetslista/urval")
    String saveFilter(@ModelAttribute("form") SavedFilterForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        SavedFilterCommand command = form.command();
        validator.validate(command).forEach(v -> binding.rejectValue(v.getPropertyPath().toString(), "invalid",
                v.getMessage()));
        if (!binding.hasErrors()) {
            try {
                SavedFilterView saved = caseloads.saveFilter(command);
                redirect.addFlashAttribute("filterSaved", saved.name());
                return "redirect:/arbetslista?saved=" + saved.id();
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            }
        }
        return show(null, null, null, null, model);
    }

    @PostMapping("/arbetslista/urval/{id}/ta-bort")
    String deleteFilter(@PathVariable UUID id, RedirectAttributes redirect) {
        caseloads.deleteFilter(id);
        redirect.addFlashAttribute("filterDeleted", true);
        return "redirect:/arbetslista";
    }

    @GetMapping("/arbetslista/koordinatorer")
    String coordinators(Model model) {
        model.addAttribute("loads", caseloads.coordinatorLoads());
        return "caseload/coordinators";
    }

    private String show(ReadyFilter filter, UUID saved, UUID coordinator, Integer page, Model model) {
        var filters = caseloads.savedFilters();
        CaseloadQuery query;
        if (saved != null) {
            SavedFilterView chosen = filters.stream().filter(f -> f.id().equals(saved)).findFirst()
                    .orElseThrow(() -> new NotFoundException("caseload.filter.notFound"));
            query = chosen.query();
            model.addAttribute("savedFilter", chosen);
        } else {
            query = (filter == null ? ReadyFilter.EVERYONE : filter).query();
        }
        model.addAttribute("caseload", caseloads.caseload(coordinator, query, page, 25));
        model.addAttribute("filter", saved == null ? (filter == null ? ReadyFilter.EVERYONE : filter) : null);
        model.addAttribute("readyFilters", ReadyFilter.values());
        model.addAttribute("savedFilters", filters);
        model.addAttribute("kinds", CaseSignalKind.values());
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", SwedishTime.today(clock));
        model.addAttribute("isAdmin", currentUsers.current().is(Role.ADMIN));
        return "caseload/list";
    }
}
