package se.kompetenskedjan.plans.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * TargetRequirements over the profiles module's public face (which reads each ladder and profile version once per web
 * request, however often a page asks).
 */
@Component
class ProfilesTargetRequirements implements TargetRequirements {

    private final RequirementProfiles profiles;
    private final Ladders ladders;

    ProfilesTargetRequirements(RequirementProfiles profiles, Ladders ladders) {
        this.profiles = profiles;
        this.ladders = ladders;
    }

    @Override
    public Optional<ProfileTarget> profileVersion(UUID versionId) {
        try {
            var version = profiles.version(versionId);
            return Optional.of(new ProfileTarget(version.versionId(), version.title(), version.easyTitle(),
                    version.version(), version.items().stream().map(i -> new GapAnalyser.Requirement(i.itemKey(),
                            i.type().name(), i.text(), i.easyText(), i.targetLevel(), i.mandatory(), i.position()))
                            .toList()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<LadderShape> ladder(UUID ladderId) {
        try {
            var ladder = ladders.ladder(ladderId);
            return Optional.of(new LadderShape(ladder.id(), ladder.name(), ladder.easyName(), ladder.steps().stream()
                    .map(s -> new StepShape(s.id(), s.name(), s.easyName(), s.type().name(), s.position(),
                            s.profileVersionId(), s.exitItemKeys(), s.typicalWeeks(), s.maxWeeks(), s.nextStepIds(),
                            s.sideTrack(), s.decider()))
                    .toList()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
