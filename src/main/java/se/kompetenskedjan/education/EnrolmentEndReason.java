package se.kompetenskedjan.education;

/** Why an enrolment ended: the course was completed, or the participant left it before its end. */
public enum EnrolmentEndReason {
    COMPLETED, WITHDRAWN
}
