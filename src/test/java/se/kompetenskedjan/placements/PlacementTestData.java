package se.kompetenskedjan.placements;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.SignedIn;

/**
 * Test data builders for the placements module, through its facades ({@link Placements}, {@link Supervisors},
 * {@link Selections}) and their access checks: a place at an employer manager's unit, a supervisor (with or without
 * a login), and a proposal taken as far through the selection workflow as a test needs (proposed, accepted, agreed
 * and approved by every party, active).
 *
 * <pre>{@code
 * SupervisorView supervisor = placements.supervisor().at(manager).withLogin(supervisorUser).create();
 * ProposalView active = placements.proposal(participant).by(coordinator).at(manager).supervisedBy(supervisor)
 *         .active().create();
 * }</pre>
 * The participant must consent to share with the employer's organisation (see ParticipantTestData.consentingTo).
 */
public final class PlacementTestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Placements placements;
    private final Supervisors supervisors;
    private final Selections selections;
    private final Clock clock;

    public PlacementTestData(ApplicationContext context) {
        this.placements = context.getBean(Placements.class);
        this.supervisors = context.getBean(Supervisors.class);
        this.selections = context.getBean(Selections.class);
        this.clock = context.getBean(Clock.class);
    }

    private LocalDate today() {
        return SwedishTime.today(clock);
    }

    public PlaceBuilder place() {
        return new PlaceBuilder();
    }

    public SupervisorBuilder supervisor() {
        return new SupervisorBuilder();
    }

    public ProposalBuilder proposal(UUID participantId) {
        return new ProposalBuilder(participantId);
    }

    public final class PlaceBuilder {

        private final long n = SEQUENCE.incrementAndGet();
        private TestUser manager;
        private String title = "Praktik i hemtjänsten " + n;
        private int seats = 2;
        private final List<UUID> supervisorIds = new ArrayList<>();
        private PlacementStatus status = PlacementStatus.OPEN;
        private Sharing sharing = Sharing.REGION;
        private PlacementType type = PlacementType.INTERNSHIP;
        private LocalDate startsOn;

        private PlaceBuilder() {
        }

        /** The employer manager who advertises the place, at their unit (required). */
        public PlaceBuilder at(TestUser value) {
            manager = value;
            return this;
        }

        public PlaceBuilder titled(String value) {
            title = value + " " + n;
            return this;
        }

        public PlaceBuilder seats(int value) {
            seats = value;
            return this;
        }

        public PlaceBuilder supervisedBy(UUID... ids) {
            supervisorIds.addAll(List.of(ids));
            return this;
        }

        /** The kind of place; an internship by default. */
        public PlaceBuilder type(PlacementType value) {
            type = value;
            return this;
        }

        /** The place's start (the start of a proposal before its start is agreed); yesterday by default. */
        public PlaceBuilder starting(LocalDate value) {
            startsOn = value;
            return this;
        }

        public PlaceBuilder sharing(Sharing value) {
            sharing = value;
            return this;
        }

        /** Leaves the place a draft (by default it is opened). */
        public PlaceBuilder draft() {
            status = PlacementStatus.DRAFT;
            return this;
        }

        public PlacementView create() {
            if (manager == null) {
                throw new IllegalStateException("at(employer manager) is required");
            }
            LocalDate today = today();
            LocalDate from = startsOn != null ? startsOn : today.minusDays(1);
            PlacementCommand command = new PlacementCommand(manager.unitId(), type, title, null,
                    "Du hjälper äldre hemma. Du har en handledare.", null, "Vårdbiträde", "5330", null, List.of(),
                    seats, List.of(new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                            new ScheduleSlot(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
                    Shift.DAY, 8, from, from.plusWeeks(12), SwedishLevel.SFI_B, List.of(), false,
                    null, "Exempelgatan 2", "123 45", "Testby", 57.72, 12.94, "Buss 3 till Exempelgatan", null,
                    sharing, List.of(), List.copyOf(supervisorIds), null);
            return SignedIn.as(manager.username(), () -> {
                PlacementView place = placements.create(command);
                return status == PlacementStatus.DRAFT ? place
                        : placements.changeStatus(place.id(), new StatusCommand(status, place.lockVersion()));
            });
        }
    }

    public final class SupervisorBuilder {

        private final long n = SEQUENCE.incrementAndGet();
        private TestUser manager;
        private TestUser login;
        private int capacity = 2;
        private boolean trained = true;

        private SupervisorBuilder() {
        }

        /** The employer manager who keeps the inventory, at whose unit the supervisor works (required). */
        public SupervisorBuilder at(TestUser value) {
            manager = value;
            return this;
        }

        /** Links the inventory entry to this supervisor account, so they see whom they supervise. */
        public SupervisorBuilder withLogin(TestUser value) {
            login = value;
            return this;
        }

        public SupervisorBuilder capacity(int value) {
            capacity = value;
            return this;
        }

        public SupervisorBuilder untrained() {
            trained = false;
            return this;
        }

        public SupervisorView create() {
            if (manager == null) {
                throw new IllegalStateException("at(employer manager) is required");
            }
            String name = login != null ? login.displayName() : "Handledare " + n;
            SupervisorCommand command = new SupervisorCommand(manager.unitId(), login == null ? null : login.id(),
                    name, "Undersköterska", trained ? today().minusYears(1) : null, null, capacity, false, true, null,
                    null);
            return SignedIn.as(manager.username(), () -> supervisors.create(command));
        }
    }

    /** How far the selection workflow has come. */
    private enum Stage {
        PROPOSED, ACCEPTED, AGREED, ACTIVE
    }

    public final class ProposalBuilder {

        private final UUID participantId;
        private TestUser coordinator;
        private TestUser manager;
        private PlacementView place;
        private SupervisorView supervisor;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private Stage stage = Stage.PROPOSED;

        private ProposalBuilder(UUID participantId) {
            this.participantId = participantId;
        }

        /** The coordinator who proposes the participant (required). */
        public ProposalBuilder by(TestUser value) {
            coordinator = value;
            return this;
        }

        /** The employer manager who reviews (required); a place at their unit is created unless one is given. */
        public ProposalBuilder at(TestUser value) {
            manager = value;
            return this;
        }

        public ProposalBuilder to(PlacementView value) {
            place = value;
            return this;
        }

        /** The supervisor of the placement; a new one at the manager's unit by default. */
        public ProposalBuilder supervisedBy(SupervisorView value) {
            supervisor = value;
            return this;
        }

        /** The agreed period; from two weeks ago to five weeks ahead by default. */
        public ProposalBuilder period(LocalDate from, LocalDate to) {
            startsOn = from;
            endsOn = to;
            return this;
        }

        public ProposalBuilder accepted() {
            stage = Stage.ACCEPTED;
            return this;
        }

        /** Accepted, start agreed, agreement written and approved by participant, employer and coordinator. */
        public ProposalBuilder agreed() {
            stage = Stage.AGREED;
            return this;
        }

        public ProposalBuilder active() {
            stage = Stage.ACTIVE;
            return this;
        }

        public ProposalView create() {
            if (coordinator == null || manager == null) {
                throw new IllegalStateException("by(coordinator) and at(employer manager) are required");
            }
            boolean needsSupervisor = stage.compareTo(Stage.AGREED) >= 0;
            if (needsSupervisor && supervisor == null) {
                supervisor = supervisor().at(manager).create();
            }
            if (place == null) {
                PlaceBuilder builder = place().at(manager).seats(1);
                if (supervisor != null) {
                    builder.supervisedBy(supervisor.id());
                }
                place = builder.create();
            }
            String c = coordinator.username();
            String m = manager.username();
            ProposalView proposal = SignedIn.as(c, () -> selections.propose(
                    new ProposeCommand(place.id(), participantId, 72, "Vill arbeta i hemtjänsten")));
            if (stage == Stage.PROPOSED) {
                return proposal;
            }
            UUID id = proposal.id();
            long proposed = proposal.lockVersion();
            proposal = SignedIn.as(m, () -> selections.review(id,
                    new ReviewCommand(ReviewDecision.ACCEPT, null, null, proposed)));
            if (stage == Stage.ACCEPTED) {
                return proposal;
            }
            LocalDate today = today();
            LocalDate from = startsOn != null ? startsOn : today.minusWeeks(2);
            LocalDate to = endsOn != null ? endsOn : today.plusWeeks(5);
            long accepted = proposal.lockVersion();
            proposal = SignedIn.as(c, () -> {
                ProposalView started = selections.agreeStart(id,
                        new AgreeStartCommand(from, to, supervisor.id(), accepted));
                ProposalView written = selections.saveAgreement(id, new AgreementCommand("Klara morgonrutiner",
                        "Bädda, städa, handla", "Mån och ons 8–12", "Trepartssamtal var fjärde vecka",
                        started.lockVersion()));
                return selections.approve(id, AgreementParty.PARTICIPANT);
            });
            SignedIn.as(m, () -> selections.approve(id, AgreementParty.EMPLOYER));
            proposal = SignedIn.as(c, () -> selections.approve(id, AgreementParty.COORDINATOR));
            if (stage == Stage.AGREED) {
                return proposal;
            }
            long agreed = proposal.lockVersion();
            return SignedIn.as(c, () -> selections.activate(id, agreed));
        }
    }
}
