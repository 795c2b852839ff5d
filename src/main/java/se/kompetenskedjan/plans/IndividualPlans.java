package se.kompetenskedjan.plans;

import java.util.List;
import java.util.UUID;

/** Individual plans (handlingsplan): each save is a new revision; old revisions stay readable. */
public interface IndividualPlans {

    PlanView create(UUID participantId, PlanCommand command);

    PlanView revise(UUID participantId, UUID planId, PlanCommand command);

    /** The participant agrees to a revision (their plan, their responsibility); staff may record an agreement made in a meeting. */
    PlanView agree(UUID participantId, UUID planId, int revision);

    /** The current revision of each of the participant's plans. */
    List<PlanView> plans(UUID participantId);

    PlanView revision(UUID participantId, UUID planId, int revision);
}
