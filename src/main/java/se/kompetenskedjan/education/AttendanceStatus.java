package se.kompetenskedjan.education;

/** A participant at one session: present, late, excused (giltig frånvaro, not counted against them) or absent. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT
}
