package se.kompetenskedjan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/** The module's events: planned, held, a decision with its task, cancelled; and the calendar rows. */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class MeetingEventsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Meetings meetings;

    @Test
    void eachStepPublishesItsEventAndTheCalendarShowsTheMeetings(AssertablePublishedEvents events) {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        TestUser admin = staff.get(Role.ADMIN);
        LocalDate today = TestDates.today();
        MeetingCommand command = new MeetingCommand(MeetingKind.STEERING_GROUP, "Styrgrupp", today,
                LocalTime.of(8, 30), LocalTime.of(9, 30), "Rum 1", null, null, List.of(coordinator.id(), admin.id()),
                List.of("Läget"), null);

        MeetingView planned = SignedIn.as(coordinator.username(), () -> meetings.plan(command));
        assertThat(events.ofType(MeetingPlanned.class).matching(e -> e.meetingId().equals(planned.id())
                && e.startTime().equals(LocalTime.of(8, 30)) && e.participantId() == null)).hasSize(1);
        MeetingView held = SignedIn.as(coordinator.username(), () -> meetings.hold(planned.id(),
                new HeldMeetingCommand("Läget är bra.", planned.lockVersion())));
        assertThat(events.ofType(MeetingHeld.class).matching(e -> e.meetingId().equals(held.id()))).hasSize(1);
        DecisionView decision = SignedIn.as(coordinator.username(), () -> meetings.decide(held.id(),
                new DecisionCommand("Rapportera till nämnden", admin.id(), today.plusDays(10))));
        assertThat(events.ofType(DecisionRecorded.class).matching(e -> e.decisionId().equals(decision.id())
                && e.taskId().equals(decision.taskId()) && e.ownerId().equals(admin.id()))).hasSize(1);

        MeetingView next = SignedIn.as(coordinator.username(), () -> meetings.plan(new MeetingCommand(
                MeetingKind.STEERING_GROUP, "Nästa styrgrupp", today.plusDays(1), LocalTime.of(8, 30),
                LocalTime.of(9, 30), null, "https://video.example.se/styrgrupp", null, List.of(admin.id()), null, null)));
        SignedIn.as(coordinator.username(), () -> meetings.cancel(next.id(), new MeetingCancellation(null,
                next.lockVersion())));
        assertThat(events.ofType(MeetingCancelled.class).matching(e -> e.meetingId().equals(next.id()))).hasSize(1);

        List<UUID> calendar = meetings.upcomingFor(admin.id(), today, today.plusDays(1)).stream()
                .map(MeetingSummary::id).toList();
        assertThat(calendar).containsExactly(planned.id(), next.id());
        assertThat(meetings.upcomingFor(admin.id(), today.plusDays(2), today.plusDays(9))).isEmpty();
    }
}
