package se.kompetenskedjan.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.language.CanDoAchievement;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageAssessmentCommand;
import se.kompetenskedjan.language.LanguageSkill;
import se.kompetenskedjan.language.LanguageValidation;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The language module's indicator: a language assessment signed by the participant's coordinator counts for the
 * coordinator's organisation, one signed by a teacher of adult education (reading the participant by consent) for
 * the school; a draft counts nowhere; a period that ended yesterday holds none of today's; organisations out of
 * scope and participants outside a project are not counted.
 */
@ApiTest
class LanguageAssessmentIndicatorsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    LanguageValidation languages;

    @Autowired
    LanguageAssessmentIndicators indicators;

    @Test
    void signedLanguageAssessmentsCountForTheSignersOrganisationInThePeriod() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation municipality = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        TestOrganisation school = identity.organisation().name("Vuxenutbildningen")
                .type(OrganisationType.ADULT_EDUCATION).create();
        TestUser coordinator = identity.user(municipality, Role.COORDINATOR).create();
        TestUser teacher = identity.user(school, Role.TEACHER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(school.id()).create();
        LocalDate today = TestDates.today();

        sign(coordinator, participant, today);
        sign(teacher, participant, today.minusDays(3));
        UUID draft = SignedIn.as(coordinator.username(), () -> languages.create(participant, command(today))).id();

        assertThat(indicators.counts(query(Set.of(municipality.id(), school.id()), null, today, today)))
                .containsExactlyInAnyOrder(
                        new IndicatorCount("validations.languageSigned", municipality.id(), participant, 1),
                        new IndicatorCount("validations.languageSigned", school.id(), participant, 1));
        assertThat(indicators.counts(query(Set.of(school.id()), Set.of(participant), today, today)))
                .containsExactly(new IndicatorCount("validations.languageSigned", school.id(), participant, 1));
        assertThat(indicators.counts(query(Set.of(municipality.id()), null, today.minusDays(30), today.minusDays(1))))
                .as("signed today, not in a period that ended yesterday").isEmpty();
        assertThat(indicators.counts(query(Set.of(municipality.id()), Set.of(UUID.randomUUID()), today, today)))
                .as("another project's participants").isEmpty();
        assertThat(SignedIn.as(coordinator.username(), () -> languages.get(draft)).signed()).isFalse();
    }

    /** Signed today (the day of signing counts), about the given day. */
    private void sign(TestUser assessor, UUID participant, LocalDate assessedOn) {
        SignedIn.as(assessor.username(), () -> languages.sign(languages.create(participant, command(assessedOn)).id()));
    }

    private LanguageAssessmentCommand command(LocalDate on) {
        UUID statement = languages.catalogue(LanguageSkill.SPEAKING, CefrLevel.A1).get(0).id();
        return new LanguageAssessmentCommand(on, null,
                List.of(new LanguageAssessmentCommand.Answer(statement, CanDoAchievement.YES)), null);
    }

    private static IndicatorQuery query(Set<UUID> organisations, Set<UUID> participants, LocalDate from,
            LocalDate to) {
        return new IndicatorQuery(organisations, participants, from, to, to);
    }
}
