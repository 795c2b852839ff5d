package se.kompetenskedjan.education.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.education.AttendanceStatus;
import se.kompetenskedjan.education.AttendanceSummary;
import se.kompetenskedjan.education.EnrolmentEndReason;

/** The attendance share of decision 84. */
class AttendanceSharesTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private final List<AttendanceShares.SessionDay> sessions = new ArrayList<>();
    private final Map<UUID, AttendanceStatus> marks = new HashMap<>();

    private UUID session(LocalDate date, AttendanceStatus status) {
        UUID id = UUID.randomUUID();
        sessions.add(new AttendanceShares.SessionDay(id, date, false));
        if (status != null) {
            marks.put(id, status);
        }
        return id;
    }

    private static Enrolment enrolledFrom(LocalDate from) {
        return new Enrolment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), from,
                UUID.randomUUID(), Instant.EPOCH);
    }

    @Test
    void presentAndLateCountAsAttendedExcusedNeitherWayAndUnmarkedAreShownApart() {
        session(MONDAY, AttendanceStatus.PRESENT);
        session(MONDAY.plusDays(1), AttendanceStatus.LATE);
        session(MONDAY.plusDays(2), AttendanceStatus.EXCUSED);
        session(MONDAY.plusDays(3), AttendanceStatus.ABSENT);
        session(MONDAY.plusDays(4), null);

        AttendanceSummary summary = AttendanceShares.summary(enrolledFrom(MONDAY), sessions, marks,
                MONDAY.plusDays(10), 0.8);

        assertThat(summary.share()).isEqualTo(2 / 3.0);
        assertThat(summary.percent()).isEqualTo(67);
        assertThat(summary.excused()).isEqualTo(1);
        assertThat(summary.notRecorded()).isEqualTo(1);
        assertThat(summary.warning()).as("67 % is below 80 %").isTrue();
        assertThat(AttendanceShares.summary(enrolledFrom(MONDAY), sessions, marks, MONDAY.plusDays(10), 0.6)
                .warning()).as("the share is configurable").isFalse();
    }

    @Test
    void sessionsBeforeTheEnrolmentAfterItsEndCancelledOrToComeNeverCount() {
        session(MONDAY.minusDays(7), AttendanceStatus.ABSENT);
        session(MONDAY, AttendanceStatus.PRESENT);
        sessions.add(new AttendanceShares.SessionDay(UUID.randomUUID(), MONDAY.plusDays(1), true));
        session(MONDAY.plusDays(2), AttendanceStatus.ABSENT);
        session(MONDAY.plusDays(20), null);
        Enrolment enrolment = enrolledFrom(MONDAY);
        enrolment.end(MONDAY.plusDays(1), EnrolmentEndReason.WITHDRAWN);

        AttendanceSummary summary = AttendanceShares.summary(enrolment, sessions, marks, MONDAY.plusDays(3), 0.8);

        assertThat(summary.present()).isEqualTo(1);
        assertThat(summary.absent()).isZero();
        assertThat(summary.notRecorded()).isZero();
        assertThat(summary.share()).isEqualTo(1.0);
        assertThat(summary.warning()).isFalse();
    }

    @Test
    void withNothingCountedThereIsNoShareAndNoWarning() {
        session(MONDAY, AttendanceStatus.EXCUSED);
        session(MONDAY.plusDays(1), null);

        AttendanceSummary summary = AttendanceShares.summary(enrolledFrom(MONDAY), sessions, marks,
                MONDAY.plusDays(1), 0.8);

        assertThat(summary.share()).isNull();
        assertThat(summary.percent()).isNull();
        assertThat(summary.warning()).isFalse();
    }
}
