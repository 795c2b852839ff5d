package se.kompetenskedjan.profiles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.profiles.TaskView;
import se.kompetenskedjan.support.TestDates;

/** The templates' content is sound and passes the same rules as what users write (checked without a database). */
class TemplateCatalogueTests {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyTemplateAndProfilePassesTheRulesForUsersAndEveryStepHasAPublishedProfile() {
        Map<UUID, ProfileVersion> versions = load();
        for (TemplateCatalogue.LadderSpec spec : TemplateCatalogue.ladders()) {
            LadderView ladder = ladders.get(spec.id()).view();
            assertThat(ladder.template()).isTrue();
            assertThat(ladder.organisationId()).isNull();
            assertThat(ladder.steps()).as(spec.key).hasSizeGreaterThanOrEqualTo(4);
            for (StepView step : ladder.steps()) {
                ProfileVersion version = versions.get(step.profileVersionId());
                assertThat(version).as("%s / %s: the profile exists", spec.key, step.name()).isNotNull();
                assertThat(version.status()).as("%s / %s", spec.key, step.name()).isEqualTo(ProfileStatus.PUBLISHED);
                assertThat(version.itemKeys()).as("exit items are items of the profile").containsAll(step.exitItemKeys());
                assertThat(step.decider()).isNotNull();
                if (step.typicalWeeks() != null && step.maxWeeks() != null) {
                    assertThat(step.typicalWeeks()).isLessThanOrEqualTo(step.maxWeeks());
                }
                if (step.type() != StepType.REGULAR_EMPLOYMENT) {
                    assertThat(step.maxWeeks()).as("%s / %s: a guard against lock-in", spec.key, step.name())
                            .isNotNull().isLessThanOrEqualTo(104);
                }
            }
            assertThat(ladder.steps().get(ladder.steps().size() - 1).type()).as(spec.key + " ends in a job")
                    .isEqualTo(StepType.REGULAR_EMPLOYMENT);
        }
    }

    @Test
    void everyTaskNeedsItemsOfItsOwnProfileAndEveryItemHasPlainAndEasyText() {
        Map<UUID, ProfileVersion> versions = load();
        assertThat(TemplateCatalogue.profiles()).hasSizeGreaterThanOrEqualTo(10);
        for (TemplateCatalogue.ProfileSpec spec : TemplateCatalogue.profiles()) {
            ProfileVersionView profile = versions.get(spec.versionId()).view();
            Set<UUID> keys = profile.items().stream().map(RequirementItemView::itemKey).collect(Collectors.toSet());
            assertThat(keys).as(spec.key + ": item keys unique").hasSize(profile.items().size());
            assertThat(profile.tasks()).as(spec.key + " has tasks").isNotEmpty();
            for (TaskView task : profile.tasks()) {
                assertThat(task.itemKeys()).as(spec.key + " / " + task.text()).isNotEmpty();
                assertThat(keys).as(spec.key + " / " + task.text()).containsAll(task.itemKeys());
            }
            assertThat(profile.mandatoryItems()).as(spec.key).isNotEmpty();
            for (RequirementItemView item : profile.items()) {
                assertThat(item.text()).isNotBlank().isNotEqualTo(item.easyText());
                assertThat(item.easyText()).isNotBlank();
                assertThat(item.easyText().length()).as("easy Swedish is short: " + item.easyText()).isLessThan(120);
            }
            assertThat(VALIDATOR.validate(spec.command())).as(spec.key).isEmpty();
        }
        TemplateCatalogue.ladders().forEach(l -> assertThat(VALIDATOR.validate(l.command())).as(l.key).isEmpty());
    }

    @Test
    void theElderCareChainFollowsLinkopingsCompetenceChain() {
        Map<UUID, ProfileVersion> versions = load();
        LadderView chain = ladders.get(TemplateCatalogue.ladder("kompetenskedja-aldreomsorg").id()).view();

        assertThat(chain.steps()).filteredOn(s -> !s.sideTrack()).extracting(StepView::type).containsExactly(
                StepType.INTRODUCTION, StepType.SHADOWING, StepType.SUBSIDISED_EMPLOYMENT,
                StepType.REGULAR_EMPLOYMENT, StepType.REGULAR_EMPLOYMENT, StepType.REGULAR_EMPLOYMENT);
        assertThat(chain.steps()).filteredOn(s -> !s.sideTrack()).extracting(StepView::name).containsExactly(
                "Förberedande introduktion", "Skuggning som serviceassistent", "Serviceassistent med lönestöd (BEA)",
                "Servicebiträde (AB-anställning)", "Vårdbiträde", "Undersköterska");
        StepView sideTrack = chain.steps().stream().filter(StepView::sideTrack).findFirst().orElseThrow();
        assertThat(sideTrack.name()).isEqualTo("Svenska för vård och omsorg");
        assertThat(sideTrack.type()).isEqualTo(StepType.EDUCATION);
        StepView subsidised = chain.steps().get(2);
        assertThat(subsidised.nextStepIds()).as("a branch: straight on, or the side track first")
                .containsExactlyInAnyOrder(sideTrack.id(), chain.steps().get(4).id());

        ProfileVersionView assistant = versions.get(TemplateCatalogue.profile("serviceassistent").versionId()).view();
        assertThat(assistant.tasks()).extracting(TaskView::text).anySatisfy(t -> assertThat(t).startsWith("Servera måltider"))
                .anySatisfy(t -> assertThat(t).startsWith("Diska")).anySatisfy(t -> assertThat(t).startsWith("Tvätta"))
                .anySatisfy(t -> assertThat(t).startsWith("Städa")).anySatisfy(t -> assertThat(t).startsWith("Handla"))
                .anySatisfy(t -> assertThat(t).startsWith("Promenera med brukare"))
                .anySatisfy(t -> assertThat(t).startsWith("Social samvaro"));
        assertThat(assistant.items()).extracting(RequirementItemView::type)
                .contains(RequirementType.SWEDISH_LANGUAGE, RequirementType.PRACTICAL, RequirementType.BEHAVIOUR);
        assertThat(assistant.items()).anySatisfy(i -> assertThat(i.text()).contains("tystnadsplikt"))
                .anySatisfy(i -> assertThat(i.text()).contains("hygienrutiner"))
                .anySatisfy(i -> {
                    assertThat(i.type()).isEqualTo(RequirementType.PRACTICAL);
                    assertThat(i.easyText()).isEqualTo("Jag kan cykla.");
                });
        ProfileVersionView serviceWorker = versions.get(TemplateCatalogue.profile("servicebitrade").versionId()).view();
        assertThat(serviceWorker.items()).anySatisfy(i -> {
            assertThat(i.type()).isEqualTo(RequirementType.CERTIFICATE);
            assertThat(i.text()).contains("Körkort");
            assertThat(i.mandatory()).isFalse();
        });
        assertThat(serviceWorker.tasks()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void theOtherTemplatesCoverCareWithSwedishCulturalInterpretersAndEntryJobs() {
        load();
        assertThat(TemplateCatalogue.ladders()).extracting(l -> l.name).anySatisfy(n -> assertThat(n).contains("svenska för vård"))
                .anySatisfy(n -> assertThat(n).contains("Kulturtolk i förskolan"))
                .anySatisfy(n -> assertThat(n).contains("kök"))
                .anySatisfy(n -> assertThat(n).contains("fastighetsservice"))
                .anySatisfy(n -> assertThat(n).contains("grönyta"))
                .anySatisfy(n -> assertThat(n).contains("möbeltillverkning"));
        LadderView care = ladders.get(TemplateCatalogue.ladder("vard-och-omsorg-med-svenska").id()).view();
        assertThat(care.steps()).extracting(StepView::type).contains(StepType.EDUCATION, StepType.INTERNSHIP);
        Set<UUID> ids = new HashSet<>();
        TemplateCatalogue.ladders().forEach(l -> assertThat(ids.add(l.id())).isTrue());
    }

    // ---- the catalogue loaded through the real editors, on repositories kept in memory

    final Map<UUID, ProfileVersion> versionRows = new ConcurrentHashMap<>();
    final Map<UUID, RequirementProfile> profileRows = new ConcurrentHashMap<>();
    final Map<UUID, Ladder> ladders = new ConcurrentHashMap<>();

    private Map<UUID, ProfileVersion> load() {
        RequirementProfileRepository profiles = mock(RequirementProfileRepository.class);
        ProfileVersionRepository versions = mock(ProfileVersionRepository.class);
        LadderRepository ladderRepository = mock(LadderRepository.class);
        when(profiles.save(any())).thenAnswer(call -> {
            RequirementProfile p = call.getArgument(0);
            profileRows.put(p.id(), p);
            return p;
        });
        when(profiles.lockById(any())).thenAnswer(call -> Optional.ofNullable(profileRows.get((UUID) call.getArgument(0))));
        when(versions.saveAndFlush(any())).thenAnswer(call -> {
            ProfileVersion v = call.getArgument(0);
            versionRows.put(v.id(), v);
            return v;
        });
        when(versions.findById(any())).thenAnswer(call -> Optional.ofNullable(versionRows.get((UUID) call.getArgument(0))));
        when(ladderRepository.saveAndFlush(any())).thenAnswer(call -> {
            Ladder l = call.getArgument(0);
            ladders.put(l.id(), l);
            return l;
        });
        CommandValidation validation = new CommandValidation(VALIDATOR);
        ProfileEditor profileEditor = new ProfileEditor(profiles, versions, mock(ProfileTaskRepository.class), validation,
                TestDates.clock());
        LadderEditor ladderEditor = new LadderEditor(ladderRepository, mock(LadderStepRepository.class), versions,
                profileEditor, validation, TestDates.clock());
        for (TemplateCatalogue.ProfileSpec spec : TemplateCatalogue.profiles()) {
            ProfileVersion version = profileEditor.publish(profileEditor.create(null, spec.command(), spec.ids()));
            assertThat(version.id()).isEqualTo(spec.versionId());
            assertThat(version.profileId()).isEqualTo(spec.profileId());
        }
        for (TemplateCatalogue.LadderSpec spec : TemplateCatalogue.ladders()) {
            Ladder ladder = ladderEditor.create(null, true, spec.command(), spec.ids());
            assertThat(ladder.id()).isEqualTo(spec.id());
        }
        return versionRows;
    }

    @Test
    void theTemplatesAreDataFilesAndAMistakeInThemIsNamed() {
        assertThat(TemplateCatalogue.class.getResource("/profiles/templates/ladders.yaml")).isNotNull();
        assertThat(TemplateCatalogue.ladders()).extracting(l -> l.key).containsExactly("kompetenskedja-aldreomsorg",
                "vard-och-omsorg-med-svenska", "kulturtolk-forskola", "instegsjobb-kok", "instegsjobb-fastighet",
                "instegsjobb-gronyta", "instegsjobb-mobel");

        assertThatThrownBy(() -> TemplateCatalogue.load("/profiles/templates-with-mistakes/unknown-field/"))
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> TemplateCatalogue.load("/profiles/templates-with-mistakes/unknown-profile/"))
                .hasMessageContaining("step start: no profile template finns-inte");
    }

    @Test
    void idsAreTheSameOnEveryInstallation() {
        assertThat(TemplateCatalogue.ladder("kompetenskedja-aldreomsorg").id()).isEqualTo(UUID.nameUUIDFromBytes(
                "kompetenskedjan:mall:stegmodell:kompetenskedja-aldreomsorg:ladder".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(List.of(TemplateCatalogue.profile("serviceassistent").itemKey("hygien")))
                .isEqualTo(List.of(TemplateCatalogue.profile("serviceassistent").itemKey("hygien")));
    }
}
