package se.kompetenskedjan.profiles.web;

import static se.kompetenskedjan.shared.SwedishTime.SWEDEN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.profiles.CopyTemplateCommand;
import se.kompetenskedjan.profiles.LadderSearch;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.LevelScale;
import se.kompetenskedjan.profiles.ProfileSearch;
import se.kompetenskedjan.profiles.ProfileVersionSummary;
import se.kompetenskedjan.profiles.ProfileVersionView;
import se.kompetenskedjan.profiles.RequirementItemView;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.profiles.RequirementType;
import se.kompetenskedjan.profiles.StepView;

/** Read-only pages of ladders and requirement profiles, and copying a template. */
@Controller
class LadderPageController {

    private final Ladders ladders;
    private final RequirementProfiles profiles;
    private final IdentityDirectory identity;

    LadderPageController(Ladders ladders, RequirementProfiles profiles, IdentityDirectory identity) {
        this.ladders = ladders;
        this.profiles = profiles;
        this.identity = identity;
    }

    @GetMapping("/stegmodeller")
    String list(Model model) {
        model.addAttribute("templates", ladders.templates());
        model.addAttribute("ladders", ladders.ladders(new LadderSearch(null, 0, 100)).items());
        model.addAttribute("profiles", profiles.profiles(new ProfileSearch(null, false, 0, 100)).items());
        model.addAttribute("canCreate", ladders.canCreate());
        return "profiles/ladders";
    }

    @PostMapping("/stegmodeller/mallar/{id}/kopiera")
    String copy(@PathVariable UUID id, RedirectAttributes redirect) {
        LadderView copy = ladders.copyTemplate(id, new CopyTemplateCommand(null, null));
        redirect.addFlashAttribute("saved", "ladders.copied");
        return "redirect:/stegmodeller/" + copy.id();
    }

    @GetMapping("/stegmodeller/{id}")
    String ladder(@PathVariable UUID id, Model model) {
        LadderView ladder = ladders.ladder(id);
        Map<UUID, ProfileVersionView> versions = new LinkedHashMap<>();
        for (StepView step : ladder.steps()) {
            if (step.profileVersionId() != null && !versions.containsKey(step.profileVersionId())) {
                versions.put(step.profileVersionId(), profiles.version(step.profileVersionId()));
            }
        }
        // The exit items of each step, in the order of the profile.
        Map<UUID, List<RequirementItemView>> exitItems = new LinkedHashMap<>();
        for (StepView step : ladder.steps()) {
            if (step.profileVersionId() != null) {
                exitItems.put(step.id(), versions.get(step.profileVersionId()).items().stream()
                        .filter(i -> step.exitItemKeys().contains(i.itemKey())).toList());
            }
        }
        Map<UUID, StepView> steps = new LinkedHashMap<>();
        ladder.steps().forEach(s -> steps.put(s.id(), s));
        model.addAttribute("ladder", ladder);
        model.addAttribute("versions", versions);
        model.addAttribute("exitItems", exitItems);
        model.addAttribute("steps", steps);
        model.addAttribute("owner", ownerName(ladder.organisationId()));
        return "profiles/ladder";
    }

    @GetMapping("/kravprofiler/{profileId}")
    String currentProfile(@PathVariable UUID profileId) {
        return "redirect:/kravprofiler/versioner/" + profiles.current(profileId).versionId();
    }

    @GetMapping("/kravprofiler/versioner/{versionId}")
    String profileVersion(@PathVariable UUID versionId, Model model) {
        ProfileVersionView version = profiles.version(versionId);
        List<ProfileVersionSummary> history = profiles.versions(version.profileId());
        model.addAttribute("profile", version);
        model.addAttribute("history", history);
        model.addAttribute("newer", history.stream().anyMatch(v -> v.version() > version.version()));
        model.addAttribute("owner", ownerName(version.organisationId()));
        model.addAttribute("levels", LevelScale.levels(RequirementType.KNOWLEDGE));
        Map<UUID, RequirementItemView> itemsByKey = new LinkedHashMap<>();
        version.items().forEach(i -> itemsByKey.put(i.itemKey(), i));
        model.addAttribute("itemsByKey", itemsByKey);
        model.addAttribute("publishedOn", version.publishedAt() == null ? null
                : version.publishedAt().atZone(SWEDEN).toLocalDate());
        return "profiles/profile";
    }

    private String ownerName(UUID organisationId) {
        return organisationId == null ? null : identity.organisationNames(List.of(organisationId)).get(organisationId);
    }
}
