package se.kompetenskedjan.invitations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.shared.ConflictException;

/** The invitation aggregate and its tokens, without Spring. */
class InvitationTests {

    private static final Instant ISSUED = Instant.parse("2027-03-27T23:30:00Z");
    private final String token = InvitationTokens.newToken();
    private final Invitation invitation = Invitation.issue(UUID.randomUUID(), InvitationTokens.hash(token),
            UUID.randomUUID(), ISSUED);

    @Test
    void aNewInvitationHoldsForFourteenDaysToTheSecond() {
        assertThat(invitation.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(14)));
        assertThat(invitation.state(ISSUED)).isEqualTo(Invitation.State.PENDING);
        assertThat(invitation.holds(invitation.expiresAt().minusSeconds(1))).isTrue();
        assertThat(invitation.holds(invitation.expiresAt())).isFalse();
        assertThat(invitation.state(invitation.expiresAt())).isEqualTo(Invitation.State.EXPIRED);
    }

    @Test
    void itIsUsedOnceOnly() {
        invitation.use(ISSUED.plusSeconds(60), Invitation.Acceptance.PASSWORD);
        assertThat(invitation.state(ISSUED.plusSeconds(61))).isEqualTo(Invitation.State.USED);
        assertThat(invitation.holds(ISSUED.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> invitation.use(ISSUED.plusSeconds(62), Invitation.Acceptance.PASSWORD)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("invitation.notPending");
        assertThatThrownBy(() -> invitation.revoke(ISSUED.plusSeconds(62))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRevokedOrExpiredInvitationCannotBeUsed() {
        invitation.revoke(ISSUED.plusSeconds(1));
        assertThat(invitation.state(ISSUED.plusSeconds(2))).isEqualTo(Invitation.State.REVOKED);
        assertThatThrownBy(() -> invitation.use(ISSUED.plusSeconds(2), Invitation.Acceptance.PASSWORD)).isInstanceOf(ConflictException.class);

        Invitation old = Invitation.issue(UUID.randomUUID(), InvitationTokens.hash(token), UUID.randomUUID(), ISSUED);
        Instant later = ISSUED.plus(Duration.ofDays(15));
        assertThatThrownBy(() -> old.use(later, Invitation.Acceptance.PASSWORD)).isInstanceOf(ConflictException.class);
        assertThat(old.closeIfExpired(ISSUED.plusSeconds(5))).as("not yet expired").isFalse();
        assertThat(old.closeIfExpired(later)).isTrue();
        assertThat(old.closeIfExpired(later)).as("written once").isFalse();
        assertThat(old.state(ISSUED)).as("written as expired, whatever the time").isEqualTo(Invitation.State.EXPIRED);
    }

    @Test
    void onlyItsOwnTokenMatches() {
        assertThat(invitation.matches(InvitationTokens.hash(token))).isTrue();
        assertThat(invitation.matches(InvitationTokens.hash(InvitationTokens.newToken()))).isFalse();
        assertThat(invitation.matches(new byte[0])).isFalse();
    }

    @Test
    void tokensAreRandomUrlSafeAndHashedToThirtyTwoBytes() {
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(InvitationTokens.wellFormed(token)).isTrue();
        assertThat(InvitationTokens.newToken()).isNotEqualTo(token);
        assertThat(InvitationTokens.hash(token)).hasSize(32).isEqualTo(InvitationTokens.hash(token));
        assertThat(InvitationTokens.wellFormed(token + "x")).isFalse();
        assertThat(InvitationTokens.wellFormed(token.substring(1) + "/")).isFalse();
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
    }

    @Test
    void theMailIsSwedishAndCarriesTheLinkAndTheLastDayOnly() {
        String text = InvitationMail.text("Amina", "https://kk.example.se/inbjudan/" + token,
                Instant.parse("2027-04-10T22:30:00Z"));
        assertThat(text).startsWith("Hej Amina!").contains("https://kk.example.se/inbjudan/" + token)
                .contains("till och med 11 april 2027").contains("Fråga din koordinator");
    }
}
