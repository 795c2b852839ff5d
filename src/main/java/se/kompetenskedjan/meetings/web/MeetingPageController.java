package se.kompetenskedjan.meetings.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.meetings.DecisionCommand;
import se.kompetenskedjan.meetings.DecisionSearch;
import se.kompetenskedjan.meetings.HeldMeetingCommand;
import se.kompetenskedjan.meetings.MeetingCancellation;
import se.kompetenskedjan.meetings.MeetingCommand;
import se.kompetenskedjan.meetings.MeetingKind;
import se.kompetenskedjan.meetings.MeetingView;
import se.kompetenskedjan.meetings.Meetings;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.SupervisionView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Staff's meeting pages: my upcoming and recent meetings, the form to plan one (a three-party meeting from the
 * participant's page), a meeting with its agenda, notes and decisions (record it held, cancel it, add decisions), and
 * the decision search.
 */
@Controller
class MeetingPageController {

    private static final Pattern AGENDA_ROW = Pattern.compile("^agenda\\[(\\d+)]");

    private final Meetings meetings;
    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final SmartValidator validator;
    private final Clock clock;

    MeetingPageController(Meetings meetings, ParticipantRegister register, IdentityDirectory identity,
            CurrentUsers currentUsers, SmartValidator validator, Clock clock) {
        this.meetings = meetings;
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/moten")
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer tidigare,
            Model model) {
        staff();
        model.addAttribute("upcoming", meetings.mine(false, page, 10));
        model.addAttribute("past", meetings.mine(true, tidigare, 10));
        model.addAttribute("mayPlan", meetings.mayPlan());
        return "meetings/list";
    }

    @GetMapping("/moten/nytt")
    String newForm(@RequestParam(name = "deltagare", required = false) UUID participantId, Model model) {
        CurrentUser user = planner();
        MeetingForm form = MeetingForm.empty(SwedishTime.today(clock), user.id().value());
        if (participantId != null) {
            form.setKind(MeetingKind.THREE_PARTY_FOLLOW_UP);
            form.setParticipantId(participantId);
            form.setTitle("Trepartssamtal");
        }
        return form(form, model);
    }

    @PostMapping("/moten/nytt")
    String plan(@ModelAttribute("form") MeetingForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        planner();
        if ("organisation".equals(action)) {
            if (form.getAddOrganisation() != null && !form.getOrganisations().contains(form.getAddOrganisation())) {
                form.getOrganisations().add(form.getAddOrganisation());
            }
            // Choosing whom to offer is not saving: no errors yet.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
            return form(form, model);
        }
        MeetingCommand command = form.command();
        if (valid(command, form, binding)) {
            try {
                MeetingView planned = meetings.plan(command);
                redirect.addFlashAttribute("saved", "meeting.page.planned");
                return "redirect:/moten/" + planned.id();
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> binding.rejectValue(field(p.field(), form), p.messageKey()));
            }
        }
        return form(form, model);
    }

    @GetMapping("/moten/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        staff();
        MeetingView meeting = meetings.get(id);
        MeetingPageForms.Held held = new MeetingPageForms.Held();
        held.setLockVersion(meeting.lockVersion());
        MeetingPageForms.Cancel cancel = new MeetingPageForms.Cancel();
        cancel.setLockVersion(meeting.lockVersion());
        MeetingPageForms.Decision decision = new MeetingPageForms.Decision();
        decision.setDueDate(SwedishTime.today(clock).plusWeeks(2));
        return meetingPage(meeting, held, cancel, decision, model);
    }

    @PostMapping("/moten/{id}/hallet")
    String hold(@PathVariable UUID id, @ModelAttribute("heldForm") MeetingPageForms.Held form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        staff();
        HeldMeetingCommand command = new HeldMeetingCommand(form.getNotes(), form.getLockVersion());
        if (validate(command, binding)) {
            try {
                meetings.hold(id, command);
                redirect.addFlashAttribute("saved", "meeting.page.held");
                return "redirect:/moten/" + id;
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            }
        }
        return meetingPage(meetings.get(id), form, null, null, model);
    }

    @PostMapping("/moten/{id}/installt")
    String cancel(@PathVariable UUID id, @ModelAttribute("cancelForm") MeetingPageForms.Cancel form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        staff();
        MeetingCancellation command = new MeetingCancellation(form.getReason(), form.getLockVersion());
        if (validate(command, binding)) {
            try {
                meetings.cancel(id, command);
                redirect.addFlashAttribute("saved", "meeting.page.cancelled");
                return "redirect:/moten/" + id;
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            }
        }
        return meetingPage(meetings.get(id), null, form, null, model);
    }

    @PostMapping("/moten/{id}/beslut")
    String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") MeetingPageForms.Decision form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        staff();
        DecisionCommand command = new DecisionCommand(form.getText(), form.getOwnerId(), form.getDueDate());
        if (validate(command, binding)) {
            try {
                meetings.decide(id, command);
                redirect.addFlashAttribute("saved", "meeting.page.decided");
                return "redirect:/moten/" + id + "#beslut";
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            } catch (ConflictException e) {
                binding.reject(e.messageKey());
            }
        }
        return meetingPage(meetings.get(id), null, null, form, model);
    }

    @GetMapping("/moten/beslut")
    String search(@ModelAttribute("search") MeetingPageForms.Search search, BindingResult binding, Model model) {
        CurrentUser user = staff();
        model.addAttribute("kinds", MeetingKind.values());
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("results", meetings.searchDecisions(new DecisionSearch(search.getQ(),
                        search.getKind(), search.getFrom(), search.getTo(), search.isMine() ? user.id().value() : null,
                        search.getPage(), 20)));
            } catch (InvalidFieldException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            }
        }
        return "meetings/search";
    }

    private String meetingPage(MeetingView meeting, MeetingPageForms.Held held, MeetingPageForms.Cancel cancel,
            MeetingPageForms.Decision decision, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("today", SwedishTime.today(clock));
        if (held == null) {
            held = new MeetingPageForms.Held();
            held.setLockVersion(meeting.lockVersion());
        }
        if (cancel == null) {
            cancel = new MeetingPageForms.Cancel();
            cancel.setLockVersion(meeting.lockVersion());
        }
        if (decision == null) {
            decision = new MeetingPageForms.Decision();
            decision.setDueDate(SwedishTime.today(clock).plusWeeks(2));
        }
        model.addAttribute("heldForm", held);
        model.addAttribute("cancelForm", cancel);
        model.addAttribute("decisionForm", decision);
        return "meetings/meeting";
    }

    /** The form with the people to choose from: the own organisation's, the added partners', the participant's. */
    private String form(MeetingForm form, Model model) {
        CurrentUser user = currentUsers.current();
        Map<UUID, UserView> people = new LinkedHashMap<>();
        staffOf(user.organisationId().value()).forEach(u -> people.put(u.id(), u));
        form.getOrganisations().forEach(org -> staffOf(org).forEach(u -> people.putIfAbsent(u.id(), u)));
        if (form.getParticipantId() != null) {
            ParticipantAccess access = register.requireRead(form.getParticipantId());
            model.addAttribute("participantName", register.summaries(Set.of(form.getParticipantId())).stream()
                    .findFirst().map(s -> s.firstName() + " " + s.lastName()).orElse(null));
            for (Role role : List.of(Role.COORDINATOR, Role.ADMIN)) {
                identity.usersWithRole(new OrganisationId(access.participantOrganisationId()), role)
                        .forEach(u -> people.putIfAbsent(u.id(), u));
            }
            for (SupervisionView s : register.supervisions(form.getParticipantId())) {
                identity.findUser(new UserId(s.supervisorId())).filter(UserView::enabled)
                        .ifPresent(u -> people.putIfAbsent(u.id(), u));
            }
            identity.participantAccount(form.getParticipantId()).filter(UserView::enabled)
                    .ifPresent(u -> people.putIfAbsent(u.id(), u));
        }
        form.getAttendeeIds().stream().filter(id -> id != null && !people.containsKey(id))
                .forEach(id -> identity.findUser(new UserId(id)).ifPresent(u -> people.put(u.id(), u)));
        Map<UUID, String> organisationNames = identity.organisationNames(
                people.values().stream().map(UserView::organisationId).toList());
        List<PersonChoice> choices = new ArrayList<>(people.values().stream().map(u -> new PersonChoice(u.id(),
                u.displayName(), organisationNames.get(u.organisationId()), u.role())).toList());
        choices.sort(Comparator.comparing(PersonChoice::organisationName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PersonChoice::name));
        model.addAttribute("people", choices);
        model.addAttribute("organisationChoices", identity.organisationChoices().stream()
                .filter(o -> !o.id().equals(user.organisationId().value()) && !form.getOrganisations().contains(o.id()))
                .toList());
        model.addAttribute("kinds", meetings.kindsToPlan().stream().filter(k -> !k.aboutParticipant()).toList());
        while (form.getAgenda().size() - form.filledRows().size() < 1) {
            form.getAgenda().add(new MeetingForm.Row());
        }
        model.addAttribute("form", form);
        return "meetings/form";
    }

    /** Someone the form offers as an attendee. */
    record PersonChoice(UUID id, String name, String organisationName, Role role) {
    }

    private List<UserView> staffOf(UUID organisationId) {
        List<UserView> staff = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.isStaff()) {
                staff.addAll(identity.usersWithRole(new OrganisationId(organisationId), role));
            }
        }
        return staff;
    }

    /** The command's constraints, each problem filed under the form field or agenda row it came from. */
    private boolean valid(MeetingCommand command, MeetingForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            return false;
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, "form");
        validator.validate(command, result);
        for (FieldError error : result.getFieldErrors()) {
            String field = field(error.getField(), form);
            if (binding.getFieldErrorCount(field) == 0) {
                binding.rejectValue(field, "invalid", error.getDefaultMessage());
            }
        }
        return !binding.hasErrors();
    }

    private boolean validate(Object command, BindingResult binding) {
        if (binding.hasErrors()) {
            return false;
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, binding.getObjectName());
        validator.validate(command, result);
        for (FieldError error : result.getFieldErrors()) {
            if (error.getField().equals("lockVersion")) {
                binding.reject("meeting.lockVersion.required");
            } else if (binding.getFieldErrorCount(error.getField()) == 0) {
                binding.rejectValue(error.getField(), "invalid", error.getDefaultMessage());
            }
        }
        return !binding.hasErrors();
    }

    /** "agenda[1]" of the command is the form's row of the second filled item; "attendeeIds[2]" is the list. */
    static String field(String field, MeetingForm form) {
        Matcher m = AGENDA_ROW.matcher(field);
        if (m.find()) {
            List<Integer> rows = form.filledRows();
            int index = Integer.parseInt(m.group(1));
            return "agenda[" + (index < rows.size() ? rows.get(index) : index) + "].text";
        }
        return field.replaceAll("\\[.*$", "");
    }

    private CurrentUser staff() {
        CurrentUser user = currentUsers.current();
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("the meeting pages are for staff");
        }
        return user;
    }

    private CurrentUser planner() {
        CurrentUser user = staff();
        if (!meetings.mayPlan()) {
            throw new AccessDeniedException("coordinators, admins and employer managers plan meetings");
        }
        return user;
    }
}
