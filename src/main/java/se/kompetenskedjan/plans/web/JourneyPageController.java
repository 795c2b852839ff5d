package se.kompetenskedjan.plans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.participants.ParticipantFile;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.plans.ActivityStatus;
import se.kompetenskedjan.plans.ActivityType;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.EnrolCommand;
import se.kompetenskedjan.plans.GapAnalysisView;
import se.kompetenskedjan.plans.GapView;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.FollowUpOutcomeView;
import se.kompetenskedjan.plans.FollowUpPoint;
import se.kompetenskedjan.plans.JourneyEventCommand;
import se.kompetenskedjan.plans.JourneyFollowUps;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyStatus;
import se.kompetenskedjan.plans.JourneyView;
import se.kompetenskedjan.plans.Journeys;
import se.kompetenskedjan.plans.MappingCommand;
import se.kompetenskedjan.plans.MappingSource;
import se.kompetenskedjan.plans.Mappings;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.plans.Responsible;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderSummary;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.translations.ContentTranslations;

/**
 * The coordinator's page for one participant's way through the chain: journey, gaps, mapping and plan together.
 * Plain forms (no JavaScript needed); a refused change comes back as an error summary.
 */
@Controller
class JourneyPageController {

    /** One journey on the page; deciderMoves: the steps a reader who decides may move it to (see Journeys). */
    record JourneyPanel(JourneyView journey, LadderView ladder, GapAnalysisView gaps, ProfileVersionView profile,
            List<StepView> deciderMoves) {
    }

    private final ParticipantRegister participants;
    private final Journeys journeys;
    private final Mappings mappings;
    private final IndividualPlans plans;
    private final Ladders ladders;
    private final RequirementProfiles profiles;
    private final MessageSource messages;
    private final ContentTranslations translations;
    private final Clock clock;
    private final JourneyFollowUps followUps;

    JourneyPageController(ParticipantRegister participants, Journeys journeys, Mappings mappings,
            IndividualPlans plans, Ladders ladders, RequirementProfiles profiles, MessageSource messages,
            ContentTranslations translations, Clock clock, JourneyFollowUps followUps) {
        this.followUps = followUps;
        this.participants = participants;
        this.journeys = journeys;
        this.mappings = mappings;
        this.plans = plans;
        this.ladders = ladders;
        this.profiles = profiles;
        this.messages = messages;
        this.translations = translations;
        this.clock = clock;
    }

    @GetMapping("/deltagare/{id}/resa")
    @Transactional(readOnly = true)
    String show(@PathVariable UUID id, Model model) {
        ParticipantFile file = participants.file(id);
        model.addAttribute("file", file);
        model.addAttribute("p", file.participant());
        List<JourneyPanel> panels = new ArrayList<>();
        List<UUID> openLadders = new ArrayList<>();
        for (JourneyView journey : journeys.journeys(id)) {
            if (journey.status() == JourneyStatus.ACTIVE || journey.status() == JourneyStatus.PAUSED) {
                openLadders.add(journey.ladderId());
            }
            LadderView ladder = ladders.ladder(journey.ladderId());
            GapAnalysisView gaps = null;
            ProfileVersionView profile = null;
            if (journey.currentStepId() != null) {
                var step = ladder.step(journey.currentStepId()).orElse(null);
                if (step != null && step.profileVersionId() != null) {
                    gaps = mappings.gapsForStep(id, ladder.id(), step.id());
                    profile = profiles.version(step.profileVersionId());
                }
            }
            List<UUID> moves = file.editable() ? List.of() : journeys.movesAsDecider(journey);
            panels.add(new JourneyPanel(journey, ladder, gaps, profile,
                    ladder.steps().stream().filter(s -> moves.contains(s.id())).toList()));
        }
        model.addAttribute("panels", panels);
        // outcomes 90 and 180 days after exit, by journey (only ended journeys have them)
        model.addAttribute("followUps", followUps.followUps(id).stream()
                .collect(java.util.stream.Collectors.groupingBy(FollowUpOutcomeView::journeyId)));
        model.addAttribute("followUpPoints", FollowUpPoint.values());
        List<PlanView> planViews = plans.plans(id);
        model.addAttribute("plans", planViews);
        model.addAttribute("planLanguages", translations.translatedLanguages("plan",
                planViews.stream().map(PlanView::id).toList()));
        // one open journey per ladder: a ladder the participant is on is not offered again
        Map<UUID, String> choices = file.editable() ? enrolLadders(file) : null;
        if (choices != null) {
            openLadders.forEach(choices::remove);
        }
        model.addAttribute("enrolLadders", choices);
        model.addAttribute("eventTypes", List.of(JourneyEventType.ADVANCED, JourneyEventType.PAUSED,
                JourneyEventType.RESUMED, JourneyEventType.RETURNED, JourneyEventType.ENDED_EARLY,
                JourneyEventType.COMPLETED, JourneyEventType.OUTCOME));
        model.addAttribute("dropoutReasons", DropoutReason.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("sources", MappingSource.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("today", SwedishTime.today(clock));
        return "plans/journey";
    }

    @PostMapping("/deltagare/{id}/resa")
    String enrol(@PathVariable UUID id, @RequestParam(required = false) UUID ladderId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        return attempt(id, redirect, () -> journeys.enrol(id, new EnrolCommand(required(ladderId, "ladderId",
                "journey.ladder.required"), null, required(on, "on", "journey.date.required"), null)));
    }

    @PostMapping("/deltagare/{id}/resa/{journeyId}/handelser")
    String record(@PathVariable UUID id, @PathVariable UUID journeyId,
            @RequestParam(required = false) JourneyEventType type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) UUID toStepId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) DropoutReason dropoutReason, @RequestParam(required = false) Outcome outcome,
            @RequestParam long version, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> {
            JourneyEventType chosen = required(type, "type", "journey.type.required");
            return journeys.record(id, journeyId, new JourneyEventCommand(chosen,
                    required(on, "on", "journey.date.required"),
                    chosen == JourneyEventType.ADVANCED || chosen == JourneyEventType.RETURNED ? toStepId : null, reason,
                    chosen == JourneyEventType.ENDED_EARLY ? dropoutReason : null,
                    chosen == JourneyEventType.OUTCOME ? outcome : null, version));
        });
    }

    @PostMapping("/deltagare/{id}/kartlaggning")
    String map(@PathVariable UUID id, @RequestParam UUID profileVersionId, @RequestParam Map<String, String> form,
            @RequestParam(required = false) MappingSource source,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
            RedirectAttributes redirect) {
        return attempt(id, redirect, () -> {
            List<MappingCommand.Level> levels = new ArrayList<>();
            form.forEach((name, value) -> {
                if (name.startsWith("level_") && value.matches("[0-3]")) {
                    levels.add(new MappingCommand.Level(UUID.fromString(name.substring(6)), Integer.valueOf(value),
                            required(source, "source", "mapping.source.required"),
                            required(assessedOn, "assessedOn", "mapping.date.required"), null));
                }
            });
            if (levels.isEmpty()) {
                throw new InvalidFieldException("levels", "mapping.levels.required");
            }
            return mappings.record(id, new MappingCommand(profileVersionId, levels));
        });
    }

    /** Proposes a first plan from the gap analysis: a goal per mandatory gap, an activity per gap (most typical kind). */
    @PostMapping("/deltagare/{id}/planer")
    String proposePlan(@PathVariable UUID id, @RequestParam UUID ladderId, @RequestParam UUID stepId,
            RedirectAttributes redirect) {
        return attempt(id, redirect, () -> {
            GapAnalysisView gaps = mappings.gapsForStep(id, ladderId, stepId);
            List<PlanCommand.Goal> goals = new ArrayList<>();
            List<PlanCommand.Activity> activities = new ArrayList<>();
            for (GapView gap : gaps.gaps()) {
                if (gap.mandatory() && goals.size() < 20) {
                    goals.add(new PlanCommand.Goal(text("plan.proposed.goal", gap.text()), List.of(gap.itemKey())));
                }
                if (activities.size() < 50) {
                    ActivityType type = gap.suggestions().isEmpty() ? ActivityType.OTHER : gap.suggestions().get(0);
                    activities.add(new PlanCommand.Activity(type, text("plan.proposed.activity",
                            text("activityType." + type.name()), gap.text()), Responsible.COORDINATOR, null,
                            SwedishTime.today(clock), null, ActivityStatus.PROPOSED, List.of(gap.itemKey())));
                }
            }
            if (goals.isEmpty()) {
                goals.add(new PlanCommand.Goal(text("plan.proposed.goalReady"), List.of()));
            }
            return plans.create(id, new PlanCommand(gaps.profileVersionId(), goals, activities,
                    text("plan.proposed.consequences"), SwedishTime.today(clock).plusWeeks(4), null));
        });
    }

    /** Saves the activities' statuses as a new revision of the plan. */
    @PostMapping("/deltagare/{id}/planer/{planId}")
    String updateStatuses(@PathVariable UUID id, @PathVariable UUID planId, @RequestParam int revision,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return attempt(id, redirect, () -> {
            PlanView plan = plans.revision(id, planId, revision);
            List<PlanCommand.Activity> activities = new ArrayList<>();
            for (int i = 0; i < plan.activities().size(); i++) {
                PlanCommand.Activity a = plan.activities().get(i);
                String status = form.get("status_" + i);
                activities.add(new PlanCommand.Activity(a.type(), a.description(), a.responsible(),
                        a.responsibleOther(), a.startsOn(), a.dueOn(),
                        status == null ? a.status() : ActivityStatus.valueOf(status), a.itemKeys()));
            }
            return plans.revise(id, planId, new PlanCommand(plan.targetProfileVersionId(), plan.goals(), activities,
                    plan.consequences(), plan.reviewOn(), Long.valueOf(form.getOrDefault("version", "-1"))));
        });
    }

    @PostMapping("/deltagare/{id}/planer/{planId}/revisioner/{revision}/godkann")
    String agreeOnBehalf(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable int revision,
            RedirectAttributes redirect) {
        return attempt(id, redirect, () -> plans.agree(id, planId, revision));
    }

    private Map<UUID, String> enrolLadders(ParticipantFile file) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        List<UUID> organisations = new ArrayList<>();
        organisations.add(file.participant().organisationId());
        file.consents().stream().filter(c -> c.activeToday())
                .forEach(c -> c.sharedWith().forEach(o -> organisations.add(o.organisationId())));
        for (UUID organisation : organisations.stream().distinct().toList()) {
            for (LadderSummary ladder : ladders.ladders(new LadderSearch(organisation, 0, 50)).items()) {
                choices.put(ladder.id(), ladder.name());
            }
        }
        return choices;
    }

    private String attempt(UUID id, RedirectAttributes redirect, java.util.function.Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/deltagare/" + id + "/resa";
        } catch (InvalidFieldException e) {
            return failed(id, redirect, e);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
            return "redirect:/deltagare/" + id + "/resa";
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errors", List.of(text(e.messageKey())));
            return "redirect:/deltagare/" + id + "/resa";
        }
    }

    private String failed(UUID id, RedirectAttributes redirect, InvalidFieldException e) {
        redirect.addFlashAttribute("errors", e.problems().stream().map(p -> text(p.messageKey())).toList());
        return "redirect:/deltagare/" + id + "/resa";
    }

    private static <T> T required(T value, String field, String key) {
        if (value == null) {
            throw new InvalidFieldException(field, key);
        }
        return value;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
