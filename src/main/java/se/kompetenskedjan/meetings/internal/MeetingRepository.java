package se.kompetenskedjan.meetings.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {
}
