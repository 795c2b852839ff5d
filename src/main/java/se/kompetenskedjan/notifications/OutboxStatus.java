package se.kompetenskedjan.notifications;

/** PENDING until sent; DEAD after the last failed attempt (an admin may try it again). */
public enum OutboxStatus {
    PENDING, SENT, DEAD
}
