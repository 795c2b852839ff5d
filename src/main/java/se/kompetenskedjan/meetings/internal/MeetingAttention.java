package se.kompetenskedjan.meetings.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.meetings.Meetings;
import se.kompetenskedjan.shared.Attention;
import se.kompetenskedjan.shared.Attention.Urgency;
import se.kompetenskedjan.shared.AttentionSource;
import se.kompetenskedjan.shared.SwedishTime;

/** Meetings today that the user attends, on their start page. */
@Component
class MeetingAttention implements AttentionSource {

    private final Meetings meetings;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MeetingAttention(Meetings meetings, CurrentUsers currentUsers, Clock clock) {
        this.meetings = meetings;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public List<Attention> forCurrentUser() {
        CurrentUser user = currentUsers.current();
        if (user.is(Role.PARTICIPANT)) {
            return List.of();
        }
        LocalDate today = SwedishTime.today(clock);
        int count = meetings.upcomingFor(user.id().value(), today, today).size();
        return List.of(new Attention("attention.meetings.today", count, Urgency.WAITING, "/moten"));
    }
}
