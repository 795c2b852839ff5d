package se.kompetenskedjan.profiles.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.profiles.CopyTemplateCommand;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.StepCommand;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.Texts;

/**
 * The ladder rules, for a given owner and without looking at who asks (the facade checks rights first; the template
 * loader uses this directly). A ladder is saved whole; it is checked completely before anything
 * changes, so a bad step saves nothing:
 * <ul>
 * <li>a step leads only to later steps of the same ladder: not to itself, not back (a ladder has no cycles; going
 * back is a matter for the individual plan), not to steps of other ladders, not to unknown steps;</li>
 * <li>typical weeks at most the maximum weeks (both 1-104; the maximum guards against lock-in);</li>
 * <li>the exit requirement is a published profile version (a retired one only if the step already had it) and the
 * exit items are items of that version.</li>
 * </ul>
 */
@Component
class LadderEditor {

    private final LadderRepository ladders;
    private final LadderStepRepository steps;
    private final ProfileVersionRepository versions;
    private final ProfileEditor profiles;
    private final CommandValidation validation;
    private final Clock clock;

    LadderEditor(LadderRepository ladders, LadderStepRepository steps, ProfileVersionRepository versions,
            ProfileEditor profiles, CommandValidation validation, Clock clock) {
        this.ladders = ladders;
        this.steps = steps;
        this.versions = versions;
        this.profiles = profiles;
        this.validation = validation;
        this.clock = clock;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Ladder create(UUID owner, boolean template, LadderCommand command, IdSource ids) {
        validation.check(command);
        Ladder ladder = new Ladder(ids.id("ladder"), owner, template, null, now());
        apply(ladder, command, ids);
        return ladders.saveAndFlush(ladder);
    }

    Ladder replace(Ladder ladder, LadderCommand command, IdSource ids) {
        validation.check(command);
        apply(ladder, command, ids);
        return ladders.saveAndFlush(ladder);
    }

    /** A copy of a template for the owner, with each profile version its steps use copied as a new published profile. */
    Ladder copy(Ladder template, UUID owner, CopyTemplateCommand command, IdSource ids) {
        if (command != null) {
            validation.check(command);
        }
        List<LadderStep> ordered = template.steps().stream().sorted(Comparator.comparingInt(LadderStep::position)).toList();
        Map<UUID, ProfileEditor.Copy> copies = new LinkedHashMap<>();
        for (LadderStep step : ordered) {
            UUID versionId = step.profileVersionId();
            if (versionId != null && !copies.containsKey(versionId)) {
                ProfileVersion source = versions.findById(versionId)
                        .orElseThrow(() -> new NotFoundException("profile.notFound"));
                copies.put(versionId, profiles.copyAsNewProfile(source, owner, ids));
            }
        }
        Ladder copy = new Ladder(ids.id("ladder:" + template.id()), owner, false, template.id(), now());
        String name = command == null ? null : Texts.blankToNull(command.name());
        String easyName = command == null ? null : Texts.blankToNull(command.easyName());
        copy.rename(name != null ? name : template.name(), easyName != null ? easyName : template.easyName(),
                now());
        Map<UUID, UUID> stepIds = new HashMap<>();
        ordered.forEach(s -> stepIds.put(s.id(), ids.id("step:" + s.id())));
        for (LadderStep step : ordered) {
            ProfileEditor.Copy profile = step.profileVersionId() == null ? null : copies.get(step.profileVersionId());
            copy.steps().add(step.copyTo(copy, stepIds.get(step.id()),
                    profile == null ? null : profile.version().id(),
                    profile == null ? Map.of() : profile.itemKeys(), stepIds));
        }
        return ladders.saveAndFlush(copy);
    }

    private void apply(Ladder ladder, LadderCommand c, IdSource ids) {
        List<StepCommand> commands = c.steps() == null ? List.of() : c.steps();
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, LadderStep> own = ladder.steps().stream()
                .collect(Collectors.toMap(LadderStep::id, Function.identity()));

        // Resolve ids first: next steps may point at any step of the command.
        List<UUID> stepIds = new ArrayList<>();
        Map<UUID, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            UUID id = commands.get(i).id();
            if (id == null) {
                id = ids.id("step:" + ladder.id() + ":" + i);
            } else if (indexOf.containsKey(id)) {
                problems.add(new FieldProblem("steps[" + i + "].id", "ladder.step.id.duplicate"));
            } else if (!own.containsKey(id) && steps.existsById(id)) {
                problems.add(new FieldProblem("steps[" + i + "].id", "ladder.step.id.taken"));
            }
            stepIds.add(id);
            indexOf.putIfAbsent(id, i);
        }

        Map<UUID, Optional<ProfileVersion>> profileVersions = new HashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            StepCommand s = commands.get(i);
            String at = "steps[" + i + "].";
            if (s.typicalWeeks() != null && s.maxWeeks() != null && s.typicalWeeks() > s.maxWeeks()) {
                problems.add(new FieldProblem(at + "typicalWeeks", "ladder.step.weeks.typicalOverMax"));
            }
            List<UUID> exitKeys = s.exitItemKeys() == null ? List.of() : s.exitItemKeys();
            if (s.profileVersionId() == null) {
                if (!exitKeys.isEmpty()) {
                    problems.add(new FieldProblem(at + "exitItemKeys", "ladder.step.exitItems.noProfile"));
                }
            } else {
                Optional<ProfileVersion> version = profileVersions.computeIfAbsent(s.profileVersionId(), versions::findById);
                LadderStep existing = own.get(stepIds.get(i));
                boolean kept = existing != null && s.profileVersionId().equals(existing.profileVersionId());
                if (version.isEmpty()) {
                    problems.add(new FieldProblem(at + "profileVersionId", "ladder.step.profile.unknown"));
                } else if (version.get().status() == ProfileStatus.DRAFT) {
                    problems.add(new FieldProblem(at + "profileVersionId", "ladder.step.profile.notPublished"));
                } else if (version.get().status() == ProfileStatus.RETIRED && !kept) {
                    problems.add(new FieldProblem(at + "profileVersionId", "ladder.step.profile.retired"));
                } else if (!new HashSet<>(version.get().itemKeys()).containsAll(exitKeys)) {
                    problems.add(new FieldProblem(at + "exitItemKeys", "ladder.step.exitItems.unknown"));
                }
            }
            List<UUID> next = s.nextStepIds() == null ? List.of() : s.nextStepIds();
            Set<String> reported = new HashSet<>();
            for (UUID target : next) {
                String key;
                Integer targetIndex = indexOf.get(target);
                if (target.equals(stepIds.get(i))) {
                    key = "ladder.step.next.self";
                } else if (targetIndex != null) {
                    key = targetIndex < i ? "ladder.step.next.backwards" : null;
                } else if (!own.containsKey(target) && steps.existsById(target)) {
                    key = "ladder.step.next.otherLadder";
                } else {
                    key = "ladder.step.next.unknown";
                }
                if (key != null && reported.add(key)) {
                    problems.add(new FieldProblem(at + "nextStepIds", key));
                }
            }
        }
        CommandValidation.throwIfAny(problems);

        ladder.rename(c.name().strip(), Texts.blankToNull(c.easyName()), now());
        Map<UUID, LadderStep> remaining = new HashMap<>(own);
        List<LadderStep> added = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            StepCommand s = commands.get(i);
            LadderStep step = remaining.remove(stepIds.get(i));
            if (step == null) {
                step = new LadderStep(stepIds.get(i), ladder);
                added.add(step);
            }
            step.set(i + 1, s.name().strip(), Texts.blankToNull(s.easyName()),
                    Texts.blankToNull(s.description()), s.type(), s.profileVersionId(),
                    s.exitItemKeys() == null ? List.of() : s.exitItemKeys(), s.typicalWeeks(), s.maxWeeks(),
                    s.decider(), s.nextStepIds() == null ? List.of() : s.nextStepIds(),
                    Boolean.TRUE.equals(s.sideTrack()));
        }
        ladder.steps().removeAll(remaining.values());
        ladder.steps().addAll(added);
    }
}
