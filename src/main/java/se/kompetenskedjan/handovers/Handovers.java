package se.kompetenskedjan.handovers;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Hand-overs between organisations. Proposing and withdrawing need the right to change the participant (the
 * responsible organisation's coordinators and admins) and an active consent that shares the participant with the
 * receiver; accepting and declining are for the receiver's coordinators and admins, who read the participant through
 * that consent. Every step is one audited access to the participant's data.
 */
public interface Handovers {

    HandoverView propose(UUID participantId, HandoverCommand command);

    /** The participant's hand-overs, newest first (those who may read the participant). */
    List<HandoverView> forParticipant(UUID participantId);

    /** Hand-overs waiting for the signed-in user's organisation to answer, oldest first. */
    PageResult<HandoverView> incoming(Integer page, Integer size);

    /** Hand-overs the signed-in user's organisation has proposed, newest first. */
    PageResult<HandoverView> outgoing(Integer page, Integer size);

    HandoverView accept(UUID handoverId, HandoverAcceptance acceptance);

    HandoverView decline(UUID handoverId, HandoverDecline decline);

    HandoverView withdraw(UUID handoverId);
}
