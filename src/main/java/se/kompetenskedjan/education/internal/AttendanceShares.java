package se.kompetenskedjan.education.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.education.AttendanceStatus;
import se.kompetenskedjan.education.AttendanceSummary;

/**
 * The attendance rule of decision 84. A session counts for an enrolment when it is not cancelled, lies within the
 * enrolment (on or after its first day, not after its last) and has happened (up to today). Of those, the marked
 * ones count: present and late as attended, absent as not, excused neither way; unmarked ones are shown apart and
 * count neither way (a forgotten register is not the participant's absence).
 */
final class AttendanceShares {

    private AttendanceShares() {
    }

    record SessionDay(UUID sessionId, LocalDate date, boolean cancelled) {
    }

    static AttendanceSummary summary(Enrolment enrolment, Collection<SessionDay> sessions,
            Map<UUID, AttendanceStatus> marksBySession, LocalDate today, double warningShare) {
        int present = 0;
        int late = 0;
        int excused = 0;
        int absent = 0;
        int notRecorded = 0;
        for (SessionDay session : sessions) {
            if (session.cancelled() || !enrolment.covers(session.date()) || session.date().isAfter(today)) {
                continue;
            }
            AttendanceStatus status = marksBySession.get(session.sessionId());
            if (status == null) {
                notRecorded++;
                continue;
            }
            switch (status) {
                case PRESENT -> present++;
                case LATE -> late++;
                case EXCUSED -> excused++;
                case ABSENT -> absent++;
            }
        }
        int counted = present + late + absent;
        Double share = counted == 0 ? null : (present + late) / (double) counted;
        return new AttendanceSummary(present, late, excused, absent, notRecorded, share, warningShare,
                share != null && share < warningShare);
    }
}
