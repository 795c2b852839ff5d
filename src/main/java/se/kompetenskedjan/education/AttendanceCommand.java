package se.kompetenskedjan.education;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Marks for one session; enrolments not named keep what they had. */
public record AttendanceCommand(
        @NotEmpty(message = "{education.attendance.entries.required}")
        @Size(max = 500, message = "{education.attendance.entries.tooMany}") List<@Valid Entry> entries) {

    @Schema(name = "AttendanceEntry")
    public record Entry(
            @NotNull(message = "{education.attendance.enrolment.required}") UUID enrolmentId,
            @NotNull(message = "{education.attendance.status.required}") AttendanceStatus status) {
    }
}
