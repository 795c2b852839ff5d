package se.kompetenskedjan.profiles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemCommand;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.TaskCommand;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.support.TestDates;

/** The versioning rules of requirement profiles, without a database (repositories are stand-ins kept in memory). */
class ProfileEditorTests {

    static final UUID ORGANISATION = UUID.randomUUID();

    final Map<UUID, RequirementProfile> profileRows = new ConcurrentHashMap<>();
    final Map<UUID, ProfileVersion> versionRows = new ConcurrentHashMap<>();
    RequirementProfileRepository profiles;
    ProfileVersionRepository versions;
    ProfileTaskRepository tasks;
    ProfileEditor editor;

    @BeforeEach
    void setUp() {
        profiles = mock(RequirementProfileRepository.class);
        versions = mock(ProfileVersionRepository.class);
        tasks = mock(ProfileTaskRepository.class);
        when(profiles.save(any())).thenAnswer(call -> {
            RequirementProfile profile = call.getArgument(0);
            profileRows.put(profile.id(), profile);
            return profile;
        });
        when(profiles.lockById(any())).thenAnswer(call -> Optional.ofNullable(profileRows.get((UUID) call.getArgument(0))));
        when(versions.save(any())).thenAnswer(call -> keep(call.getArgument(0)));
        when(versions.saveAndFlush(any())).thenAnswer(call -> keep(call.getArgument(0)));
        when(versions.history(any())).thenAnswer(call -> versionRows.values().stream()
                .filter(v -> v.profileId().equals(call.getArgument(0)))
                .sorted(Comparator.comparingInt(ProfileVersion::number).reversed()).toList());
        editor = new ProfileEditor(profiles, versions, tasks,
                new CommandValidation(Validation.buildDefaultValidatorFactory().getValidator()), TestDates.clock());
    }

    private ProfileVersion keep(ProfileVersion version) {
        versionRows.put(version.id(), version);
        return version;
    }

    static RequirementItemCommand item(UUID key, RequirementType type, int level, boolean mandatory, String text) {
        return new RequirementItemCommand(key, type, text, text + " (lätt)", level, mandatory, null, null);
    }

    static ProfileCommand command(String title, List<RequirementItemCommand> items, List<TaskCommand> tasks, Long lock) {
        return new ProfileCommand(title, null, null, "Servicebiträde", null, items, tasks, null, lock);
    }

    final UUID hygiene = UUID.randomUUID();
    final UUID cycling = UUID.randomUUID();

    private ProfileVersion publishedFirstVersion() {
        ProfileVersion draft = editor.create(ORGANISATION, command("Servicebiträde", List.of(
                item(hygiene, RequirementType.KNOWLEDGE, 2, true, "Följer hygienrutiner"),
                item(cycling, RequirementType.PRACTICAL, 3, false, "Kan cykla")),
                List.of(new TaskCommand(null, "Städa", "Städa hemmet", List.of(hygiene))), null), IdSource.random());
        return editor.publish(draft);
    }

    @Test
    void aNewProfileIsADraftOfVersionOne() {
        ProfileVersion draft = editor.create(ORGANISATION, command("Köksbiträde", List.of(
                item(null, RequirementType.SKILL, 2, true, "Diskar")), List.of(), null), IdSource.random());

        ProfileVersionView view = draft.view();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.status()).isEqualTo(ProfileStatus.DRAFT);
        assertThat(view.publishedAt()).isNull();
        assertThat(view.organisationId()).isEqualTo(ORGANISATION);
        assertThat(view.items()).singleElement().satisfies(i -> {
            assertThat(i.itemKey()).as("a new item gets a key").isNotNull();
            assertThat(i.position()).isEqualTo(1);
        });
    }

    @Test
    void publishingFreezesTheVersion() {
        ProfileVersion published = publishedFirstVersion();

        assertThat(published.status()).isEqualTo(ProfileStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThatThrownBy(() -> editor.replaceDraft(published, command("Ändrad", List.of(), List.of(), 0L),
                IdSource.random()))
                .isInstanceOf(ConflictException.class).hasMessage("profile.version.notDraft");
        assertThatThrownBy(() -> editor.publish(published))
                .isInstanceOf(ConflictException.class).hasMessage("profile.version.notDraft");
        assertThat(published.view().title()).isEqualTo("Servicebiträde");
    }

    @Test
    void aNewVersionCopiesTheItemsWithTheSameKeysAndTheOldVersionStaysAsItWas() {
        ProfileVersion first = publishedFirstVersion();
        ProfileVersionView before = first.view();

        ProfileVersion second = editor.newVersion(first.profileId(), IdSource.random());

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ProfileStatus.DRAFT);
        assertThat(second.profileId()).isEqualTo(first.profileId());
        assertThat(second.view().items()).extracting(RequirementItemView::itemKey).containsExactly(hygiene, cycling);
        assertThat(second.items()).extracting(RequirementItem::id)
                .as("each version has rows of its own").doesNotContainAnyElementsOf(
                        first.items().stream().map(RequirementItem::id).toList());
        assertThat(second.view().tasks()).singleElement().satisfies(t -> {
            assertThat(t.itemKeys()).containsExactly(hygiene);
            assertThat(t.id()).isNotEqualTo(before.tasks().get(0).id());
        });

        UUID keys = UUID.randomUUID();
        editor.replaceDraft(second, command("Servicebiträde, version 2", List.of(
                item(hygiene, RequirementType.KNOWLEDGE, 3, true, "Följer hygienrutiner självständigt"),
                item(keys, RequirementType.KNOWLEDGE, 2, true, "Sköter nyckelhanteringen")),
                List.of(new TaskCommand(null, "Låsa", "Lås dörren", List.of(keys))), second.lockVersion()),
                IdSource.random());
        editor.publish(second);

        assertThat(first.view()).as("version 1 unchanged").isEqualTo(before);
        ProfileVersionView after = second.view();
        assertThat(after.items()).extracting(RequirementItemView::itemKey).containsExactly(hygiene, keys);
        assertThat(after.items().get(0).targetLevel()).isEqualTo(3);
        assertThat(after.status()).isEqualTo(ProfileStatus.PUBLISHED);
    }

    @Test
    void onlyOneDraftAtATime() {
        ProfileVersion first = publishedFirstVersion();
        editor.newVersion(first.profileId(), IdSource.random());

        assertThatThrownBy(() -> editor.newVersion(first.profileId(), IdSource.random()))
                .isInstanceOf(ConflictException.class).hasMessage("profile.draft.exists");
    }

    @Test
    void anEmptyDraftCannotBePublished() {
        ProfileVersion draft = editor.create(ORGANISATION, command("Tom", List.of(), List.of(), null), IdSource.random());

        assertThatThrownBy(() -> editor.publish(draft)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).problems())
                        .containsExactly(new InvalidFieldException.FieldProblem("items", "profile.publish.noItems")));
        assertThat(draft.status()).isEqualTo(ProfileStatus.DRAFT);
    }

    @Test
    void retiringKeepsTheVersionReadableAndOnlyPublishedVersionsRetire() {
        ProfileVersion first = publishedFirstVersion();
        ProfileVersionView before = first.view();

        editor.retire(first);

        assertThat(first.status()).isEqualTo(ProfileStatus.RETIRED);
        assertThat(first.view().items()).isEqualTo(before.items());
        assertThatThrownBy(() -> editor.retire(first)).isInstanceOf(ConflictException.class)
                .hasMessage("profile.version.notPublished");
    }

    @Test
    void levelsOutsideTheScaleAndYesNoItemsWithLevelsBetweenAreRefused() {
        assertThat(problems(command("Fel", List.of(
                item(null, RequirementType.SKILL, 4, true, "För hög nivå"),
                item(null, RequirementType.CERTIFICATE, 2, true, "Truckkort"),
                item(null, RequirementType.PRACTICAL, 1, false, "Kan cykla"),
                item(null, RequirementType.SWEDISH_LANGUAGE, -1, true, "Svenska")), List.of(), null)))
                .containsExactlyInAnyOrder(
                        new InvalidFieldException.FieldProblem("items[0].targetLevel", "profile.item.targetLevel.range"),
                        new InvalidFieldException.FieldProblem("items[3].targetLevel", "profile.item.targetLevel.range"));
        assertThat(problems(command("Fel", List.of(
                item(null, RequirementType.CERTIFICATE, 2, true, "Truckkort"),
                item(null, RequirementType.PRACTICAL, 1, false, "Kan cykla"),
                item(null, RequirementType.PRACTICAL, 0, false, "Kan simma")), List.of(), null)))
                .containsExactly(
                        new InvalidFieldException.FieldProblem("items[0].targetLevel", "profile.item.targetLevel.yesNo"),
                        new InvalidFieldException.FieldProblem("items[1].targetLevel", "profile.item.targetLevel.yesNo"));
    }

    @Test
    void aTaskMayNeedOnlyItemsOfTheSameVersion() {
        UUID own = UUID.randomUUID();
        assertThat(problems(command("Fel", List.of(item(own, RequirementType.SKILL, 2, true, "Diskar")),
                List.of(new TaskCommand(null, "Diska", "Diska", List.of(own)),
                        new TaskCommand(null, "Laga mat", "Laga mat", List.of(own, UUID.randomUUID()))), null)))
                .containsExactly(new InvalidFieldException.FieldProblem("tasks[1].itemKeys", "profile.task.itemKeys.unknown"));
    }

    @Test
    void anItemKeyBelongsToOneProfile() {
        UUID taken = UUID.randomUUID();
        when(versions.itemKeysUsedOutside(any(), anyCollection())).thenReturn(List.of(taken));

        assertThat(problems(command("Fel", List.of(item(taken, RequirementType.SKILL, 2, true, "Diskar"),
                item(UUID.randomUUID(), RequirementType.SKILL, 2, true, "Skalar")), List.of(), null)))
                .containsExactly(new InvalidFieldException.FieldProblem("items[0].itemKey", "profile.item.key.taken"));
    }

    @Test
    void aRefusedChangeLeavesTheDraftAsItWas() {
        ProfileVersion draft = editor.create(ORGANISATION, command("Utkast", List.of(
                item(hygiene, RequirementType.KNOWLEDGE, 2, true, "Följer hygienrutiner")), List.of(), null),
                IdSource.random());
        ProfileVersionView before = draft.view();

        assertThatThrownBy(() -> editor.replaceDraft(draft, command("Ny titel", List.of(
                item(hygiene, RequirementType.KNOWLEDGE, 3, true, "Ändrad")),
                List.of(new TaskCommand(null, "X", "X", List.of(UUID.randomUUID()))), 0L), IdSource.random()))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(draft.view()).isEqualTo(before);
    }

    private List<InvalidFieldException.FieldProblem> problems(ProfileCommand command) {
        try {
            editor.create(ORGANISATION, command, IdSource.random());
        } catch (InvalidFieldException e) {
            return new ArrayList<>(e.problems());
        }
        return List.of();
    }
}
