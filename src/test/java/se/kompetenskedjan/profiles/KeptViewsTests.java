package se.kompetenskedjan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.SignedIn;

/**
 * Ladders and published profile versions are kept between requests with the lock version they were read at: a later
 * read after a change sees the change, never the kept copy.
 */
@Tag("db")
@SpringBootTest
class KeptViewsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Ladders ladders;

    @Autowired
    RequirementProfiles profiles;

    @Test
    void aLadderReadAgainAfterAChangeHasTheNewSteps() {
        TestUser coordinator = coordinator();
        LadderView copy = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        SignedIn.as(coordinator.username(), () -> {
            LadderView read = ladders.ladder(copy.id());
            assertThat(ladders.ladder(copy.id())).as("unchanged: the same view").isEqualTo(read);

            LadderCommand unchanged = LadderCommand.from(read);
            List<StepCommand> steps = new ArrayList<>(unchanged.steps());
            StepCommand first = steps.get(0);
            steps.set(0, new StepCommand(first.id(), "Omdöpt steg", first.easyName(), first.description(),
                    first.type(), first.profileVersionId(), first.exitItemKeys(), first.typicalWeeks(),
                    first.maxWeeks(), first.decider(), first.nextStepIds(), first.sideTrack()));
            ladders.update(copy.id(), new LadderCommand(unchanged.name(), unchanged.easyName(), steps, null,
                    unchanged.lockVersion()));

            LadderView after = ladders.ladder(copy.id());
            assertThat(after.lockVersion()).isGreaterThan(read.lockVersion());
            assertThat(after.steps().get(0).name()).isEqualTo("Omdöpt steg");
        });
    }

    @Test
    void aPublishedVersionReadAgainAfterItIsRetiredIsRetired() {
        TestUser coordinator = coordinator();
        SignedIn.as(coordinator.username(), () -> {
            ProfileVersionView draft = profiles.create(new ProfileCommand("Lokalvårdare", null, null, null, null,
                    List.of(new RequirementItemCommand(null, RequirementType.SKILL, "Städa enligt rutin",
                            "Städa rätt", 2, true, null, null)),
                    List.of(), null, null));
            ProfileVersionView published = profiles.publish(draft.versionId(), new LockCommand(draft.lockVersion()));
            assertThat(profiles.version(draft.versionId()).status()).isEqualTo(ProfileStatus.PUBLISHED);
            assertThat(profiles.version(draft.versionId())).isEqualTo(profiles.version(draft.versionId()));

            profiles.retire(draft.versionId(), new LockCommand(published.lockVersion()));

            assertThat(profiles.version(draft.versionId()).status()).isEqualTo(ProfileStatus.RETIRED);
        });
    }

    private TestUser coordinator() {
        IdentityTestData identity = new IdentityTestData(context);
        return identity.user(identity.organisation().create(), Role.COORDINATOR).create();
    }
}
