package se.kompetenskedjan.education;

/**
 * Attendance of one enrolment over its counted sessions (decision 84): the sessions of the occasion that are not
 * cancelled, on or after the enrolment's first day and not after its last, that have a mark. share is
 * (present + late) / (present + late + absent); excused sessions count neither way; null while nothing counts.
 * warning: share below warningShare (kk.education.attendance-warning-share).
 */
public record AttendanceSummary(int present, int late, int excused, int absent, int notRecorded, Double share,
        double warningShare, boolean warning) {

    /** The share in whole percent, for pages; null while nothing counts. */
    public Integer percent() {
        return share == null ? null : (int) Math.round(share * 100);
    }
}
