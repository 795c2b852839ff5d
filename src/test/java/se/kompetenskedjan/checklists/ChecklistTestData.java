package se.kompetenskedjan.checklists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * Test data builders for the checklists module, through its facades ({@link Checklists}, {@link Assessments}) and
 * their access checks: a checklist for a place copied from a ready template, and a signed assessment of a placed
 * participant by a supervisor of the placement or a coordinator.
 *
 * <pre>{@code
 * ChecklistView list = checklists.checklistFor(placementId, manager);
 * AssessmentView signed = checklists.signedAssessment(list, participant, supervisorUser);
 * }</pre>
 */
public final class ChecklistTestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Checklists checklists;
    private final Assessments assessments;

    public ChecklistTestData(ApplicationContext context) {
        this.checklists = context.getBean(Checklists.class);
        this.assessments = context.getBean(Assessments.class);
    }

    /** A checklist for the place from the first ready template, made by someone who may tailor it. */
    public ChecklistView checklistFor(UUID placementId, TestUser tailor) {
        return SignedIn.as(tailor.username(), () -> {
            UUID template = checklists.templates(new ChecklistTemplateSearch(null, 0, 1)).items().get(0).id();
            return checklists.create(placementId, new NewChecklistCommand(template,
                    "Testlista " + SEQUENCE.incrementAndGet(), null));
        });
    }

    /**
     * An assessment of the participant by the assessor today, every active item rated (yes, or level 2), signed. A
     * supervisor may assess only once the participants module's copy of the supervision has arrived (after commit),
     * so the first try is repeated until it is there.
     */
    public AssessmentView signedAssessment(ChecklistView checklist, UUID participantId, TestUser assessor) {
        LocalDate today = TestDates.today();
        AssessmentCommand command = new AssessmentCommand(checklist.id(), participantId, today, null,
                checklist.activeItems().stream().map(i -> new RatingCommand(i.id(), i.yesNo() ? 3 : 2, null)).toList());
        AssessmentView draft = Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> SignedIn.as(assessor.username(), () -> assessments.create(command)), d -> d != null);
        return SignedIn.as(assessor.username(), () -> assessments.sign(draft.id(), new LockCommand(draft.lockVersion())));
    }
}
