package se.kompetenskedjan.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.SignedIn;

/**
 * The participants module on its own with the modules it depends on (identity, privacy, shared), no demo region,
 * no placements module: the supervision events that placements publishes are published here by the test, and the
 * module's listener keeps its access rule in step (supervision started: the supervisor may read the participant;
 * ended: may not). The embedded PostgreSQL is the same as for every other test (see EmbeddedDatabaseEnvironment);
 * the first platform administrator comes from the bootstrap settings, as in production.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
        "kk.bootstrap.admin-username=" + SupervisionFollowsEventsModuleTests.OPERATOR,
        "kk.bootstrap.admin-password=ett-langt-losenord-123"})
@Tag("db")
class SupervisionFollowsEventsModuleTests {

    /** The same first administrator as the production-like tests, so either may create it first. */
    static final String OPERATOR = "forsta.admin";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApplicationContext context;

    @Autowired
    ParticipantRegister register;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    TestOrganisation care;
    TestUser coordinator;
    TestUser supervisor;
    UUID participant;
    LocalDate today;

    @BeforeEach
    void aParticipantAndASupervisorAtAnotherOrganisation() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        care = identity.organisation().name("Omsorgsförvaltningen").create();
        coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        supervisor = identity.user(care, Role.SUPERVISOR).create();
        participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        today = SwedishTime.today(clock);
    }

    boolean supervisorMayRead() {
        try {
            SignedIn.as(supervisor.username(), () -> register.requireRead(participant));
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    /** Every publication about the participant has been handled by its listeners. */
    boolean handled() {
        return jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE serialized_event LIKE :participant AND completion_date IS NULL""")
                .param("participant", "%" + participant + "%").query(Long.class).single() == 0;
    }

    java.util.List<SupervisionView> supervisions() {
        return SignedIn.as(coordinator.username(), () -> register.supervisions(participant));
    }

    @Test
    void theSupervisorMayReadTheParticipantFromSupervisionStartedUntilSupervisionEnded(Scenario scenario) {
        assertThat(context.getBeanNamesForType(se.kompetenskedjan.placements.Selections.class))
                .as("the placements module is not part of this test's context").isEmpty();
        assertThat(supervisorMayRead()).as("consent to the organisation alone does not open the file to a supervisor")
                .isFalse();
        UUID supervision = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        LocalDate startsOn = today.minusWeeks(2);

        scenario.publish(new SupervisionStarted(supervision, participant, supervisor.id(), care.unitId(), proposal,
                        startsOn, today.plusWeeks(5)))
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(this::supervisorMayRead, Boolean::booleanValue)
                .andVerify(mayRead -> assertThat(mayRead).as("supervising since two weeks").isTrue());
        assertThat(supervisions()).singleElement().satisfies(s -> {
            assertThat(s.supervisorId()).isEqualTo(supervisor.id());
            assertThat(s.startsOn()).isEqualTo(startsOn);
        });

        scenario.publish(new SupervisionEnded(supervision, participant, supervisor.id(), care.unitId(), startsOn,
                        today.minusDays(1)))
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(this::supervisorMayRead, mayRead -> !mayRead)
                .andVerify(mayRead -> assertThat(mayRead).as("the supervision ended yesterday").isFalse());
    }

    @Test
    void aStartEventHandledAfterTheEndEventDoesNotReopenTheSupervision(Scenario scenario) {
        UUID supervision = UUID.randomUUID();
        LocalDate startsOn = today.minusWeeks(3);
        LocalDate lastDay = today.minusWeeks(1);
        scenario.publish(new SupervisionEnded(supervision, participant, supervisor.id(), care.unitId(), startsOn,
                        lastDay))
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(this::handled, Boolean::booleanValue)
                .andVerify(done -> assertThat(supervisions()).singleElement()
                        .satisfies(s -> assertThat(s.endsOn()).isEqualTo(lastDay)));
        scenario.publish(new SupervisionStarted(supervision, participant, supervisor.id(), care.unitId(),
                        UUID.randomUUID(), startsOn, today.plusWeeks(2)))
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(this::handled, Boolean::booleanValue)
                .andVerify(done -> assertThat(supervisions()).singleElement()
                        .satisfies(s -> assertThat(s.endsOn()).as("the end stays").isEqualTo(lastDay)));
        assertThat(supervisorMayRead()).as("the late start event does not reopen an ended supervision").isFalse();
    }
}
