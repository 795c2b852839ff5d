package se.kompetenskedjan.plans.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.kompetenskedjan.profiles.Ladders;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * TargetRequirements over the profiles module's public face. A page asks for the same ladder and profile versions
 * several times (the journeys, the gaps of the current step, the plans' titles); within one web request each is
 * fetched once. The plans module never changes them, so the copy cannot go stale during the request.
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
        return perRequest("profileVersion", versionId, this::fetchProfileVersion);
    }

    @Override
    public Optional<LadderShape> ladder(UUID ladderId) {
        return perRequest("ladder", ladderId, this::fetchLadder);
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T> perRequest(String kind, UUID id, Function<UUID, Optional<T>> fetch) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return fetch.apply(id);
        }
        String attribute = ProfilesTargetRequirements.class.getName() + "." + kind;
        Map<UUID, Optional<T>> fetched = (Map<UUID, Optional<T>>) request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (fetched == null) {
            fetched = new HashMap<>();
            request.setAttribute(attribute, fetched, RequestAttributes.SCOPE_REQUEST);
        }
        Optional<T> found = fetched.get(id);
        if (found == null) {
            found = fetch.apply(id);
            fetched.put(id, found);
        }
        return found;
    }

    private Optional<ProfileTarget> fetchProfileVersion(UUID versionId) {
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

    private Optional<LadderShape> fetchLadder(UUID ladderId) {
        try {
            var ladder = ladders.ladder(ladderId);
            return Optional.of(new LadderShape(ladder.id(), ladder.name(), ladder.easyName(), ladder.steps().stream()
                    .map(s -> new StepShape(s.id(), s.name(), s.easyName(), s.type().name(), s.position(),
                            s.profileVersionId(), s.exitItemKeys(), s.typicalWeeks(), s.maxWeeks(), s.nextStepIds(),
                            s.sideTrack()))
                    .toList()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
