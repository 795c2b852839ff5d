package se.kompetenskedjan.profiles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.ReadinessDecider;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepCommand;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;
import se.kompetenskedjan.support.TestDates;

/** The ladder rules, without a database (repositories are stand-ins kept in memory). */
class LadderEditorTests {

    static final UUID ORGANISATION = UUID.randomUUID();

    final Map<UUID, ProfileVersion> versionRows = new ConcurrentHashMap<>();
    final List<UUID> stepsOfOtherLadders = new ArrayList<>();
    LadderRepository ladders;
    LadderEditor editor;

    ProfileVersion published;
    ProfileVersion draft;
    UUID hygiene = UUID.randomUUID();
    UUID swedish = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        ladders = mock(LadderRepository.class);
        LadderStepRepository steps = mock(LadderStepRepository.class);
        ProfileVersionRepository versions = mock(ProfileVersionRepository.class);
        when(ladders.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
        when(steps.existsById(any())).thenAnswer(call -> stepsOfOtherLadders.contains((UUID) call.getArgument(0)));
        when(versions.findById(any())).thenAnswer(call -> Optional.ofNullable(versionRows.get((UUID) call.getArgument(0))));
        editor = new LadderEditor(ladders, steps, versions, mock(ProfileEditor.class),
                new CommandValidation(Validation.buildDefaultValidatorFactory().getValidator()), TestDates.clock());

        published = version(hygiene, swedish);
        published.publish(TestDates.now());
        draft = version(UUID.randomUUID());
    }

    private ProfileVersion version(UUID... itemKeys) {
        ProfileVersion version = new ProfileVersion(UUID.randomUUID(), new RequirementProfile(UUID.randomUUID(), ORGANISATION, TestDates.now()),
                1, TestDates.now());
        version.setHeader("Serviceassistent", null, null, null, null, TestDates.now());
        int position = 1;
        for (UUID key : itemKeys) {
            RequirementItem item = new RequirementItem(UUID.randomUUID(), version, key);
            item.set(position++, RequirementType.KNOWLEDGE, "Krav", "Krav", 2, true, null, null);
            version.items().add(item);
        }
        versionRows.put(version.id(), version);
        return version;
    }

    static StepCommand step(UUID id, String name, UUID profileVersionId, List<UUID> exit, Integer typical, Integer max,
            List<UUID> next) {
        return new StepCommand(id, name, null, null, StepType.INTERNSHIP, profileVersionId, exit, typical, max,
                ReadinessDecider.SUPERVISOR, next, false);
    }

    private List<FieldProblem> problems(StepCommand... steps) {
        try {
            editor.create(ORGANISATION, false, new LadderCommand("Stegmodell", null, List.of(steps), null, null),
                    IdSource.random());
        } catch (InvalidFieldException e) {
            return e.problems();
        }
        return List.of();
    }

    final UUID first = UUID.randomUUID();
    final UUID second = UUID.randomUUID();
    final UUID third = UUID.randomUUID();

    @Test
    void aValidLadderWithABranchAndASideTrackIsSavedInOrder() {
        Ladder ladder = editor.create(ORGANISATION, false, new LadderCommand("Kedja", "Min väg", List.of(
                step(first, "Introduktion", published.id(), List.of(hygiene), 4, 8, List.of(third, second)),
                new StepCommand(second, "Svenska", null, null, StepType.EDUCATION, null, null, 10, 20,
                        ReadinessDecider.TEACHER, List.of(third), true),
                step(third, "Praktik", published.id(), List.of(), 12, 26, List.of())), null, null), IdSource.random());

        LadderView view = ladder.view();
        assertThat(view.steps()).extracting(s -> s.name()).containsExactly("Introduktion", "Svenska", "Praktik");
        assertThat(view.steps().get(0).position()).isEqualTo(1);
        assertThat(view.steps().get(0).nextStepIds()).as("in ladder order").containsExactly(second, third);
        assertThat(view.steps().get(0).exitItemKeys()).containsExactly(hygiene);
        assertThat(view.steps().get(1).sideTrack()).isTrue();
        assertThat(view.steps().get(2).exitItemKeys()).as("empty: all items").isEmpty();
        assertThat(view.organisationId()).isEqualTo(ORGANISATION);
        assertThat(view.template()).isFalse();
    }

    @Test
    void aStepCannotLeadToItself() {
        assertThat(problems(step(first, "Praktik", null, null, null, null, List.of(first))))
                .containsExactly(new FieldProblem("steps[0].nextStepIds", "ladder.step.next.self"));
    }

    @Test
    void aStepLeadsOnlyForwardSoALadderHasNoCycles() {
        assertThat(problems(step(first, "Ett", null, null, null, null, List.of(second)),
                step(second, "Två", null, null, null, null, List.of(first))))
                .containsExactly(new FieldProblem("steps[1].nextStepIds", "ladder.step.next.backwards"));
    }

    @Test
    void aNextStepMustBeAStepOfTheSameLadder() {
        UUID elsewhere = UUID.randomUUID();
        stepsOfOtherLadders.add(elsewhere);
        assertThat(problems(step(first, "Ett", null, null, null, null, List.of(UUID.randomUUID())),
                step(second, "Två", null, null, null, null, List.of(elsewhere))))
                .containsExactly(new FieldProblem("steps[0].nextStepIds", "ladder.step.next.unknown"),
                        new FieldProblem("steps[1].nextStepIds", "ladder.step.next.otherLadder"));
    }

    @Test
    void typicalWeeksMayNotExceedTheMaximumAndTheMaximumIsAtMostTwoYears() {
        assertThat(problems(step(first, "Ett", null, null, 30, 20, List.of())))
                .containsExactly(new FieldProblem("steps[0].typicalWeeks", "ladder.step.weeks.typicalOverMax"));
        assertThat(problems(step(first, "Ett", null, null, 10, 105, List.of()),
                step(second, "Två", null, null, 0, null, List.of())))
                .containsExactlyInAnyOrder(new FieldProblem("steps[0].maxWeeks", "ladder.step.weeks.range"),
                        new FieldProblem("steps[1].typicalWeeks", "ladder.step.weeks.range"));
    }

    @Test
    void theExitRequirementIsAPublishedProfileVersionAndItsItems() {
        assertThat(problems(step(first, "Ett", draft.id(), null, null, null, List.of())))
                .containsExactly(new FieldProblem("steps[0].profileVersionId", "ladder.step.profile.notPublished"));
        assertThat(problems(step(first, "Ett", UUID.randomUUID(), null, null, null, List.of())))
                .containsExactly(new FieldProblem("steps[0].profileVersionId", "ladder.step.profile.unknown"));
        assertThat(problems(step(first, "Ett", published.id(), List.of(hygiene, UUID.randomUUID()), null, null, List.of())))
                .containsExactly(new FieldProblem("steps[0].exitItemKeys", "ladder.step.exitItems.unknown"));
        assertThat(problems(step(first, "Ett", null, List.of(hygiene), null, null, List.of())))
                .containsExactly(new FieldProblem("steps[0].exitItemKeys", "ladder.step.exitItems.noProfile"));
    }

    @Test
    void aRetiredVersionStaysOnStepsThatHaveItButIsNotChosenAnew() {
        Ladder ladder = editor.create(ORGANISATION, false, new LadderCommand("Kedja", null, List.of(
                step(first, "Ett", published.id(), List.of(), null, null, List.of())), null, null), IdSource.random());
        published.retire(TestDates.now());

        editor.replace(ladder, new LadderCommand("Kedja, ändrad", null, List.of(
                step(first, "Ett", published.id(), List.of(), null, null, List.of())), null, 0L), IdSource.random());
        assertThat(ladder.name()).isEqualTo("Kedja, ändrad");

        assertThatThrownBy(() -> editor.replace(ladder, new LadderCommand("Kedja", null, List.of(
                step(first, "Ett", published.id(), List.of(), null, null, List.of()),
                step(second, "Två", published.id(), List.of(), null, null, List.of())), null, 0L), IdSource.random()))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).problems()).containsExactly(
                        new FieldProblem("steps[1].profileVersionId", "ladder.step.profile.retired")));
    }

    @Test
    void aRefusedLadderChangesNothing() {
        Ladder ladder = editor.create(ORGANISATION, false, new LadderCommand("Kedja", null, List.of(
                step(first, "Ett", null, null, null, null, List.of(second)),
                step(second, "Två", null, null, null, null, List.of())), null, null), IdSource.random());
        LadderView before = ladder.view();

        assertThatThrownBy(() -> editor.replace(ladder, new LadderCommand("Ny", null, List.of(
                step(first, "Ett ändrad", null, null, null, null, List.of(first))), null, 0L), IdSource.random()))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(ladder.view()).isEqualTo(before);
    }

    @Test
    void stepsKeepTheirIdsAndRemovedStepsGo() {
        Ladder ladder = editor.create(ORGANISATION, false, new LadderCommand("Kedja", null, List.of(
                step(first, "Ett", null, null, null, null, List.of(second)),
                step(second, "Två", null, null, null, null, List.of(third)),
                step(third, "Tre", null, null, null, null, List.of())), null, null), IdSource.random());

        editor.replace(ladder, new LadderCommand("Kedja", null, List.of(
                step(null, "Noll", null, null, null, null, List.of(first)),
                step(first, "Ett", null, null, null, null, List.of(third)),
                step(third, "Tre", null, null, null, null, List.of())), null, 0L), IdSource.random());

        LadderView view = ladder.view();
        assertThat(view.steps()).extracting(s -> s.name()).containsExactly("Noll", "Ett", "Tre");
        assertThat(view.steps().get(1).id()).isEqualTo(first);
        assertThat(view.steps().get(1).position()).isEqualTo(2);
        assertThat(view.steps().get(0).nextStepIds()).containsExactly(first);
        assertThat(view.steps()).extracting(s -> s.id()).doesNotContain(second);
    }

    @Test
    void aTemplateIsMadeOnlyThroughTheTemplateFlagAndANameIsNeeded() {
        assertThatThrownBy(() -> editor.create(null, true, new LadderCommand(" ", null, List.of(), null, null),
                IdSource.random())).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).problems())
                        .containsExactly(new FieldProblem("name", "ladder.name.required")));
        verify(ladders, never()).saveAndFlush(any());
    }
}
