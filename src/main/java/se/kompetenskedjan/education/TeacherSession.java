package se.kompetenskedjan.education;

/**
 * A session of one of the teacher's groups, with how many are enrolled that day and how many marks are recorded;
 * attendanceToRecord while it is not cancelled and someone has no mark.
 */
public record TeacherSession(SessionView session, String courseName, int enrolled, int recorded,
        boolean attendanceToRecord) {

    public static TeacherSession of(SessionView session, String courseName, int enrolled, int recorded) {
        return new TeacherSession(session, courseName, enrolled, recorded, !session.cancelled() && recorded < enrolled);
    }
}
