package se.kompetenskedjan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.security.access.AccessDeniedException;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.shared.InvalidFieldException;
import se.kompetenskedjan.shared.NotFoundException;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;

/** Tasks: opened by a person or once per source, read by their parties only, done once, overdue by Swedish dates. */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class TasksTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Tasks tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCoordinatorOpensATaskForAColleagueWhoSeesItAndMarksItDone(AssertablePublishedEvents events) {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff other = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser colleague = identity.user(municipality.organisation(), Role.COORDINATOR).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        LocalDate today = SwedishTime.today(clock);

        long auditBefore = auditRows(participant);
        TaskView opened = SignedIn.as(coordinator.username(), () -> tasks.open(new TaskCommand(
                "Ring om barnomsorgen", null, colleague.id(), today.minusDays(1), participant)));
        assertThat(auditRows(participant)).as("one audited access").isEqualTo(auditBefore + 1);
        assertThat(opened.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(opened.overdue()).as("due yesterday in Sweden").isTrue();
        assertThat(opened.ownerName()).isEqualTo(colleague.displayName());
        assertThat(events.ofType(TaskOpened.class).matching(e -> e.taskId().equals(opened.id()))).hasSize(1);

        assertThat(SignedIn.as(colleague.username(), () -> tasks.mine(false, 0, 20)).items())
                .extracting(TaskView::id).containsExactly(opened.id());
        assertThatThrownBy(() -> SignedIn.as(other.get(Role.COORDINATOR).username(), () -> tasks.get(opened.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(coordinator.username(), () -> tasks.open(new TaskCommand(
                "Fel ansvarig", null, other.get(Role.COORDINATOR).id(), today, null))))
                .isInstanceOf(InvalidFieldException.class);

        TaskView done = SignedIn.as(colleague.username(), () -> tasks.complete(opened.id(),
                new TaskCompletion("Pratat med förskolan")));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.overdue()).isFalse();
        assertThat(events.ofType(TaskCompleted.class).matching(e -> e.taskId().equals(opened.id()) && !e.onTime()))
                .as("done a day late").hasSize(1);
        assertThatThrownBy(() -> SignedIn.as(colleague.username(), () -> tasks.complete(opened.id(), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(SignedIn.as(colleague.username(), () -> tasks.mine(false, 0, 20)).items()).isEmpty();
        assertThat(SignedIn.as(colleague.username(), () -> tasks.mine(true, 0, 20)).items()).hasSize(1);
        assertThat(SignedIn.as(coordinator.username(), () -> tasks.forParticipant(participant)))
                .extracting(TaskView::completionNote).containsExactly("Pratat med förskolan");
    }

    @Test
    void aSourceOpensOneTaskAndAParticipantOwnsOnlyTasksAboutThemself() {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        ParticipantTestData participants = new ParticipantTestData(context);
        UUID participant = participants.participant().registeredBy(coordinator).create();
        UUID someoneElse = participants.participant().registeredBy(coordinator).create();
        TestUser login = identity.participantLogin(municipality.organisation().id(), participant);
        LocalDate due = SwedishTime.today(clock).plusWeeks(1);
        TaskSource decision = new TaskSource("MEETING_DECISION", UUID.randomUUID());
        UUID organisation = municipality.organisation().id();

        TaskView first = tasks.openFor(decision, organisation,
                new TaskCommand("Ansök om förskoleplats", null, login.id(), due, participant), coordinator.id());
        TaskView again = tasks.openFor(decision, organisation,
                new TaskCommand("Ansök om förskoleplats", null, login.id(), due, participant), coordinator.id());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(tasks.forSource(decision)).hasSize(1);
        assertThatThrownBy(() -> tasks.openFor(new TaskSource("MEETING_DECISION", UUID.randomUUID()), organisation,
                new TaskCommand("Om någon annan", null, login.id(), due, someoneElse), coordinator.id()))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(SignedIn.as(login.username(), () -> tasks.mine(false, 0, 20)).items())
                .extracting(TaskView::title).containsExactly("Ansök om förskoleplats");
        assertThatThrownBy(() -> SignedIn.as(login.username(), () -> tasks.open(new TaskCommand(
                "Själv", null, login.id(), due, participant)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new TaskSource("meeting decision", UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long auditRows(UUID participantId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :id").param("id", participantId)
                .query(Long.class).single();
    }
}
