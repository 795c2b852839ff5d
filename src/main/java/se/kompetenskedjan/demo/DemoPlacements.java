package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.demoId;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.participants.SupervisionCommand;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.placements.AgreeStartCommand;
import se.kompetenskedjan.placements.AgreementCommand;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.DeclineReason;
import se.kompetenskedjan.placements.InterestCommand;
import se.kompetenskedjan.placements.PlacementCommand;
import se.kompetenskedjan.placements.PlacementStatus;
import se.kompetenskedjan.placements.PlacementType;
import se.kompetenskedjan.placements.PlacementView;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ProposeCommand;
import se.kompetenskedjan.placements.QualityNoteCommand;
import se.kompetenskedjan.placements.QualityRating;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.ReviewDecision;
import se.kompetenskedjan.placements.ScheduleSlot;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.placements.Sharing;
import se.kompetenskedjan.placements.Shift;
import se.kompetenskedjan.placements.StaffingCommand;
import se.kompetenskedjan.placements.StatusCommand;
import se.kompetenskedjan.placements.Supervisions;
import se.kompetenskedjan.placements.SupervisorCommand;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.profiles.ProfileSearch;
import se.kompetenskedjan.profiles.ProfileStatus;
import se.kompetenskedjan.profiles.RequirementProfiles;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile: supervisions recorded by hand (the demo region's supervisors and whom they
 * supervise), Älvstad elder care's supervisor inventory and staff counts, its places in the bank (and one of the
 * private care company), and proposals at every stage of the selection workflow — two active placements with signed
 * agreements, one accepted, one awaiting the employer, one declined. Recorded through the placements module's facades
 * as the demo coordinator and employer managers; once: not when Älvstad elder care has supervisors in its inventory.
 */
@Component
@Profile("demo")
class DemoPlacements implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoPlacements.class);

    private final Placements placements;
    private final Supervisors supervisors;
    private final Selections selections;
    private final RequirementProfiles profiles;
    private final Supervisions supervisions;
    private final TransactionTemplate transactions;
    private final EventPublicationRegistry publications;
    private final Clock clock;

    /** Supervisions by hand: participant number, supervisor username, unit key, whether ended. */
    private record SupervisionSpec(int participant, String supervisor, String unit, boolean ended) {
    }

    private static final List<SupervisionSpec> SUPERVISIONS = List.of(
            new SupervisionSpec(1, "handledare", "unit:hemtjanst-norr", false),
            new SupervisionSpec(3, "handledare2", "unit:tillagningskoket", false),
            new SupervisionSpec(7, "handledare", "unit:hemtjanst-norr", false),
            new SupervisionSpec(11, "handledare", "unit:hemtjanst-norr", false),
            new SupervisionSpec(14, "handledare2", "unit:tillagningskoket", false),
            new SupervisionSpec(17, "handledare", "unit:hemtjanst-norr", false),
            new SupervisionSpec(19, "handledare", "unit:hemtjanst-norr", false),
            new SupervisionSpec(20, "handledare2", "unit:tillagningskoket", false),
            new SupervisionSpec(9, "handledare2", "unit:tillagningskoket", true));

    DemoPlacements(Placements placements, Supervisors supervisors, Selections selections,
            RequirementProfiles profiles, Supervisions supervisions, PlatformTransactionManager transactionManager,
            EventPublicationRegistry publications, Clock clock) {
        this.supervisions = supervisions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publications = publications;
        this.placements = placements;
        this.supervisors = supervisors;
        this.selections = selections;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "placements";
    }

    @Override
    public void load() {
        if (as("chef", () -> supervisors.list(null, 0, 1).totalItems() > 0)) {
            return;
        }
        LocalDate today = SwedishTime.today(clock);
        transactions.executeWithoutResult(status -> as("koordinator", () -> demoSupervisions(today)));
        // Employer side: the supervisor inventory, staff counts and places.
        Map<String, SupervisorView> staff = as("chef", () -> {
            unitStaff("unit:hemtjanst-norr", 42);
            unitStaff("unit:hemtjanst-soder", 38);
            unitStaff("unit:lindgarden", 55);
            unitStaff("unit:tillagningskoket", 12);
            return Map.of(
                    "leila", supervisor("unit:hemtjanst-norr", demoId("user:handledare"), "Leila Mansour", "Undersköterska",
                            today.minusYears(2), today.minusMonths(8), 2, false, true),
                    "maria", supervisor("unit:hemtjanst-norr", null, "Maria Holm", "Vårdbiträde", null, null, 1, true, true),
                    "karin", supervisor("unit:hemtjanst-soder", null, "Karin Ek", "Undersköterska", today.minusYears(3), null,
                            0, false, false),
                    "goran", supervisor("unit:hemtjanst-soder", null, "Göran Lund", "Undersköterska", today.minusYears(1),
                            null, 2, false, true),
                    "ahmed", supervisor("unit:lindgarden", null, "Ahmed Karimi", "Undersköterska", today.minusMonths(10),
                            today.minusMonths(10), 2, true, true),
                    "sofia", supervisor("unit:lindgarden", null, "Sofia Berg", "Sjuksköterska", today.minusYears(4), null,
                            1, false, true),
                    "tomas", supervisor("unit:tillagningskoket", demoId("user:handledare2"), "Tomas Ekholm", "Kock",
                            today.minusYears(1), null, 2, false, true));
        });
        UUID careProfile = as("chef", this::servicebitradeProfile);
        Map<String, PlacementView> places = as("chef", () -> Map.of(
                "spraakpraktik", publish(place("unit:hemtjanst-norr", PlacementType.LANGUAGE_INTERNSHIP,
                        "Språkpraktik i hemtjänsten", "Du följer med på besök hos äldre och pratar svenska varje dag. Du har en handledare.",
                        "Vårdbiträde", "5330", careProfile, 3, Shift.DAY, 16, SwedishLevel.SFI_B, List.of(), true,
                        Sharing.REGION, List.of(), List.of(staff.get("leila").id(), staff.get("maria").id()),
                        57.726, 12.941, weekdays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), today.minusWeeks(4))),
                "instegsjobb", publish(place("unit:hemtjanst-soder", PlacementType.ENTRY_JOB, "Instegsjobb som servicebiträde",
                        "Du städar, tvättar och handlar åt äldre. Du får lön och läser svenska på deltid.", "Servicebiträde", "9111",
                        careProfile, 2, Shift.DAY, 30, SwedishLevel.SFI_C, List.of(), false, Sharing.REGION, List.of(),
                        List.of(staff.get("goran").id()), 57.705, 12.948,
                        weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), today.minusWeeks(2))),
                "kok", publish(place("unit:tillagningskoket", PlacementType.WORK_TRAINING, "Arbetsträning i köket",
                        "Du diskar, skalar och packar mat. Du lär dig om hygien i köket.", "Restaurangbiträde", "9412", null, 2,
                        Shift.DAY, 20, SwedishLevel.SFI_A, List.of(), false, Sharing.PARTNERS,
                        List.of(demoId("org:alvstad:arbetsmarknad"), demoId("org:af")), List.of(staff.get("tomas").id()),
                        57.721, 12.939, weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), today.minusWeeks(6))),
                "skuggning", publish(place("unit:lindgarden", PlacementType.SHADOWING, "Skuggning på Lindgårdens äldreboende",
                        "Du går bredvid en undersköterska i två veckor och ser hur arbetet går till.", "Undersköterska", "5321",
                        null, 4, Shift.DAY, 12, SwedishLevel.NONE, List.of(), false, Sharing.REGION, List.of(),
                        List.of(staff.get("ahmed").id(), staff.get("sofia").id()), 57.733, 12.955,
                        weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), today.plusWeeks(1))),
                "vikariat", publish(place("unit:lindgarden", PlacementType.VACANCY, "Undersköterska, vikariat natt",
                        "Ett vikariat på natten. Du behöver körkort och god svenska.", "Undersköterska", "5321", null, 1,
                        Shift.NIGHT, 30, SwedishLevel.SAS_BASIC, List.of("B"), false, Sharing.REGION, List.of(),
                        List.of(staff.get("sofia").id()), 57.733, 12.955, List.of(), today.plusWeeks(3))),
                "sommar", place("unit:tillagningskoket", PlacementType.INTERNSHIP, "Sommarpraktik i köket (utkast)",
                        "Praktik i köket under sommaren.", "Restaurangbiträde", "9412", null, 2, Shift.DAY, 20, SwedishLevel.SFI_A,
                        List.of(), false, Sharing.OWNER, List.of(), List.of(staff.get("tomas").id()), 57.721, 12.939,
                        List.of(), today.plusMonths(6))));
        as("chef.privat", () -> publish(place("unit:omsorgshjalpen", PlacementType.SUBSIDISED_JOB,
                "Lönebidragsjobb i hemtjänst", "Du hjälper äldre hemma. Du behöver kunna cykla.", "Vårdbiträde", "5330", null,
                1, Shift.ROTATING, 30, SwedishLevel.SFI_C, List.of(), true, Sharing.REGION, List.of(), List.of(),
                57.715, 12.925, weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), today.minusWeeks(1))));

        // The selection workflow at every stage.
        ProposalView yonas = activePlacement(places.get("spraakpraktik"), 14, staff.get("leila"), today.minusWeeks(3));
        ProposalView zahra = activePlacement(places.get("kok"), 17, staff.get("tomas"), today.minusWeeks(5));
        ProposalView ahmad = as("koordinator", () -> propose(places.get("instegsjobb"), 20, 81,
                "Klarar städning och tvätt självständigt, vill arbeta heltid"));
        as("chef", () -> review(ahmad.id(), ReviewDecision.ACCEPT, null, "Välkommen! Vi bestämmer startdag."));
        as("koordinator", () -> propose(places.get("skuggning"), 19, 68, "Nyfiken på undersköterskeyrket"));
        ProposalView mohammed = as("koordinator", () -> propose(places.get("vikariat"), 9, 55, "Har körkort"));
        as("chef", () -> review(mohammed.id(), ReviewDecision.DECLINE, DeclineReason.LANGUAGE,
                "Nattarbete kräver att man kan ringa och rapportera på svenska. Välkommen tillbaka efter SAS."));
        as("koordinator", () -> {
            propose(places.get("spraakpraktik"), 1, 74, "Amina vill öva svenska i arbetet");
            placements.registerInterest(places.get("skuggning").id(), new InterestCommand(participant(1),
                    "Amina vill se hur det är på ett äldreboende"));
            placements.addQualityNote(places.get("spraakpraktik").id(), new QualityNoteCommand(QualityRating.GOOD,
                    "Handledarna tar sig tid och pratar långsamt. Bra för den som läser SFI B–C."));
            placements.addQualityNote(places.get("vikariat").id(), new QualityNoteCommand(QualityRating.LESS_SUITABLE,
                    "Ensamarbete på natten: passar inte som första plats."));
            return null;
        });
        log.info("Demo placements loaded: {} places, {} supervisors, active placements {} and {}", places.size() + 1,
                staff.size(), yonas.status(), zahra.status());
        awaitListeners();
    }

    /**
     * Supervisions recorded by hand (no placement) by the coordinator, like the demo region's supervisors had before
     * their places.
     */
    private Void demoSupervisions(LocalDate today) {
        java.util.Random random = new java.util.Random(20_260_101L);
        for (SupervisionSpec spec : SUPERVISIONS) {
            LocalDate startsOn = spec.ended() ? today.minusDays(110) : today.minusDays(7 + random.nextInt(100));
            LocalDate endsOn = spec.ended() ? today.minusDays(20)
                    : random.nextBoolean() ? null : today.plusDays(30 + random.nextInt(120));
            supervisions.record(participant(spec.participant()), new SupervisionCommand(
                    demoId("user:" + spec.supervisor()), demoId(spec.unit()), startsOn, endsOn));
        }
        return null;
    }

    /**
     * The demo's supervisions reach the participants module's access rule through events handled after commit.
     * Waits (at most a minute) until every listener has handled them, so the demo region is whole when the
     * application reports ready and the demo loaders after this one (acting as the supervisors) see it.
     */
    private void awaitListeners() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
        while (!publications.findIncompletePublications().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!publications.findIncompletePublications().isEmpty()) {
            log.warn("Demo placements: event listeners have not finished within a minute");
        }
    }

    private ProposalView activePlacement(PlacementView place, int participant, SupervisorView supervisor, LocalDate start) {
        ProposalView proposed = as("koordinator", () -> propose(place, participant, 78, "Matchar målen i planen"));
        ProposalView accepted = as("chef", () -> review(proposed.id(), ReviewDecision.ACCEPT, null, "Välkommen!"));
        ProposalView agreed = as("koordinator", () -> {
            ProposalView started = selections.agreeStart(accepted.id(), new AgreeStartCommand(start, start.plusWeeks(12),
                    supervisor.id(), accepted.lockVersion()));
            ProposalView written = selections.saveAgreement(started.id(), new AgreementCommand(
                    "Klara arbetsuppgifterna med visst stöd. Öva svenska i arbetet varje dag.",
                    "Följa med handledaren, dokumentera enkla saker, städa och förbereda.",
                    "Tisdag och torsdag 8.00–16.00", "Trepartssamtal var fjärde vecka med deltagare, handledare och koordinator.",
                    started.lockVersion()));
            selections.approve(written.id(), AgreementParty.PARTICIPANT);
            return selections.approve(written.id(), AgreementParty.COORDINATOR);
        });
        as("chef", () -> selections.approve(agreed.id(), AgreementParty.EMPLOYER));
        return as("koordinator", () -> selections.activate(agreed.id(), selections.get(agreed.id()).lockVersion()));
    }

    private ProposalView propose(PlacementView place, int participant, int score, String motivation) {
        return selections.propose(new ProposeCommand(place.id(), participant(participant), score, motivation));
    }

    private ProposalView review(UUID proposal, ReviewDecision decision, DeclineReason reason, String note) {
        return selections.review(proposal, new ReviewCommand(decision, reason, note, selections.get(proposal).lockVersion()));
    }

    private void unitStaff(String unit, int count) {
        supervisors.setStaffing(demoId(unit), new StaffingCommand(count));
    }

    private SupervisorView supervisor(String unit, UUID user, String name, String title, LocalDate trained,
            LocalDate languageTrained, int capacity, boolean partTime, boolean willing) {
        return supervisors.create(new SupervisorCommand(demoId(unit), user, name, title, trained, languageTrained,
                capacity, partTime, willing, null, null));
    }

    private PlacementView place(String unit, PlacementType type, String title, String easy, String occupation,
            String ssyk, UUID profileVersion, int seats, Shift shift, int hours, SwedishLevel swedish,
            List<String> licences, boolean cycling, Sharing sharing, List<UUID> partners, List<UUID> supervisorIds,
            double lat, double lon, List<ScheduleSlot> schedule, LocalDate starts) {
        return placements.create(new PlacementCommand(demoId(unit), type, title, null, easy, null, occupation, ssyk,
                profileVersion, List.of(), seats, schedule, shift, hours, starts, starts.plusMonths(4), swedish, licences,
                cycling, cycling ? "Du behöver kunna cykla mellan besöken." : null, null, null, "Älvstad", lat, lon,
                "Buss 3 eller 5 från resecentrum, 10 minuter.", "Entré utan trappsteg.", sharing, partners, supervisorIds,
                null));
    }

    private PlacementView publish(PlacementView draft) {
        return placements.changeStatus(draft.id(), new StatusCommand(PlacementStatus.OPEN, draft.lockVersion()));
    }

    private static List<ScheduleSlot> weekdays(DayOfWeek... days) {
        List<ScheduleSlot> slots = new ArrayList<>();
        for (DayOfWeek day : days) {
            slots.add(new ScheduleSlot(day, LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        return slots;
    }

    /** The latest published profile of Älvstad elder care's copy of the chain whose title names servicebiträde. */
    private UUID servicebitradeProfile() {
        return profiles.profiles(new ProfileSearch(demoId("org:alvstad:omsorg"), false, 0, 100)).items().stream()
                .filter(p -> p.status() == ProfileStatus.PUBLISHED && p.title().toLowerCase().contains("servicebiträde"))
                .map(p -> p.versionId()).findFirst().orElse(null);
    }
}
