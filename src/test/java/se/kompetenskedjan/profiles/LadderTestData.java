package se.kompetenskedjan.profiles;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.support.SignedIn;

/**
 * Test data builders for the profiles module: a ladder of the signed-in user's organisation, copied through
 * {@link Ladders} from one of the ready templates that every installation has (not from the demo region's ladders).
 *
 * <pre>{@code
 * LadderView ladder = ladders.ladder().ownedBy(coordinator).create();
 * StepView first = LadderTestData.firstStep(ladder);
 * }</pre>
 */
public final class LadderTestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Ladders ladders;

    public LadderTestData(ApplicationContext context) {
        this.ladders = context.getBean(Ladders.class);
    }

    public LadderBuilder ladder() {
        return new LadderBuilder();
    }

    /** The step a journey starts on: the first of the main track. */
    public static StepView firstStep(LadderView ladder) {
        return ladder.steps().stream().filter(s -> !s.sideTrack()).min(Comparator.comparingInt(StepView::position))
                .orElseThrow();
    }

    public final class LadderBuilder {

        private final long n = SEQUENCE.incrementAndGet();
        private TestUser owner;
        private String name = "Testkedja " + n;
        private String templateNameContains = "äldre";

        private LadderBuilder() {
        }

        /** The user (an admin, coordinator or employer manager) whose organisation owns the ladder; required. */
        public LadderBuilder ownedBy(TestUser value) {
            owner = value;
            return this;
        }

        public LadderBuilder named(String value) {
            name = value + " " + n;
            return this;
        }

        /** Copies the template whose name contains this (case-insensitive); the elder-care ladder by default. */
        public LadderBuilder fromTemplate(String nameContains) {
            templateNameContains = nameContains;
            return this;
        }

        public LadderView create() {
            if (owner == null) {
                throw new IllegalStateException("ownedBy(user) is required");
            }
            return SignedIn.as(owner.username(), () -> {
                var templates = ladders.templates();
                LadderSummary template = templates.stream()
                        .filter(t -> t.name().toLowerCase().contains(templateNameContains.toLowerCase()))
                        .findFirst().orElseThrow(() -> new IllegalStateException(
                                "no ladder template named like " + templateNameContains + " among " + templates));
                return ladders.copyTemplate(template.id(), new CopyTemplateCommand(name, null));
            });
        }
    }
}
