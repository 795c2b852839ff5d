package se.kompetenskedjan.education.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.education.EducationCalendar;

@Component
@Transactional(readOnly = true)
class EducationCalendarQueries implements EducationCalendar {

    private static final String ENROLLED = """
            SELECT s.id, s.occasion_id, c.id AS course_id, c.name, e.id AS enrolment_id, e.participant_id,
                   s.on_date, s.start_time, s.end_time, s.version
            FROM education_enrolment e
            JOIN education_session s ON s.occasion_id = e.occasion_id AND NOT s.cancelled
                 AND s.on_date >= e.from_date AND (e.ended_on IS NULL OR s.on_date <= e.ended_on)
            JOIN education_occasion o ON o.id = e.occasion_id
            JOIN education_course c ON c.id = o.course_id""";

    private final JdbcClient jdbc;

    EducationCalendarQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CourseDay> ofParticipant(UUID participantId, LocalDate from, LocalDate to) {
        return jdbc.sql(ENROLLED + """
                 WHERE e.participant_id = :participant AND s.on_date BETWEEN :from AND :to
                ORDER BY s.on_date, s.start_time, s.id LIMIT 1000""")
                .param("participant", participantId).param("from", from).param("to", to)
                .query(EducationCalendarQueries::row).list();
    }

    @Override
    public List<CourseDay> ofEnrolment(UUID enrolmentId) {
        return jdbc.sql(ENROLLED + " WHERE e.id = :enrolment ORDER BY s.on_date, s.start_time, s.id LIMIT 1000")
                .param("enrolment", enrolmentId).query(EducationCalendarQueries::row).list();
    }

    @Override
    public List<CourseDay> taughtBy(UUID teacherUserId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT s.id, s.occasion_id, c.id AS course_id, c.name, NULL::uuid AS enrolment_id,
                       NULL::uuid AS participant_id, s.on_date, s.start_time, s.end_time, s.version
                FROM education_occasion_teacher t
                JOIN education_session s ON s.occasion_id = t.occasion_id AND NOT s.cancelled
                JOIN education_occasion o ON o.id = t.occasion_id
                JOIN education_course c ON c.id = o.course_id
                WHERE t.teacher_id = :teacher AND s.on_date BETWEEN :from AND :to
                ORDER BY s.on_date, s.start_time, s.id LIMIT 1000""")
                .param("teacher", teacherUserId).param("from", from).param("to", to)
                .query(EducationCalendarQueries::row).list();
    }

    private static CourseDay row(ResultSet rs, int n) throws SQLException {
        return new CourseDay(rs.getObject("id", UUID.class), rs.getObject("occasion_id", UUID.class),
                rs.getObject("course_id", UUID.class), rs.getString("name"),
                rs.getObject("enrolment_id", UUID.class), rs.getObject("participant_id", UUID.class),
                rs.getObject("on_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class), rs.getLong("version"));
    }
}
