package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.certificates.CertificateView;
import se.kompetenskedjan.certificates.Certificates;
import se.kompetenskedjan.certificates.IssueCertificateCommand;
import se.kompetenskedjan.certificates.RevokeCommand;
import se.kompetenskedjan.checklists.ChecklistTestData;
import se.kompetenskedjan.checklists.ChecklistView;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.shared.IndicatorCount;
import se.kompetenskedjan.shared.IndicatorQuery;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * The certificates module's indicators: a certificate counts as issued for the organisation that issued it (the
 * participant's municipality, or the employer of the placement), per participant, in the period of its issuing day;
 * a revoked one also as revoked on the day of its revocation and still as issued; organisations out of scope and
 * participants outside a project are not counted.
 */
@ApiTest
class CertificateIndicatorsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Certificates certificates;

    @Autowired
    CertificateIndicators indicators;

    @Test
    void issuedAndRevokedCertificatesCountForTheIssuerInThePeriod() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        TestOrganisation care = identity.organisation().name("Omsorgsförvaltningen").unit("Hemtjänst Norr", "Hemtjänst")
                .create();
        TestUser coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        ProposalView placement = new PlacementTestData(context).proposal(participant).by(coordinator).at(manager)
                .active().create();
        ChecklistTestData checklists = new ChecklistTestData(context);
        ChecklistView checklist = checklists.checklistFor(placement.placementId(), manager);
        checklists.signedAssessment(checklist, participant, coordinator);
        LocalDate today = TestDates.today();

        CertificateView byMunicipality = SignedIn.as(coordinator.username(), () -> certificates.issue(participant,
                new IssueCertificateCommand(checklist.id(), null, "sv")));
        SignedIn.as(manager.username(), () -> certificates.issue(participant,
                new IssueCertificateCommand(null, placement.placementId(), "en")));
        SignedIn.as(coordinator.username(), () -> certificates.revoke(byMunicipality.id(),
                new RevokeCommand("Utfärdat på fel checklista")));

        assertThat(indicators.counts(query(Set.of(care.id(), labourMarket.id()), null, today, today)))
                .containsExactlyInAnyOrder(
                        new IndicatorCount("certificates.issued", labourMarket.id(), participant, 1),
                        new IndicatorCount("certificates.issued", care.id(), participant, 1),
                        new IndicatorCount("certificates.revoked", labourMarket.id(), participant, 1));
        assertThat(indicators.counts(query(Set.of(care.id()), Set.of(participant), today.minusDays(7), today)))
                .containsExactly(new IndicatorCount("certificates.issued", care.id(), participant, 1));
        assertThat(indicators.counts(query(Set.of(care.id(), labourMarket.id()), null, today.minusDays(30),
                today.minusDays(1)))).as("issued today, not in a period that ended yesterday").isEmpty();
        assertThat(indicators.counts(query(Set.of(labourMarket.id()), Set.of(UUID.randomUUID()), today, today)))
                .as("another project's participants").isEmpty();
    }

    private static IndicatorQuery query(Set<UUID> organisations, Set<UUID> participants, LocalDate from,
            LocalDate to) {
        return new IndicatorQuery(organisations, participants, from, to, to);
    }
}
