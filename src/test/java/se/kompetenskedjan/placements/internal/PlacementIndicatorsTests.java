package se.kompetenskedjan.placements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorDefinition;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.shared.IndicatorSource;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The placements module's indicators on hand-built places: seats kept in the seat history (5 seats until a change
 * to 3 shows 5 the day before and 3 after), places opened in a period, seats taken from the day a proposal was
 * accepted to the day before it was withdrawn, trained supervisors by their training date, and organisations out of
 * the query's scope never counted. The tests cannot move the application's clock, so a step "ten days ago" is taken
 * today and its rows are then dated back, as the rows of that day would have been written.
 */
@ApiTest
class PlacementIndicatorsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlacementIndicators indicators;

    @Autowired
    Placements placements;

    @Autowired
    Selections selections;

    IdentityTestData identity;
    PlacementTestData data;
    TestOrganisation care;
    TestOrganisation school;
    TestOrganisation labourMarket;
    TestUser manager;
    TestUser otherManager;
    TestUser coordinator;
    LocalDate today;

    @BeforeEach
    void twoEmployersAndALabourMarketAdministration() {
        identity = new IdentityTestData(context);
        data = new PlacementTestData(context);
        care = identity.organisation().name("Omsorgsförvaltningen").unit("Hemtjänst Norr", "Hemtjänst").create();
        school = identity.organisation().name("Skolförvaltningen").unit("Skolkök Öst", "Kök").create();
        labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        otherManager = identity.user(school, Role.EMPLOYER_MANAGER).create();
        coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        today = TestDates.today();
    }

    @Test
    void theIndicatorSourceIsABeanWithADefinitionForEachIndicator() {
        assertThat(context.getBeansOfType(IndicatorSource.class).values()).contains(indicators);
        assertThat(indicators.definitions()).extracting(d -> d.key()).containsExactly("places.offered",
                "places.seats", "places.filled", "places.opened", "supervisors.trained",
                "supervisors.trainedInPeriod");
        assertThat(indicators.definitions()).allSatisfy(d -> assertThat(d.definition())
                .contains(d.kind() == IndicatorDefinition.Kind.STOCK_ON_DATE ? "valda datumet" : "perioden"));
    }

    @Test
    void aPlaceWhoseSeatsChangeFromFiveToThreeShowsFiveTheDayBeforeAndThreeFrom() {
        PlacementView place = data.place().at(manager).seats(5).create();
        datedBack(place.id(), 10);
        data.place().at(otherManager).seats(7).create();

        PlacementView changed = SignedIn.as(manager.username(), () -> placements.update(place.id(),
                withSeats(place, placements.get(place.id()).lockVersion(), 3)));
        assertThat(changed.seats()).isEqualTo(3);

        assertThat(counts(care, today.minusDays(11))).isEmpty();
        assertThat(counts(care, today.minusDays(1))).containsEntry("places.offered", 1L)
                .containsEntry("places.seats", 5L);
        assertThat(counts(care, today)).containsEntry("places.offered", 1L).containsEntry("places.seats", 3L);
        // The history is kept: the five seats are still there, beside the three.
        assertThat(jdbc.sql("""
                SELECT valid_from, seats, status FROM placement_seats_history WHERE placement_id = :p ORDER BY id""")
                .param("p", place.id()).query((rs, n) -> tuple(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        rs.getString(3))).list())
                .containsExactly(tuple(today.minusDays(10), 5, "DRAFT"), tuple(today.minusDays(10), 5, "OPEN"),
                        tuple(today, 3, "OPEN"));
    }

    @Test
    void aPausedOrClosedPlaceIsNotOfferedAndIsOpenedOnceOnTheDayItFirstOpened() {
        PlacementView place = data.place().at(manager).seats(4).create();
        datedBack(place.id(), 20);
        PlacementView paused = SignedIn.as(manager.username(), () -> placements.changeStatus(place.id(),
                new StatusCommand(PlacementStatus.PAUSED, placements.get(place.id()).lockVersion())));
        datedBack(place.id(), 5);
        SignedIn.as(manager.username(), () -> placements.changeStatus(place.id(),
                new StatusCommand(PlacementStatus.OPEN, paused.lockVersion())));
        PlacementView draft = data.place().at(manager).seats(2).draft().create();

        assertThat(counts(care, today.minusDays(6))).containsEntry("places.offered", 1L)
                .containsEntry("places.seats", 4L);
        assertThat(counts(care, today.minusDays(3))).doesNotContainKey("places.offered");
        assertThat(counts(care, today)).containsEntry("places.offered", 1L);
        assertThat(opened(care, today.minusDays(25), today.minusDays(15))).isEqualTo(1);
        assertThat(opened(care, today.minusDays(14), today)).as("opened again after a pause is not opened anew")
                .isZero();
        assertThat(draft.status()).isEqualTo(PlacementStatus.DRAFT);
    }

    @Test
    void aSeatIsTakenFromTheDayTheProposalWasAcceptedToTheDayBeforeItWasWithdrawn() {
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        PlacementView place = data.place().at(manager).seats(1).create();
        ProposalView accepted = data.proposal(participant).by(coordinator).at(manager).to(place).accepted().create();
        jdbc.sql("""
                UPDATE placement_proposal_event SET occurred_at = occurred_at - interval '4 days'
                 WHERE proposal_id = :p AND status = 'ACCEPTED'""").param("p", accepted.id()).update();
        assertThat(SignedIn.as(manager.username(), () -> placements.get(place.id())).status())
                .isEqualTo(PlacementStatus.FULL);

        assertThat(filled(care, today.minusDays(5), null)).isEmpty();
        assertThat(filled(care, today.minusDays(4), null)).containsExactly(
                new IndicatorCount("places.filled", care.id(), participant, 1));
        assertThat(filled(care, today, Set.of(UUID.randomUUID()))).as("another project's participants").isEmpty();
        assertThat(counts(care, today)).as("a full place is still offered").containsEntry("places.offered", 1L);

        SignedIn.as(coordinator.username(), () -> selections.withdraw(accepted.id(), accepted.lockVersion()));

        assertThat(filled(care, today, null)).isEmpty();
        assertThat(filled(care, today.minusDays(1), Set.of(participant))).containsExactly(
                new IndicatorCount("places.filled", care.id(), participant, 1));
        assertThat(jdbc.sql("SELECT status FROM placement_seats_history WHERE placement_id = :p ORDER BY id")
                .param("p", place.id()).query(String.class).list()).containsExactly("DRAFT", "OPEN", "FULL", "OPEN");
    }

    @Test
    void supervisorsAreTrainedFromTheirTrainingDate() {
        data.supervisor().at(manager).create();
        data.supervisor().at(manager).untrained().create();
        data.supervisor().at(otherManager).create();
        LocalDate trainedOn = today.minusYears(1);

        assertThat(counts(care, today)).containsEntry("supervisors.trained", 1L);
        assertThat(counts(care, trainedOn.minusDays(1))).doesNotContainKey("supervisors.trained");
        assertThat(count(care, trainedOn.minusDays(3), trainedOn, today, "supervisors.trainedInPeriod"))
                .isEqualTo(1);
        assertThat(count(care, trainedOn.plusDays(1), today, today, "supervisors.trainedInPeriod")).isZero();
        assertThat(indicators.counts(new IndicatorQuery(Set.of(care.id(), school.id()), null, today, today, today)))
                .filteredOn(c -> c.indicator().equals("supervisors.trained"))
                .extracting(IndicatorCount::organisationId).containsExactlyInAnyOrder(care.id(), school.id());
    }

    /** The place's history rows so far, as if written {@code days} days ago. */
    private void datedBack(UUID place, int days) {
        jdbc.sql("UPDATE placement_seats_history SET valid_from = valid_from - :days WHERE placement_id = :p")
                .param("days", days).param("p", place).update();
    }

    private Map<String, Long> counts(TestOrganisation organisation, LocalDate on) {
        List<IndicatorCount> counts = indicators.counts(new IndicatorQuery(Set.of(organisation.id()), null, on, on,
                on));
        assertThat(counts).allMatch(c -> c.organisationId().equals(organisation.id()));
        return counts.stream().filter(c -> c.participantId() == null)
                .collect(Collectors.toMap(IndicatorCount::indicator, IndicatorCount::value));
    }

    private long opened(TestOrganisation organisation, LocalDate from, LocalDate to) {
        return count(organisation, from, to, to, "places.opened");
    }

    private long count(TestOrganisation organisation, LocalDate from, LocalDate to, LocalDate on, String indicator) {
        return indicators.counts(new IndicatorQuery(Set.of(organisation.id()), null, from, to, on)).stream()
                .filter(c -> c.indicator().equals(indicator)).mapToLong(IndicatorCount::value).sum();
    }

    private List<IndicatorCount> filled(TestOrganisation organisation, LocalDate on, Set<UUID> participants) {
        return indicators.counts(new IndicatorQuery(Set.of(organisation.id()), participants, on, on, on)).stream()
                .filter(c -> c.indicator().equals("places.filled")).toList();
    }

    private static PlacementCommand withSeats(PlacementView p, long lockVersion, int seats) {
        return new PlacementCommand(p.unitId(), p.type(), p.title(), p.description(), p.easyDescription(),
                p.occupationConceptId(), p.occupationLabel(), p.ssykCode(), p.profileVersionId(), p.itemKeys(), seats,
                p.schedule(), p.shift(), p.hoursPerWeek(), p.startsOn(), p.endsOn(), p.minSwedishLevel(),
                p.requiredLicences(), p.requiresCycling(), p.softRequirements(), p.streetAddress(), p.postalCode(),
                p.city(), p.latitude(), p.longitude(), p.travelDirections(), p.accessibilityNotes(), p.sharing(),
                List.of(), p.supervisors().stream().map(PlacementView.SupervisorSlot::id).toList(), lockVersion);
    }
}
