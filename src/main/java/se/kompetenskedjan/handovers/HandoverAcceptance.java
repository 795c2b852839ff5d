package se.kompetenskedjan.handovers;

import java.util.UUID;

/** The receiver's yes: the coordinator who takes over (a coordinator or admin of the receiver; the accepting user when null). */
public record HandoverAcceptance(UUID coordinatorId) {
}
