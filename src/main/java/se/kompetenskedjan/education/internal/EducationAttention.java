package se.kompetenskedjan.education.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.education.Courses;
import se.kompetenskedjan.education.TeacherSession;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;

/** The teacher's start page: today's lessons, and those whose attendance is still to be recorded. */
@Component
class EducationAttention implements AttentionSource {

    private final Courses courses;
    private final CurrentUsers currentUsers;

    EducationAttention(Courses courses, CurrentUsers currentUsers) {
        this.courses = courses;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<Attention> forCurrentUser() {
        if (!currentUsers.current().is(Role.TEACHER)) {
            return List.of();
        }
        List<TeacherSession> today = courses.myDay();
        long toRecord = today.stream().filter(TeacherSession::attendanceToRecord).count();
        return List.of(new Attention("attention.education.attendance", toRecord, Urgency.WAITING, "/utbildning"),
                new Attention("attention.education.today", today.size() - toRecord, Urgency.SOON, "/utbildning"));
    }
}
