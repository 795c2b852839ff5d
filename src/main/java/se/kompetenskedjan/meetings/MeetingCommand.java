package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting as planned or changed. date, startTime and endTime are Swedish local time; place or videoLink (or both).
 * participantId: for a three-party follow-up meeting, the participant it is about (none for other kinds).
 * attendeeIds: user accounts, also of partner organisations. agenda: the items in order. lockVersion: on a change,
 * the version read. Kind and participant are fixed once planned.
 */
public record MeetingCommand(
        @NotNull(message = "{meeting.kind.required}") MeetingKind kind,
        @NotBlank(message = "{meeting.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @NotNull(message = "{meeting.date.required}") LocalDate date,
        @NotNull(message = "{meeting.startTime.required}") LocalTime startTime,
        @NotNull(message = "{meeting.endTime.required}") LocalTime endTime,
        @Size(max = 300, message = "{field.tooLong}") String place,
        @Size(max = 500, message = "{field.tooLong}") String videoLink,
        UUID participantId,
        @NotEmpty(message = "{meeting.attendees.required}") @Size(max = 50, message = "{meeting.attendees.tooMany}")
        List<@NotNull UUID> attendeeIds,
        @Size(max = 30, message = "{meeting.agenda.tooMany}")
        List<@NotBlank(message = "{meeting.agenda.blank}") @Size(max = 500, message = "{field.tooLong}") String> agenda,
        Long lockVersion) {
}
