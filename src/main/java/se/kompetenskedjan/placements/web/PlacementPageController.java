package se.kompetenskedjan.placements.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.placements.PlacementSearch;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.QualityNoteCommand;
import se.kompetenskedjan.placements.QualityRating;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.placements.Sharing;
import se.kompetenskedjan.placements.Shift;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.FormValidation;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * The staff's pages of the placement bank: the list, the form to create and change a place, and the place page with
 * its status buttons, supervisors, proposals, interests and (for coordinators) quality notes. Plain forms; a refused
 * change comes back as an error summary, never as an error page.
 */
@Controller
class PlacementPageController {

    static final List<String> LICENCES = List.of("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1",
            "D1E", "D", "DE", "TRUCK");

    private final Placements placements;
    private final Supervisors supervisors;
    private final Selections selections;
    private final IdentityDirectory identity;
    private final HostUnits hostUnits;
    private final CurrentUsers currentUsers;
    private final FormValidation validation;
    private final MessageSource messages;
    private final Clock clock;

    PlacementPageController(Placements placements, Supervisors supervisors, Selections selections,
            IdentityDirectory identity, HostUnits hostUnits, CurrentUsers currentUsers, FormValidation validation, MessageSource messages,
            Clock clock) {
        this.hostUnits = hostUnits;
        this.placements = placements;
        this.supervisors = supervisors;
        this.selections = selections;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validation = validation;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/platser")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) PlacementType type,
            @RequestParam(required = false) PlacementStatus status,
            @RequestParam(name = "egna", defaultValue = "false") boolean own,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser me = requireStaff();
        String query = q == null ? null : q.substring(0, Math.min(q.length(), 100));
        model.addAttribute("result", placements.search(new PlacementSearch(query, type, status, null, false, own, page, 20)));
        model.addAttribute("q", query);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("own", own);
        model.addAttribute("types", PlacementType.values());
        model.addAttribute("statuses", PlacementStatus.values());
        model.addAttribute("canCreate", mayCreate(me));
        model.addAttribute("mayListExternalWorkplaces", me.isAnyOf(Role.COORDINATOR, Role.ADMIN));
        return "placements/list";
    }

    @GetMapping("/platser/ny")
    String newForm(Model model) {
        if (!mayCreate(requireStaff())) {
            throw new AccessDeniedException("may not create places");
        }
        return form(model, PlacementForm.startingOn(SwedishTime.today(clock)), null);
    }

    @PostMapping("/platser")
    String create(@ModelAttribute("placement") PlacementForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (valid(form, errors, null)) {
            try {
                PlacementView created = placements.create(form.toCommand(null));
                redirect.addFlashAttribute("saved", "places.saved.created");
                return "redirect:/platser/" + created.id();
            } catch (InvalidFieldException e) {
                FormErrors.reject(form.onFormRows(e), errors);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/platser/{id}/andra")
    String editForm(@PathVariable UUID id, Model model) {
        requireStaff();
        PlacementView existing = placements.get(id);
        if (!existing.mayEdit()) {
            throw new AccessDeniedException("may not change this place");
        }
        return form(model, PlacementForm.of(existing), existing);
    }

    @PostMapping("/platser/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("placement") PlacementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        requireStaff();
        PlacementView existing = placements.get(id);
        if (valid(form, errors, existing)) {
            try {
                placements.update(id, form.toCommand(existing));
                redirect.addFlashAttribute("saved", "places.saved.updated");
                return "redirect:/platser/" + id;
            } catch (InvalidFieldException e) {
                FormErrors.reject(form.onFormRows(e), errors);
            } catch (ConflictException e) {
                errors.reject(e.messageKey());
            }
        }
        return form(model, form, existing);
    }

    @GetMapping("/platser/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable UUID id, Model model) {
        CurrentUser me = requireStaff();
        PlacementView place = placements.get(id);
        model.addAttribute("place", place);
        model.addAttribute("proposals", selections.forPlacement(id, 0, 50).items());
        model.addAttribute("interests", placements.interests(id));
        boolean coordinator = me.is(Role.COORDINATOR);
        model.addAttribute("coordinator", coordinator);
        if (coordinator) {
            model.addAttribute("qualityNotes", placements.qualityNotes(id));
            if (!model.containsAttribute("qualityNote")) {
                model.addAttribute("qualityNote", new QualityNoteForm());
            }
            model.addAttribute("ratings", QualityRating.values());
        }
        model.addAttribute("statusActions", place.mayEdit() ? statusActions(place.status()) : List.of());
        model.addAttribute("mayMatch", place.status() == PlacementStatus.OPEN
                && (me.isAnyOf(Role.COORDINATOR, Role.ADMIN) || place.mayEdit()));
        return "placements/view";
    }

    @PostMapping("/platser/{id}/status")
    String changeStatus(@PathVariable UUID id, @RequestParam(required = false) PlacementStatus status,
            @RequestParam(required = false) Long lockVersion, RedirectAttributes redirect) {
        requireStaff();
        if (status == null || lockVersion == null) {
            redirect.addFlashAttribute("errors", List.of(text("placement.status.required")));
            return "redirect:/platser/" + id;
        }
        try {
            placements.changeStatus(id, new StatusCommand(status, lockVersion));
            redirect.addFlashAttribute("saved", "places.saved.status." + status);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
        }
        return "redirect:/platser/" + id;
    }

    @PostMapping("/platser/{id}/kvalitet")
    String addQualityNote(@PathVariable UUID id, @ModelAttribute("qualityNote") QualityNoteForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        requireStaff();
        QualityNoteCommand command = new QualityNoteCommand(form.getRating(), form.getNote());
        if (validation.validate(command, errors)) {
            try {
                placements.addQualityNote(id, command);
                redirect.addFlashAttribute("saved", "places.saved.qualityNote");
                return "redirect:/platser/" + id + "#kvalitet";
            } catch (InvalidFieldException e) {
                FormErrors.reject(e, errors);
            }
        }
        return show(id, model);
    }

    /** Publish a draft; pause or close an open or full place; reopen a paused or closed one. */
    static List<PlacementStatus> statusActions(PlacementStatus current) {
        return switch (current) {
            case DRAFT -> List.of(PlacementStatus.OPEN);
            case OPEN, FULL -> List.of(PlacementStatus.PAUSED, PlacementStatus.CLOSED);
            case PAUSED -> List.of(PlacementStatus.OPEN, PlacementStatus.CLOSED);
            case CLOSED -> List.of(PlacementStatus.OPEN);
        };
    }

    private boolean valid(PlacementForm form, BindingResult errors, PlacementView existing) {
        form.padSchedule();
        List<InvalidFieldException.FieldProblem> problems = new java.util.ArrayList<>(form.incompleteScheduleRows());
        problems.addAll(form.unreadableCoordinates());
        for (InvalidFieldException.FieldProblem p : problems) {
            if (errors.getFieldErrorCount(p.field()) == 0) {
                errors.rejectValue(p.field(), p.messageKey());
            }
        }
        return validation.validate(form.toCommand(existing), errors) && !errors.hasErrors();
    }

    private String form(Model model, PlacementForm form, PlacementView existing) {
        CurrentUser me = currentUsers.current();
        form.padSchedule();
        model.addAttribute("placement", form);
        model.addAttribute("existing", existing);
        model.addAttribute("units", hostUnits.of(me));
        model.addAttribute("types", PlacementType.values());
        model.addAttribute("shifts", Shift.values());
        model.addAttribute("days", java.time.DayOfWeek.values());
        model.addAttribute("swedishLevels", SwedishLevel.values());
        model.addAttribute("licences", LICENCES);
        model.addAttribute("sharings", Sharing.values());
        model.addAttribute("partners", identity.organisationChoices().stream()
                .filter(o -> !o.id().equals(me.organisationId().value())).toList());
        model.addAttribute("supervisorChoices", supervisors.list(null, 0, 100).items());
        return "placements/form";
    }

    private CurrentUser requireStaff() {
        CurrentUser me = currentUsers.current();
        if (me.isAnyOf(Role.PARTICIPANT, Role.ANALYST)) {
            throw new AccessDeniedException("staff only");
        }
        return me;
    }

    /** Who may create places for their own organisation (the placements module's rule; the service checks too). */
    static boolean mayCreate(CurrentUser me) {
        return me.isAnyOf(Role.ADMIN, Role.EMPLOYER_MANAGER, Role.COORDINATOR);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
