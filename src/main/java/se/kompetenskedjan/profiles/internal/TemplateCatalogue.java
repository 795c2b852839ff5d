package se.kompetenskedjan.profiles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.profiles.LadderCommand;
import se.kompetenskedjan.profiles.ProfileCommand;
import se.kompetenskedjan.profiles.ReadinessDecider;
import se.kompetenskedjan.profiles.RequirementItemCommand;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepCommand;
import se.kompetenskedjan.profiles.StepType;
import se.kompetenskedjan.profiles.TaskCommand;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The ready-made ladder templates and their platform profiles, read from {@code profiles/templates/profiles.yaml} and
 * {@code ladders.yaml} on the class path. They are modelled on the source reports: Linköping's competence chain in
 * elder care (001), Care Vårda's step model with Swedish for care and placement (000), KAK's cultural interpreters at
 * preschools with validation (002), and entry jobs in kitchen, property care, the green sector and furniture
 * production (000, 003, 004). Every id is derived from a template's key, so every installation has the same templates
 * with the same ids; renaming a key in the files therefore makes a new template.
 *
 * <p>Occupations carry SSYK 2012 codes where the group is unambiguous; JobTech concept ids are left for the link to
 * the occupation catalogue.
 */
final class TemplateCatalogue {

    static final String NAMESPACE = "kompetenskedjan:mall";
    private static final String FOLDER = "/profiles/templates/";

    private static final Catalogue CATALOGUE = load(FOLDER);

    private TemplateCatalogue() {
    }

    /** Every platform profile, in the order of the file: they are created in this order. */
    static List<ProfileSpec> profiles() {
        return CATALOGUE.profiles;
    }

    /** Every ladder template, in the order they are loaded. */
    static List<LadderSpec> ladders() {
        return CATALOGUE.ladders;
    }

    static LadderSpec ladder(String key) {
        return ladders().stream().filter(l -> l.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ladder template " + key));
    }

    static ProfileSpec profile(String key) {
        return profiles().stream().filter(p -> p.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile template " + key));
    }

    // ------------------------------------------------------------------ the files

    record ProfilesFile(List<ProfileEntry> profiles) {
    }

    record ProfileEntry(String key, String title, String easyTitle, String occupationLabel, String ssykCode,
            List<ItemSpec> items, List<TaskEntry> tasks) {
    }

    record TaskEntry(String text, String easyText, List<String> items) {
    }

    record LaddersFile(List<LadderEntry> ladders) {
    }

    record LadderEntry(String key, String name, String easyName, List<StepEntry> steps) {
    }

    record StepEntry(String code, StepType type, String name, String easyName, String profile, Integer typicalWeeks,
            Integer maxWeeks, ReadinessDecider decider, String description, List<String> exitItems,
            Boolean mandatoryOnly, Boolean sideTrack, List<String> next) {
    }

    record Catalogue(List<ProfileSpec> profiles, List<LadderSpec> ladders) {
    }

    /** Reads and checks the two files in {@code folder}; a mistake in them stops the start with its place named. */
    static Catalogue load(String folder) {
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        Map<String, ProfileSpec> profiles = new LinkedHashMap<>();
        for (ProfileEntry entry : read(yaml, folder + "profiles.yaml", ProfilesFile.class).profiles()) {
            ProfileSpec profile = new ProfileSpec(entry.key(), entry.title(), entry.easyTitle(),
                    entry.occupationLabel(), entry.ssykCode());
            profile.items.addAll(entry.items());
            listOrEmpty(entry.tasks()).forEach(t -> profile.tasks.add(
                    new TaskSpec(t.text(), t.easyText(), listOrEmpty(t.items()))));
            profile.items.forEach(i -> profile.itemKey(i.code()));
            profile.tasks.forEach(t -> t.itemCodes().forEach(profile::itemKey));
            if (profiles.put(profile.key, profile) != null) {
                throw new IllegalStateException("profile template " + profile.key + " is defined twice");
            }
        }
        List<LadderSpec> ladders = new ArrayList<>();
        for (LadderEntry entry : read(yaml, folder + "ladders.yaml", LaddersFile.class).ladders()) {
            LadderSpec ladder = new LadderSpec(entry.key(), entry.name(), entry.easyName());
            for (StepEntry s : entry.steps()) {
                ProfileSpec profile = profiles.get(s.profile());
                if (profile == null) {
                    throw new IllegalStateException("ladder " + entry.key() + ", step " + s.code()
                            + ": no profile template " + s.profile());
                }
                ladder.steps.add(new StepSpec(s.code(), s.type(), s.name(), s.easyName(), profile, s.typicalWeeks(),
                        s.maxWeeks(), s.decider(), s.description(), listOrEmpty(s.exitItems()), Boolean.TRUE.equals(s.mandatoryOnly()),
                        listOrEmpty(s.next()), Boolean.TRUE.equals(s.sideTrack())));
            }
            ladder.command();
            ladders.add(ladder);
        }
        return new Catalogue(List.copyOf(profiles.values()), List.copyOf(ladders));
    }

    private static <T> T read(YAMLMapper yaml, String path, Class<T> type) {
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + path);
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record ItemSpec(String code, RequirementType type, int level, boolean mandatory, String text, String easyText) {
    }

    record TaskSpec(String text, String easyText, List<String> itemCodes) {
    }

    static final class ProfileSpec {

        final String key;
        final String title;
        final String easyTitle;
        final String occupationLabel;
        final String ssykCode;
        final List<ItemSpec> items = new ArrayList<>();
        final List<TaskSpec> tasks = new ArrayList<>();

        ProfileSpec(String key, String title, String easyTitle, String occupationLabel, String ssykCode) {
            this.key = key;
            this.title = title;
            this.easyTitle = easyTitle;
            this.occupationLabel = occupationLabel;
            this.ssykCode = ssykCode;
        }

        IdSource ids() {
            return IdSource.named(NAMESPACE + ":profil:" + key);
        }

        UUID profileId() {
            return ids().id("profile");
        }

        UUID versionId() {
            return ids().id("version");
        }

        UUID itemKey(String code) {
            if (items.stream().noneMatch(i -> i.code().equals(code))) {
                throw new IllegalArgumentException("profile " + key + " has no item " + code);
            }
            return ids().id("item-key:" + code);
        }

        List<UUID> mandatoryKeys() {
            return items.stream().filter(ItemSpec::mandatory).map(i -> itemKey(i.code())).toList();
        }

        ProfileCommand command() {
            List<RequirementItemCommand> itemCommands = items.stream().map(i -> new RequirementItemCommand(
                    itemKey(i.code()), i.type(), i.text(), i.easyText(), i.level(), i.mandatory(), null, null)).toList();
            List<TaskCommand> taskCommands = new ArrayList<>();
            for (int n = 0; n < tasks.size(); n++) {
                TaskSpec t = tasks.get(n);
                taskCommands.add(new TaskCommand(ids().id("task:" + n), t.text(), t.easyText(),
                        t.itemCodes().stream().map(this::itemKey).toList()));
            }
            return new ProfileCommand(title, easyTitle, null, occupationLabel, ssykCode, itemCommands, taskCommands,
                    true, null);
        }
    }

    static final class StepSpec {

        final String code;
        final StepType type;
        final String name;
        final String easyName;
        final ProfileSpec profile;
        final Integer typicalWeeks;
        final Integer maxWeeks;
        final ReadinessDecider decider;
        final String description;
        /** Leaving the step needs only these items of the profile (or, when empty, all of them). */
        final List<String> exitCodes;
        /** Leaving the step needs only the profile's mandatory items. */
        final boolean mandatoryOnly;
        final List<String> next;
        final boolean sideTrack;

        StepSpec(String code, StepType type, String name, String easyName, ProfileSpec profile, Integer typicalWeeks,
                Integer maxWeeks, ReadinessDecider decider, String description, List<String> exitCodes,
                boolean mandatoryOnly, List<String> next, boolean sideTrack) {
            this.code = code;
            this.type = type;
            this.name = name;
            this.easyName = easyName;
            this.profile = profile;
            this.typicalWeeks = typicalWeeks;
            this.maxWeeks = maxWeeks;
            this.decider = decider;
            this.description = description;
            this.exitCodes = List.copyOf(exitCodes);
            this.mandatoryOnly = mandatoryOnly;
            this.next = List.copyOf(next);
            this.sideTrack = sideTrack;
        }

        List<UUID> exitItemKeys() {
            return mandatoryOnly ? profile.mandatoryKeys() : exitCodes.stream().map(profile::itemKey).toList();
        }
    }

    static final class LadderSpec {

        final String key;
        final String name;
        final String easyName;
        final List<StepSpec> steps = new ArrayList<>();

        LadderSpec(String key, String name, String easyName) {
            this.key = key;
            this.name = name;
            this.easyName = easyName;
        }

        IdSource ids() {
            return IdSource.named(NAMESPACE + ":stegmodell:" + key);
        }

        UUID id() {
            return ids().id("ladder");
        }

        UUID stepId(String code) {
            if (steps.stream().noneMatch(s -> s.code.equals(code))) {
                throw new IllegalArgumentException("ladder " + key + " has no step " + code);
            }
            return ids().id("step:" + code);
        }

        LadderCommand command() {
            List<StepCommand> stepCommands = steps.stream().map(s -> new StepCommand(stepId(s.code), s.name,
                    s.easyName, s.description, s.type, s.profile.versionId(), s.exitItemKeys(), s.typicalWeeks,
                    s.maxWeeks, s.decider, s.next.stream().map(this::stepId).toList(), s.sideTrack)).toList();
            return new LadderCommand(name, easyName, stepCommands, true, null);
        }
    }
}
