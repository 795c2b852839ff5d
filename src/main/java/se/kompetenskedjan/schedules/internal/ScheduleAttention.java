package se.kompetenskedjan.schedules.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.education.EducationCalendar;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;

/**
 * Start pages: the participant's days this week with a course or the workplace (their own data, a count), and the
 * supervisor's participants who are at the workplace this week (a count, no names). Neither is recorded as a read.
 */
@Component
class ScheduleAttention implements AttentionSource {

    private final CurrentUsers currentUsers;
    private final ScheduleService schedules;
    private final EducationCalendar education;

    ScheduleAttention(CurrentUsers currentUsers, ScheduleService schedules, EducationCalendar education) {
        this.currentUsers = currentUsers;
        this.schedules = schedules;
        this.education = education;
    }

    @Override
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        LocalDate monday = IsoWeeks.mondayOf(schedules.today());
        LocalDate sunday = monday.plusDays(6);
        if (user.is(Role.PARTICIPANT) && user.participantId() != null) {
            Set<LocalDate> days = new HashSet<>();
            education.ofParticipant(user.participantId(), monday, sunday).forEach(s -> days.add(s.date()));
            schedules.workDays(user.participantId(), monday, sunday).forEach(d -> days.add(d.date()));
            return List.of(new Attention("schedules.attention.week", days.size(), Urgency.SOON, "/min-sida/vecka"));
        }
        if (user.is(Role.SUPERVISOR)) {
            long atWork = schedules.supervisedDays(user.id().value(), monday, sunday).values().stream()
                    .filter(d -> !d.isEmpty()).count();
            return List.of(new Attention("schedules.attention.supervised", atWork, Urgency.SOON,
                    "/schema/mina-deltagare"));
        }
        return List.of();
    }
}
