package se.kompetenskedjan.profiles.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.profiles.LevelScale;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.RequirementItemCommand;
import se.kompetenskedjan.profiles.TaskCommand;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.Texts;

/**
 * The versioning rules, for a given owner and without looking at who asks (the facade checks rights first; the
 * template loader uses this directly): a draft changes, a published version never does; a new
 * version is a draft copied from the latest version with the same item keys.
 */
@Component
class ProfileEditor {

    private final RequirementProfileRepository profiles;
    private final ProfileVersionRepository versions;
    private final ProfileTaskRepository tasks;
    private final CommandValidation validation;
    private final Clock clock;

    ProfileEditor(RequirementProfileRepository profiles, ProfileVersionRepository versions, ProfileTaskRepository tasks,
            CommandValidation validation, Clock clock) {
        this.profiles = profiles;
        this.versions = versions;
        this.tasks = tasks;
        this.validation = validation;
        this.clock = clock;
    }

    /** Now at the database's precision (microseconds), so what is returned equals what is read back later. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A new profile of the owner (null: a platform profile) whose version 1 is a draft with the command's content. */
    ProfileVersion create(UUID owner, ProfileCommand command, IdSource ids) {
        validation.check(command);
        RequirementProfile profile = profiles.save(new RequirementProfile(ids.id("profile"), owner, now()));
        ProfileVersion draft = new ProfileVersion(ids.id("version"), profile, 1, now());
        apply(draft, command, ids);
        return versions.saveAndFlush(draft);
    }

    /** Replaces the content of a draft. */
    ProfileVersion replaceDraft(ProfileVersion draft, ProfileCommand command, IdSource ids) {
        requireDraft(draft);
        validation.check(command);
        apply(draft, command, ids);
        return versions.saveAndFlush(draft);
    }

    ProfileVersion publish(ProfileVersion draft) {
        profiles.lockById(draft.profileId());
        requireDraft(draft);
        if (draft.items().isEmpty()) {
            throw new InvalidFieldException("items", "profile.publish.noItems");
        }
        draft.publish(now());
        return versions.saveAndFlush(draft);
    }

    ProfileVersion retire(ProfileVersion version) {
        if (version.status() != ProfileStatus.PUBLISHED) {
            throw new ConflictException("profile.version.notPublished");
        }
        version.retire(now());
        return versions.saveAndFlush(version);
    }

    /** The next version as a draft, copied from the latest one: same content, same item keys. */
    ProfileVersion newVersion(UUID profileId, IdSource ids) {
        RequirementProfile profile = profiles.lockById(profileId)
                .orElseThrow(() -> new NotFoundException("profile.notFound"));
        List<ProfileVersion> history = versions.history(profileId);
        if (history.stream().anyMatch(ProfileVersion::draft)) {
            throw new ConflictException("profile.draft.exists");
        }
        ProfileVersion latest = history.get(0);
        ProfileVersion next = new ProfileVersion(ids.id("version"), profile, latest.number() + 1, now());
        next.setHeader(latest.title(), latest.easyTitle(), latest.occupationConceptId(), latest.occupationLabel(),
                latest.ssykCode(), now());
        for (RequirementItem item : latest.items()) {
            next.items().add(item.copyTo(next, ids.id("item:" + item.itemKey()), item.itemKey()));
        }
        for (ProfileTask task : latest.tasks()) {
            next.tasks().add(task.copyTo(next, ids.id("task:" + task.id()), Map.of()));
        }
        return versions.saveAndFlush(next);
    }

    void discardDraft(ProfileVersion draft) {
        requireDraft(draft);
        UUID profileId = draft.profileId();
        versions.delete(draft);
        versions.flush();
        if (versions.history(profileId).isEmpty()) {
            profiles.deleteById(profileId);
            profiles.flush();
        }
    }

    /** A copy of a version as a new profile of the owner, published as its version 1, with new item keys. */
    Copy copyAsNewProfile(ProfileVersion source, UUID owner, IdSource ids) {
        RequirementProfile profile = profiles.save(new RequirementProfile(ids.id("profile:" + source.profileId()), owner, now()));
        ProfileVersion copy = new ProfileVersion(ids.id("version:" + source.id()), profile, 1, now());
        copy.setHeader(source.title(), source.easyTitle(), source.occupationConceptId(), source.occupationLabel(),
                source.ssykCode(), now());
        Map<UUID, UUID> keys = new LinkedHashMap<>();
        for (RequirementItem item : source.items()) {
            UUID newKey = ids.id("item-key:" + item.itemKey());
            keys.put(item.itemKey(), newKey);
            copy.items().add(item.copyTo(copy, ids.id("item:" + item.id()), newKey));
        }
        for (ProfileTask task : source.tasks()) {
            copy.tasks().add(task.copyTo(copy, ids.id("task:" + task.id()), keys));
        }
        copy.publish(now());
        return new Copy(versions.save(copy), keys);
    }

    record Copy(ProfileVersion version, Map<UUID, UUID> itemKeys) {
    }

    private static void requireDraft(ProfileVersion version) {
        if (!version.draft()) {
            throw new ConflictException("profile.version.notDraft");
        }
    }

    private void apply(ProfileVersion draft, ProfileCommand c, IdSource ids) {
        List<RequirementItemCommand> itemCommands = c.items() == null ? List.of() : c.items();
        List<TaskCommand> taskCommands = c.tasks() == null ? List.of() : c.tasks();
        List<FieldProblem> problems = new ArrayList<>();

        // Item keys: kept, chosen by the caller (must not belong to another profile) or new.
        Set<UUID> givenKeys = new HashSet<>();
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < itemCommands.size(); i++) {
            RequirementItemCommand item = itemCommands.get(i);
            UUID key = item.itemKey();
            if (key != null && !givenKeys.add(key)) {
                problems.add(new FieldProblem("items[" + i + "].itemKey", "profile.item.key.duplicate"));
            }
            if (item.type() != null && item.targetLevel() != null
                    && !LevelScale.isValid(item.type(), item.targetLevel())) {
                problems.add(new FieldProblem("items[" + i + "].targetLevel", "profile.item.targetLevel.yesNo"));
            }
            keys.add(key != null ? key : ids.id("item-key:" + draft.id() + ":" + i));
        }
        if (!givenKeys.isEmpty()) {
            Set<UUID> takenElsewhere = new HashSet<>(versions.itemKeysUsedOutside(draft.profileId(), givenKeys));
            for (int i = 0; i < itemCommands.size(); i++) {
                if (takenElsewhere.contains(itemCommands.get(i).itemKey())) {
                    problems.add(new FieldProblem("items[" + i + "].itemKey", "profile.item.key.taken"));
                }
            }
        }

        // Tasks: kept by id or new; they may need only items of this draft.
        Set<UUID> ownTasks = draft.tasks().stream().map(ProfileTask::id).collect(Collectors.toSet());
        Set<UUID> givenTasks = new HashSet<>();
        Set<UUID> itemKeySet = new HashSet<>(keys);
        for (int i = 0; i < taskCommands.size(); i++) {
            TaskCommand task = taskCommands.get(i);
            if (task.id() != null) {
                if (!givenTasks.add(task.id())) {
                    problems.add(new FieldProblem("tasks[" + i + "].id", "profile.task.id.duplicate"));
                } else if (!ownTasks.contains(task.id()) && tasks.existsById(task.id())) {
                    problems.add(new FieldProblem("tasks[" + i + "].id", "profile.task.id.taken"));
                }
            }
            if (task.itemKeys() != null && !itemKeySet.containsAll(task.itemKeys())) {
                problems.add(new FieldProblem("tasks[" + i + "].itemKeys", "profile.task.itemKeys.unknown"));
            }
        }
        CommandValidation.throwIfAny(problems);

        draft.setHeader(c.title().strip(), Texts.blankToNull(c.easyTitle()), Texts.blankToNull(c.occupationConceptId()),
                Texts.blankToNull(c.occupationLabel()), Texts.blankToNull(c.ssykCode()), now());

        Map<UUID, RequirementItem> oldItems = draft.items().stream()
                .collect(Collectors.toMap(RequirementItem::itemKey, Function.identity()));
        List<RequirementItem> newItems = new ArrayList<>();
        for (int i = 0; i < itemCommands.size(); i++) {
            RequirementItemCommand ic = itemCommands.get(i);
            UUID key = keys.get(i);
            RequirementItem item = oldItems.remove(key);
            if (item == null) {
                item = new RequirementItem(ids.id("item:" + draft.id() + ":" + key), draft, key);
                newItems.add(item);
            }
            item.set(i + 1, ic.type(), ic.text().strip(), ic.easyText().strip(), ic.targetLevel(), ic.mandatory(),
                    Texts.blankToNull(ic.skillConceptId()), Texts.blankToNull(ic.skillLabel()));
        }
        draft.items().removeAll(oldItems.values());
        draft.items().addAll(newItems);

        Map<UUID, ProfileTask> oldTasks = new HashMap<>(draft.tasks().stream()
                .collect(Collectors.toMap(ProfileTask::id, Function.identity())));
        List<ProfileTask> newTasks = new ArrayList<>();
        for (int i = 0; i < taskCommands.size(); i++) {
            TaskCommand tc = taskCommands.get(i);
            ProfileTask task = tc.id() == null ? null : oldTasks.remove(tc.id());
            if (task == null) {
                task = new ProfileTask(tc.id() != null ? tc.id() : ids.id("task:" + draft.id() + ":" + i), draft);
                newTasks.add(task);
            }
            task.set(i + 1, tc.text().strip(), tc.easyText().strip(), tc.itemKeys() == null ? List.of() : tc.itemKeys());
        }
        draft.tasks().removeAll(oldTasks.values());
        draft.tasks().addAll(newTasks);
    }
}
