package se.kompetenskedjan.schedules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.education.EducationCalendar;
import se.kompetenskedjan.education.EducationCalendar.CourseDay;
import se.kompetenskedjan.education.ParticipantEnrolled;
import se.kompetenskedjan.participants.ParticipantCalendar;
import se.kompetenskedjan.participants.ParticipantCalendar.Responsibility;
import se.kompetenskedjan.schedules.Clash;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.Tasks;

/**
 * An enrolment whose sessions clash with the participant's work days opens one task for the participant's
 * coordinator (source {@value #SOURCE_KIND} and the enrolment's id), due on the first clash or within a week,
 * whichever is earlier, never before today. The task names no one; it points at the participant's week.
 */
@Component
class EnrolmentClashes {

    static final String SOURCE_KIND = "SCHEDULE_CLASH";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private final EducationCalendar education;
    private final ScheduleService schedules;
    private final ParticipantCalendar participants;
    private final Tasks tasks;

    EnrolmentClashes(EducationCalendar education, ScheduleService schedules, ParticipantCalendar participants,
            Tasks tasks) {
        this.education = education;
        this.schedules = schedules;
        this.participants = participants;
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(ParticipantEnrolled event) {
        List<CourseDay> sessions = education.ofEnrolment(event.enrolmentId());
        if (sessions.isEmpty()) {
            return;
        }
        List<Clash> clashes = WorkPatternRules.clashes(sessions, schedules.workDays(event.participantId(),
                sessions.get(0).date(), sessions.get(sessions.size() - 1).date()));
        if (clashes.isEmpty()) {
            return;
        }
        Responsibility responsible = participants.responsible(List.of(event.participantId()))
                .get(event.participantId());
        if (responsible == null || responsible.coordinatorId() == null) {
            return;
        }
        LocalDate today = schedules.today();
        LocalDate first = clashes.get(0).date();
        LocalDate due = first.isBefore(today.plusWeeks(1)) ? first : today.plusWeeks(1);
        due = due.isBefore(today) ? today : due;
        String description = clashes.size() + (clashes.size() == 1 ? " kursdag krockar" : " kursdagar krockar")
                + " med dagar på arbetsplatsen, den första " + DATE.format(first)
                + ". Se deltagarens schema och ändra arbetsschemat eller anmälan.";
        tasks.openFor(new TaskSource(SOURCE_KIND, event.enrolmentId()), responsible.organisationId(),
                new TaskCommand("Kurs krockar med arbetsplatsträning", description, responsible.coordinatorId(), due,
                        event.participantId()), null);
    }
}
