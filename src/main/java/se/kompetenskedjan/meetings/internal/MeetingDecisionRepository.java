package se.kompetenskedjan.meetings.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, UUID> {

    List<MeetingDecision> findByMeetingIdOrderByRecordedAtAscIdAsc(UUID meetingId);
}
