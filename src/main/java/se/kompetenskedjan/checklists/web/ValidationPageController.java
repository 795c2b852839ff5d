package se.kompetenskedjan.checklists.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.checklists.AssessmentCommand;
import se.kompetenskedjan.checklists.AssessmentDraftCommand;
import se.kompetenskedjan.checklists.AssessmentView;
import se.kompetenskedjan.checklists.Assessments;
import se.kompetenskedjan.checklists.ChecklistItemCommand;
import se.kompetenskedjan.checklists.ChecklistItemView;
import se.kompetenskedjan.checklists.ChecklistTemplateSearch;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.checklists.Checklists;
import se.kompetenskedjan.checklists.EvidenceNoteCommand;
import se.kompetenskedjan.checklists.Industry;
import se.kompetenskedjan.checklists.LockCommand;
import se.kompetenskedjan.checklists.MoveCommand;
import se.kompetenskedjan.checklists.NewChecklistCommand;
import se.kompetenskedjan.checklists.RatingCommand;
import se.kompetenskedjan.checklists.RenameCommand;
import se.kompetenskedjan.checklists.RewordCommand;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.shared.Texts;

/**
 * The staff's validation pages: checklist templates, a placement's checklists with the tailoring forms and the change
 * history, the assessment form (a radio group per item with the level descriptors as hints, comments, evidence and
 * the sign button), and a participant's assessment history. A refused change comes back as an error summary.
 */
@Controller
class ValidationPageController {

    private static final Set<ProposalStatus> PLACED = Set.of(ProposalStatus.AGREED, ProposalStatus.ACTIVE,
            ProposalStatus.COMPLETED, ProposalStatus.ENDED_EARLY);

    private final Checklists checklists;
    private final Assessments assessments;
    private final Placements placements;
    private final Selections selections;
    private final ParticipantRegister participants;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Clock clock;

    ValidationPageController(Checklists checklists, Assessments assessments, Placements placements,
            Selections selections, ParticipantRegister participants, CurrentUsers currentUsers,
            MessageSource messages, Clock clock) {
        this.checklists = checklists;
        this.assessments = assessments;
        this.placements = placements;
        this.selections = selections;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.clock = clock;
    }

    private CurrentUser requireStaff() {
        CurrentUser user = currentUsers.current();
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        return user;
    }

    // ------------------------------------------------------------------------------------------------ templates

    @GetMapping("/checklistmallar")
    String templates(@RequestParam(name = "bransch", required = false) Industry industry,
            @RequestParam(required = false) Integer page, Model model) {
        requireStaff();
        model.addAttribute("result", checklists.templates(new ChecklistTemplateSearch(industry, page, 20)));
        model.addAttribute("industry", industry);
        model.addAttribute("industries", Industry.values());
        return "validation/templates";
    }

    @GetMapping("/checklistmallar/{id}")
    String template(@PathVariable UUID id, Model model) {
        requireStaff();
        model.addAttribute("template", checklists.template(id));
        return "validation/template";
    }

    // ------------------------------------------------------------------------------------- a placement's checklists

    @GetMapping("/platser/{id}/checklistor")
    String placementChecklists(@PathVariable UUID id, Model model) {
        requireStaff();
        PlacementView placement = placements.get(id);
        model.addAttribute("placement", placement);
        model.addAttribute("checklists", checklists.forPlacement(id));
        boolean mayTailor = checklists.mayTailor(id);
        model.addAttribute("mayTailor", mayTailor);
        if (mayTailor) {
            model.addAttribute("templates", checklists.templates(new ChecklistTemplateSearch(null, 0, 100)).items());
        }
        return "validation/placement-checklists";
    }

    @PostMapping("/platser/{id}/checklistor")
    String createChecklist(@PathVariable UUID id, @RequestParam(required = false) UUID templateId,
            @RequestParam(required = false) String title, Model model, RedirectAttributes redirect) {
        requireStaff();
        try {
            if (templateId == null) {
                throw new InvalidFieldException("templateId", "checklist.template.required");
            }
            ChecklistView created = checklists.create(id, new NewChecklistCommand(templateId, limit(title, 200), null));
            redirect.addFlashAttribute("saved", "validation.page.checklist.created");
            return "redirect:/checklistor/" + created.id();
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", Problems.of(e, messages));
            return placementChecklists(id, model);
        }
    }

    @GetMapping("/checklistor/{id}")
    String checklist(@PathVariable UUID id, Model model) {
        requireStaff();
        ChecklistView list = checklists.get(id);
        model.addAttribute("checklist", list);
        model.addAttribute("changes", checklists.history(id));
        List<ProposalView> placed = new ArrayList<>();
        try {
            selections.forPlacement(list.placementId(), 0, 100).items().stream()
                    .filter(p -> PLACED.contains(p.status())).forEach(placed::add);
        } catch (AccessDeniedException e) {
            // Not allowed to see who is placed here: no assessment links.
        }
        model.addAttribute("placed", placed);
        // "Ny bedömning" only for those the assessment form accepts (the module's own rule)
        model.addAttribute("assessable", placed.stream().map(ProposalView::participantId).distinct()
                .filter(participant -> assessments.mayAssess(id, participant)).collect(java.util.stream.Collectors.toSet()));
        return "validation/checklist";
    }

    private String tailor(UUID id, Model model, RedirectAttributes redirect, Runnable change) {
        requireStaff();
        try {
            change.run();
            redirect.addFlashAttribute("saved", "validation.page.checklist.saved");
            return "redirect:/checklistor/" + id;
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        } catch (ConflictException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        }
        return checklist(id, model);
    }

    @PostMapping("/checklistor/{id}/namn")
    String rename(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String easyTitle, @RequestParam long lockVersion, Model model,
            RedirectAttributes redirect) {
        return tailor(id, model, redirect, () -> {
            require(title, "title", "checklist.title.required");
            checklists.rename(id, new RenameCommand(limit(title, 200), limit(easyTitle, 200), lockVersion));
        });
    }

    @PostMapping("/checklistor/{id}/punkter")
    String addItem(@PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String easyText, @RequestParam(required = false) UUID itemKey,
            @RequestParam(defaultValue = "false") boolean yesNo, @RequestParam long lockVersion, Model model,
            RedirectAttributes redirect) {
        return tailor(id, model, redirect, () -> {
            requireTexts(text, easyText);
            checklists.addItem(id, new ChecklistItemCommand(itemKey, yesNo, limit(text, 500), limit(easyText, 500),
                    null, null, null, null, lockVersion));
        });
    }

    @PostMapping("/checklistor/{id}/punkter/{itemId}")
    String reword(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String text,
            @RequestParam(required = false) String easyText, @RequestParam long lockVersion, Model model,
            RedirectAttributes redirect) {
        return tailor(id, model, redirect, () -> {
            requireTexts(text, easyText);
            ChecklistItemView item = checklists.get(id).activeItems().stream().filter(i -> i.id().equals(itemId))
                    .findFirst().orElseThrow(() -> new InvalidFieldException("text", "checklist.item.notFound"));
            checklists.rewordItem(id, itemId, new RewordCommand(limit(text, 500), limit(easyText, 500),
                    item.descriptor(0), item.descriptor(1), item.descriptor(2), item.descriptor(3), lockVersion));
        });
    }

    @PostMapping("/checklistor/{id}/punkter/{itemId}/flytta")
    String move(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam int position,
            @RequestParam long lockVersion, Model model, RedirectAttributes redirect) {
        return tailor(id, model, redirect, () -> checklists.moveItem(id, itemId, new MoveCommand(position, lockVersion)));
    }

    @PostMapping("/checklistor/{id}/punkter/{itemId}/ta-bort")
    String remove(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam long lockVersion, Model model,
            RedirectAttributes redirect) {
        return tailor(id, model, redirect, () -> checklists.removeItem(id, itemId, new LockCommand(lockVersion)));
    }

    // ----------------------------------------------------------------------------------------------- assessments

    @GetMapping("/checklistor/{id}/bedom")
    String newAssessment(@PathVariable UUID id, @RequestParam(name = "deltagare") UUID participantId, Model model) {
        requireStaff();
        if (!assessments.mayAssess(id, participantId)) {
            throw new AccessDeniedException("may not assess");
        }
        return assessmentForm(model, checklists.get(id), participantId, null, SwedishTime.today(clock).toString(), null,
                Map.of(), Map.of());
    }

    @PostMapping("/checklistor/{id}/bedom")
    String createAssessment(@PathVariable UUID id, @RequestParam(name = "deltagare") UUID participantId,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        requireStaff();
        ChecklistView list = checklists.get(id);
        Map<UUID, String> levels = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        String assessedOn = form.getFirst("assessedOn");
        String comment = form.getFirst("comment");
        List<RatingCommand> ratings = ratings(list, form, levels, comments);
        try {
            AssessmentView created = assessments.create(new AssessmentCommand(id, participantId, date(assessedOn),
                    limit(comment, 2000), ratings));
            redirect.addFlashAttribute("saved", "validation.page.assessment.saved");
            return "redirect:/bedomningar/" + created.id();
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", problems(e, ratings));
        }
        return assessmentForm(model, list, participantId, null, assessedOn, comment, levels, comments);
    }

    @GetMapping("/bedomningar/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        requireStaff();
        AssessmentView assessment = assessments.get(id);
        ChecklistView list = checklists.get(assessment.checklistId());
        Map<UUID, String> levels = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        assessment.ratings().forEach(r -> {
            levels.put(r.itemId(), String.valueOf(r.level()));
            if (r.comment() != null) {
                comments.put(r.itemId(), r.comment());
            }
        });
        return assessmentForm(model, list, assessment.participantId(), assessment, assessment.assessedOn().toString(),
                assessment.comment(), levels, comments);
    }

    @PostMapping("/bedomningar/{id}")
    String saveAssessment(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        requireStaff();
        AssessmentView assessment = assessments.get(id);
        ChecklistView list = checklists.get(assessment.checklistId());
        Map<UUID, String> levels = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        String assessedOn = form.getFirst("assessedOn");
        String comment = form.getFirst("comment");
        List<RatingCommand> ratings = ratings(list, form, levels, comments);
        try {
            assessments.update(id, new AssessmentDraftCommand(date(assessedOn), limit(comment, 2000), ratings,
                    lock(form)));
            redirect.addFlashAttribute("saved", "validation.page.assessment.saved");
            return "redirect:/bedomningar/" + id;
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", problems(e, ratings));
        } catch (ConflictException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        }
        return assessmentForm(model, list, assessment.participantId(), assessment, assessedOn, comment, levels, comments);
    }

    @PostMapping("/bedomningar/{id}/signera")
    String sign(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        requireStaff();
        try {
            assessments.sign(id, new LockCommand(lock(form)));
            redirect.addFlashAttribute("saved", "validation.page.assessment.signed");
            return "redirect:/bedomningar/" + id;
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        } catch (ConflictException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        }
        return assessmentWithProblems(id, model);
    }

    @PostMapping("/bedomningar/{id}/bevis")
    String addNote(@PathVariable UUID id, @RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        requireStaff();
        try {
            require(note, "note", "validation.evidence.note.required");
            assessments.addNote(id, new EvidenceNoteCommand(itemId, limit(note, 2000)));
            redirect.addFlashAttribute("saved", "validation.page.evidence.saved");
            return "redirect:/bedomningar/" + id;
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        } catch (ConflictException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        }
        return assessmentWithProblems(id, model);
    }

    @PostMapping("/bedomningar/{id}/bevis/fil")
    String addFile(@PathVariable UUID id, @RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        requireStaff();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidFieldException("file", "validation.evidence.file.required");
            }
            assessments.addFile(id, itemId, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                    limit(note, 2000));
            redirect.addFlashAttribute("saved", "validation.page.evidence.saved");
            return "redirect:/bedomningar/" + id;
        } catch (InvalidFieldException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        } catch (ConflictException e) {
            model.addAttribute("problems", Problems.of(e, messages));
        } catch (IOException e) {
            model.addAttribute("problems", Problems.of("file", "validation.evidence.file.required", messages));
        }
        return assessmentWithProblems(id, model);
    }

    @GetMapping("/bedomningar/{id}/bevis/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        return ValidationApiController.download(assessments.evidenceFile(id, evidenceId));
    }

    @GetMapping("/deltagare/{id}/bedomningar")
    String history(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
        requireStaff();
        model.addAttribute("participant", participants.get(id));
        model.addAttribute("result", assessments.forParticipant(id, page, 20));
        var lists = checklists.forParticipant(id);
        model.addAttribute("checklists", lists);
        model.addAttribute("assessable", lists.stream().map(c -> c.id())
                .filter(checklist -> assessments.mayAssess(checklist, id)).collect(java.util.stream.Collectors.toSet()));
        return "validation/history";
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private String assessmentWithProblems(UUID id, Model model) {
        Object problems = model.getAttribute("problems");
        String view = assessment(id, model);
        model.addAttribute("problems", problems);
        return view;
    }

    private String assessmentForm(Model model, ChecklistView list, UUID participantId, AssessmentView assessment,
            String assessedOn, String comment, Map<UUID, String> levels, Map<UUID, String> comments) {
        model.addAttribute("checklist", list);
        model.addAttribute("participant", participants.get(participantId));
        model.addAttribute("assessment", assessment);
        model.addAttribute("editable", assessment == null || assessment.mayEdit());
        model.addAttribute("assessedOn", assessedOn);
        model.addAttribute("comment", comment);
        model.addAttribute("levels", levels);
        model.addAttribute("comments", comments);
        List<ChecklistItemView> items = new ArrayList<>(list.activeItems());
        if (assessment != null) {
            // Items rated before they were removed still show in the assessment that rated them.
            list.removedItems().stream().filter(i -> levels.containsKey(i.id())).forEach(items::add);
        }
        model.addAttribute("items", items);
        return "validation/assessment";
    }

    /** The ratings of the form: a radio group "level-{itemId}" and a comment "comment-{itemId}" per item. */
    static List<RatingCommand> ratings(ChecklistView list, MultiValueMap<String, String> form, Map<UUID, String> levels,
            Map<UUID, String> comments) {
        List<RatingCommand> ratings = new ArrayList<>();
        for (ChecklistItemView item : list.items()) {
            String level = Texts.blankToNull(form.getFirst("level-" + item.id()));
            String comment = Texts.blankToNull(form.getFirst("comment-" + item.id()));
            if (comment != null) {
                comments.put(item.id(), comment);
            }
            if (level == null) {
                continue;
            }
            levels.put(item.id(), level);
            int value;
            try {
                value = Integer.parseInt(level);
            } catch (NumberFormatException e) {
                value = -1;
            }
            ratings.add(new RatingCommand(item.id(), value, limit(comment, 1000)));
        }
        return ratings;
    }

    /** Problems of ratings[i] filed under the rated item's radio group (its first radio), so the summary links to it. */
    private Problems problems(InvalidFieldException e, List<RatingCommand> ratings) {
        return Problems.of(e, messages, field -> ratingField(field, ratings));
    }

    static String ratingField(String field, List<RatingCommand> ratings) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^ratings\\[(\\d+)]\\..*$").matcher(field == null ? "" : field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < ratings.size()) {
                return "level-" + ratings.get(index).itemId() + "-0";
            }
        }
        return field;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException ex) {
            throw new InvalidFieldException("assessedOn", "validation.assessment.assessedOn.required");
        }
    }

    private static long lock(MultiValueMap<String, String> form) {
        try {
            return Long.parseLong(String.valueOf(form.getFirst("lockVersion")));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("lockVersion", "checklist.lockVersion.required");
        }
    }

    private static void require(String text, String field, String key) {
        if (Texts.blankToNull(text) == null) {
            throw new InvalidFieldException(field, key);
        }
    }

    private static void requireTexts(String text, String easyText) {
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        if (Texts.blankToNull(text) == null) {
            problems.add(new InvalidFieldException.FieldProblem("text", "checklist.item.text.required"));
        }
        if (Texts.blankToNull(easyText) == null) {
            problems.add(new InvalidFieldException.FieldProblem("easyText", "checklist.item.easyText.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /** Text cut to the column's length (longer input would be refused by validation in the API). */
    static String limit(String text, int max) {
        String value = Texts.blankToNull(text);
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
