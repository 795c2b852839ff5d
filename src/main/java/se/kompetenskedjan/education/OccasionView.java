package se.kompetenskedjan.education;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A course occasion with its weekly pattern; seatsTaken counts open enrolments. mayEdit: the caller may cancel its
 * sessions (the provider's admins and teachers); teaches: the caller is one of its teachers (sees the group).
 */
public record OccasionView(UUID id, UUID courseId, String courseName, CourseKind courseKind,
        UUID providerOrganisationId, String providerName, LocalDate startsOn, LocalDate endsOn, int seats,
        long seatsTaken, List<DayOfWeek> weekdays, LocalTime startTime, LocalTime endTime, String place,
        List<Teacher> teachers, boolean mayEdit, boolean teaches) {

    @Schema(name = "OccasionTeacher")
    public record Teacher(UUID id, String name) {
    }

    public boolean full() {
        return seatsTaken >= seats;
    }
}
