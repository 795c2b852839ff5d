package se.kompetenskedjan.handovers;

/** PROPOSED waits for the receiver; ACCEPTED moved the responsibility; DECLINED and WITHDRAWN moved nothing. */
public enum HandoverStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN
}
