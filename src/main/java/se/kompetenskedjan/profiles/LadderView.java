package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

/**
 * A ladder (kompetenstrappa / kompetenskedja) with its steps in order. A template belongs to no organisation
 * (organisationId null); copiedFrom names the template a ladder was copied from. lockVersion is what a change must
 * send back.
 */
public record LadderView(UUID id, String name, String easyName, UUID organisationId, boolean template,
        UUID copiedFrom, List<StepView> steps, long lockVersion) {

    public java.util.Optional<StepView> step(UUID stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
}
