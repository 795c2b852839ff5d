package se.kompetenskedjan.demo;

import static se.kompetenskedjan.demo.Acting.as;
import static se.kompetenskedjan.demo.DemoRegion.demoId;
import static se.kompetenskedjan.demo.DemoRegion.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.checklists.AssessmentCommand;
import se.kompetenskedjan.checklists.AssessmentView;
import se.kompetenskedjan.checklists.Assessments;
import se.kompetenskedjan.checklists.ChecklistItemCommand;
import se.kompetenskedjan.checklists.ChecklistItemView;
import se.kompetenskedjan.checklists.ChecklistTemplateSearch;
import se.kompetenskedjan.checklists.ChecklistTemplateSummary;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.checklists.Checklists;
import se.kompetenskedjan.checklists.EvidenceNoteCommand;
import se.kompetenskedjan.checklists.Industry;
import se.kompetenskedjan.checklists.LockCommand;
import se.kompetenskedjan.checklists.MoveCommand;
import se.kompetenskedjan.checklists.NewChecklistCommand;
import se.kompetenskedjan.checklists.RatingCommand;
import se.kompetenskedjan.checklists.RewordCommand;
import se.kompetenskedjan.placements.AgreeStartCommand;
import se.kompetenskedjan.placements.AgreementCommand;
import se.kompetenskedjan.placements.AgreementParty;
import se.kompetenskedjan.placements.PlacementSearch;
import se.kompetenskedjan.placements.PlacementSummary;
import se.kompetenskedjan.placements.Placements;
import se.kompetenskedjan.placements.ProposalStatus;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.placements.ReviewCommand;
import se.kompetenskedjan.placements.ReviewDecision;
import se.kompetenskedjan.placements.Selections;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.placements.Supervisors;
import se.kompetenskedjan.shared.DemoData;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * Demo data, in the demo profile, through the checklists and placements modules' facades (so the rules and the audit
 * trail apply), on the ready templates every installation has: a tailored checklist for each active demo placement
 * (the language internship in home care, supervised by "handledare", and the work training in the kitchen, supervised
 * by "handledare2") with a few changes by supervisor and coordinator; signed assessments over time showing progress,
 * with evidence notes; and the demo participant's (Amina, "deltagare") proposal to the language internship taken to
 * an active placement, with a self-assessment. Once: not when the language internship has its checklist.
 */
@Component
@Profile("demo")
class DemoChecklists implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoChecklists.class);
    private static final String HOME_CARE_LIST = "Hemtjänst Norr – språkpraktik";

    private final Checklists checklists;
    private final Assessments assessments;
    private final Placements placements;
    private final Selections selections;
    private final Supervisors supervisors;
    private final Clock clock;

    DemoChecklists(Checklists checklists, Assessments assessments, Placements placements, Selections selections,
            Supervisors supervisors, Clock clock) {
        this.checklists = checklists;
        this.assessments = assessments;
        this.placements = placements;
        this.selections = selections;
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "checklists";
    }

    @Override
    public void load() {
        List<UUID> languageInternships = places("Språkpraktik i hemtjänsten");
        boolean loaded = as("chef", () -> languageInternships.stream().flatMap(p -> checklists.forPlacement(p).stream())
                .anyMatch(c -> HOME_CARE_LIST.equals(c.title())));
        if (languageInternships.isEmpty() || loaded) {
            return;
        }
        UUID languageInternship = languageInternships.get(0);
        UUID kitchen = places("Arbetsträning i köket").stream().findFirst().orElse(null);
        UUID homeCareTemplate = readyTemplate(Industry.HOME_CARE, "Hemtjänst – serviceuppgifter");
        UUID kitchenTemplate = readyTemplate(Industry.KITCHEN, "Kök – storkök");
        LocalDate today = SwedishTime.today(clock);
        int assessed = 0;
        if (homeCareTemplate != null) {
            activateAmina(languageInternship, today);
            ChecklistView homeCare = tailorHomeCare(languageInternship, homeCareTemplate);
            assessed += history(homeCare, participant(14), "handledare", today.minusWeeks(2), today.minusDays(2),
                    "Yonas hjälper till med städ och tvätt. Han frågar när han inte förstår.",
                    "Yonas städade hela lägenheten själv och pratade med brukaren om vädret.");
            assessed += selfAssessment(homeCare, today);
        }
        if (kitchen != null && kitchenTemplate != null) {
            ChecklistView kitchenList = tailorKitchen(kitchen, kitchenTemplate);
            assessed += history(kitchenList, participant(17), "handledare2", today.minusWeeks(4), today.minusDays(3),
                    "Zahra diskar bra men behöver stöd med temperaturlistan.",
                    "Zahra fyllde i egenkontrollen själv och lade upp specialkosten rätt.");
        }
        log.info("Demo checklists loaded: {} assessments", assessed);
    }

    /** Älvstad elder care's places with this title (the placements part made one of each). */
    private List<UUID> places(String title) {
        return as("chef", () -> placements.search(new PlacementSearch(title, null, null, null, false, true, 0, 50))
                .items().stream().filter(p -> title.equals(p.title())).map(PlacementSummary::id).toList());
    }

    /** A ready (platform) checklist template, which every installation has, by its industry and title. */
    private UUID readyTemplate(Industry industry, String title) {
        return as("koordinator", () -> checklists.templates(new ChecklistTemplateSearch(industry, 0, 100)).items()
                .stream().filter(t -> t.platform() && title.equals(t.title())).map(ChecklistTemplateSummary::id)
                .findFirst().orElse(null));
    }

    /** The home-care checklist for the language internship, tailored by the coordinator and the supervisor. */
    private ChecklistView tailorHomeCare(UUID placement, UUID template) {
        ChecklistView list = as("koordinator", () -> checklists.create(placement,
                new NewChecklistCommand(template, HOME_CARE_LIST, "Språkpraktik i hemtjänsten")));
        ChecklistView shopping = as("koordinator", () -> {
            ChecklistItemView item = find(list, "inköpslistan");
            return checklists.removeItem(list.id(), item.id(), new LockCommand(list.lockVersion()));
        });
        return as("handledare", () -> {
            ChecklistItemView speech = find(shopping, "muntliga instruktioner");
            ChecklistView reworded = checklists.rewordItem(shopping.id(), speech.id(), new RewordCommand(
                    "Pratar med brukare och kollegor om vardagen och återberättar dagens uppdrag med egna ord",
                    "Jag pratar svenska med brukarna. Jag berättar vad jag ska göra.", speech.descriptor(0),
                    speech.descriptor(1), speech.descriptor(2), speech.descriptor(3), shopping.lockVersion()));
            ChecklistView added = checklists.addItem(reworded.id(), new ChecklistItemCommand(null, true,
                    "Låser och låser upp med det digitala låset och kvitterar i telefonen",
                    "Jag låser dörren med telefonen.", "Nej, inte ännu.", null, null, "Ja, visat för handledaren.",
                    reworded.lockVersion()));
            ChecklistItemView hygiene = find(added, "hygienrutiner");
            return checklists.moveItem(added.id(), find(added, "tystnadsplikten").id(),
                    new MoveCommand(hygiene.position(), added.lockVersion()));
        });
    }

    private ChecklistView tailorKitchen(UUID placement, UUID template) {
        ChecklistView list = as("handledare2", () -> checklists.create(placement,
                new NewChecklistCommand(template, "Tillagningsköket – arbetsträning", null)));
        return as("koordinator", () -> checklists.addItem(list.id(), new ChecklistItemCommand(null, false,
                "Packar matlådor till hemtjänsten och märker dem med namn och datum",
                "Jag packar matlådor och skriver namn och datum.",
                "Har ännu inte provat att packa matlådor.", "Kan packa matlådor när handledaren är med hela tiden.",
                "Kan packa matlådor med visst stöd.", "Kan packa och märka matlådor självständigt.",
                list.lockVersion())));
    }

    /**
     * Two signed assessments by the supervisor (first with much support, later mostly independent) and one signed by
     * the coordinator in between, each with an evidence note.
     */
    private int history(ChecklistView list, UUID participant, String supervisor, LocalDate first, LocalDate latest,
            String firstNote, String latestNote) {
        List<ChecklistItemView> items = list.activeItems();
        assess(supervisor, list, participant, first, items, n -> n % 3 == 0 ? 2 : 1, firstNote,
                "Bra start. Fortsätt öva på svenska i arbetet.");
        assess("koordinator", list, participant, first.plusDays((latest.toEpochDay() - first.toEpochDay()) / 2),
                items.subList(0, Math.min(5, items.size())), n -> 2, "Trepartssamtal: deltagaren berättade själv om "
                        + "arbetsuppgifterna.", "Tydliga framsteg enligt handledaren.");
        assess(supervisor, list, participant, latest, items, n -> n % 4 == 3 ? 2 : 3, latestNote,
                "Klarar de flesta uppgifterna självständigt.");
        return 3;
    }

    private void assess(String username, ChecklistView list, UUID participant, LocalDate on,
            List<ChecklistItemView> items, java.util.function.IntUnaryOperator level, String note, String comment) {
        as(username, () -> {
            List<RatingCommand> ratings = new ArrayList<>();
            for (int n = 0; n < items.size(); n++) {
                ChecklistItemView item = items.get(n);
                int wanted = level.applyAsInt(n);
                int rating = item.yesNo() ? (wanted >= 2 ? 3 : 0) : wanted;
                ratings.add(new RatingCommand(item.id(), rating, null));
            }
            AssessmentView draft = assessments.create(new AssessmentCommand(list.id(), participant, on, comment, ratings));
            assessments.addNote(draft.id(), new EvidenceNoteCommand(items.get(0).id(), note));
            return assessments.sign(draft.id(), new LockCommand(draft.lockVersion()));
        });
    }

    /** Amina's self-assessment on the home-care checklist, in her own words. */
    private int selfAssessment(ChecklistView list, LocalDate today) {
        boolean placed = as("koordinator", () -> selections.forParticipant(participant(1)).stream()
                .anyMatch(p -> p.placementId().equals(list.placementId()) && p.status() == ProposalStatus.ACTIVE));
        if (!placed) {
            return 0;
        }
        List<ChecklistItemView> items = list.activeItems();
        as("deltagare", () -> {
            List<RatingCommand> ratings = new ArrayList<>();
            for (int n = 0; n < Math.min(6, items.size()); n++) {
                ChecklistItemView item = items.get(n);
                ratings.add(new RatingCommand(item.id(), item.yesNo() ? 3 : 1 + n % 3, n == 0 ? "Jag spritar alltid händerna." : null));
            }
            AssessmentView draft = assessments.create(new AssessmentCommand(list.id(), participant(1), today,
                    "Jag tycker om att hjälpa de äldre. Jag vill lära mig mer svenska.", ratings));
            return assessments.sign(draft.id(), new LockCommand(draft.lockVersion()));
        });
        return 1;
    }

    /** Amina's proposal to the language internship (made by the placements demo data) taken to an active placement. */
    private void activateAmina(UUID placement, LocalDate today) {
        ProposalView proposal = as("koordinator", () -> selections.forParticipant(participant(1)).stream()
                .filter(p -> p.placementId().equals(placement) && p.status() == ProposalStatus.PROPOSED)
                .findFirst().orElse(null));
        if (proposal == null) {
            return;
        }
        // Her day-to-day supervisor is Maria Holm, who has no login: the demo region already has "handledare"
        // supervising Amina, so activation adds no second supervision.
        UUID maria = as("chef", () -> supervisors.list(demoId("unit:hemtjanst-norr"), 0, 50).items().stream()
                .filter(s -> s.userId() == null && "Maria Holm".equals(s.name())).map(SupervisorView::id).findFirst()
                .orElse(null));
        if (maria == null) {
            return;
        }
        ProposalView accepted = as("chef", () -> selections.review(proposal.id(), new ReviewCommand(ReviewDecision.ACCEPT,
                null, "Välkommen, Amina!", proposal.lockVersion())));
        ProposalView agreed = as("koordinator", () -> {
            ProposalView started = selections.agreeStart(accepted.id(), new AgreeStartCommand(today, today.plusWeeks(12),
                    maria, accepted.lockVersion()));
            ProposalView written = selections.saveAgreement(started.id(), new AgreementCommand(
                    "Öva svenska i arbetet varje dag och lära sig serviceuppgifterna i hemtjänsten.",
                    "Följa med handledaren till brukarna, städa, tvätta och prata med brukarna.",
                    "Tisdag och torsdag 8.00–16.00", "Trepartssamtal var fjärde vecka.", started.lockVersion()));
            selections.approve(written.id(), AgreementParty.PARTICIPANT);
            return selections.approve(written.id(), AgreementParty.COORDINATOR);
        });
        as("chef", () -> selections.approve(agreed.id(), AgreementParty.EMPLOYER));
        as("koordinator", () -> selections.activate(agreed.id(), selections.get(agreed.id()).lockVersion()));
    }

    private static ChecklistItemView find(ChecklistView list, String textPart) {
        return list.activeItems().stream().filter(i -> i.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no item " + textPart));
    }
}
