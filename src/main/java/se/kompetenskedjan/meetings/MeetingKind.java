package se.kompetenskedjan.meetings;

/** What a meeting is; a three-party follow-up meeting is about one participant and is that participant's data. */
public enum MeetingKind {
    STEERING_GROUP, WORKING_GROUP, WORKPLACE_MEETING, THREE_PARTY_FOLLOW_UP;

    public boolean aboutParticipant() {
        return this == THREE_PARTY_FOLLOW_UP;
    }
}
