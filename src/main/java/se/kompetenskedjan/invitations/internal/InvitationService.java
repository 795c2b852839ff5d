package se.kompetenskedjan.invitations.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OidcSignIn;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.UserView;
import se.kompetenskedjan.invitations.AccountState;
import se.kompetenskedjan.invitations.Invitations;
import se.kompetenskedjan.invitations.IssuedInvitation;
import se.kompetenskedjan.invitations.OpenInvitation;
import se.kompetenskedjan.invitations.ParticipantAccountView;
import se.kompetenskedjan.participants.AccessNeed;
import se.kompetenskedjan.participants.ParticipantAccess;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.NotFoundException;

@Service
@Transactional
class InvitationService implements Invitations {

    private final InvitationRepository invitations;
    private final ParticipantRegister register;
    private final IdentityDirectory identity;
    private final CurrentUsers currentUsers;
    private final InvitationMail mail;
    private final InvitationLinks links;
    private final OidcSignIn oidc;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, ParticipantRegister register, IdentityDirectory identity,
            CurrentUsers currentUsers, InvitationMail mail, InvitationLinks links, OidcSignIn oidc, Clock clock) {
        this.invitations = invitations;
        this.register = register;
        this.identity = identity;
        this.currentUsers = currentUsers;
        this.mail = mail;
        this.links = links;
        this.oidc = oidc;
        this.clock = clock;
    }

    @Override
    public ParticipantAccountView account(UUID participantId) {
        register.requireEdit(participantId);
        register.access(participantId, AccessNeed.READ, "participant account");
        return view(participantId);
    }

    @Override
    public IssuedInvitation invite(UUID participantId) {
        register.requireEdit(participantId);
        ParticipantAccess access = register.access(participantId, AccessNeed.CREATE, "invitation");
        Instant now = clock.instant();
        if (!pending(participantId, now).isEmpty()) {
            throw new ConflictException("invitation.alreadyPending");
        }
        if (identity.participantAccount(participantId).filter(UserView::enabled).isPresent()) {
            throw new ConflictException("invitation.accountActive");
        }
        return issue(participantId, access, now);
    }

    @Override
    public IssuedInvitation resend(UUID participantId) {
        register.requireEdit(participantId);
        ParticipantAccess access = register.access(participantId, AccessNeed.CHANGE, "invitation sent again");
        Instant now = clock.instant();
        List<Invitation> holding = pending(participantId, now);
        if (holding.isEmpty()) {
            throw new ConflictException("invitation.noneToResend");
        }
        holding.forEach(invitation -> invitation.revoke(now));
        invitations.saveAllAndFlush(holding);
        return issue(participantId, access, now);
    }

    @Override
    public ParticipantAccountView revoke(UUID participantId) {
        register.requireEdit(participantId);
        register.access(participantId, AccessNeed.CHANGE, "invitation revoked");
        Instant now = clock.instant();
        List<Invitation> holding = pending(participantId, now);
        if (holding.isEmpty()) {
            throw new ConflictException("invitation.noneToRevoke");
        }
        holding.forEach(invitation -> invitation.revoke(now));
        invitations.saveAllAndFlush(holding);
        return view(participantId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> open(String token) {
        return holding(token).map(this::opened);
    }

    @Override
    public OpenInvitation accept(String token, String password) {
        Invitation invitation = holding(token).orElseThrow(() -> new NotFoundException("invitation.notValid"));
        UserView account = identity.activateParticipantAccount(invitation.participantId(), password);
        invitation.use(clock.instant(), Invitation.Acceptance.PASSWORD);
        invitations.saveAndFlush(invitation);
        return new OpenInvitation(account.username(), invitation.expiresAt());
    }

    @Override
    public OpenInvitation acceptSignedIn(String token) {
        String subject = oidc.signedInSubject().orElseThrow(() -> new NotFoundException("invitation.notValid"));
        Invitation invitation = holding(token).orElseThrow(() -> new NotFoundException("invitation.notValid"));
        UserView account;
        try {
            account = identity.linkParticipantOidcSubject(invitation.participantId(), subject);
        } catch (ConflictException e) {
            throw new ConflictException("invitation.oidc.taken");
        }
        invitation.use(clock.instant(), Invitation.Acceptance.OIDC);
        invitations.saveAndFlush(invitation);
        // Now signed in as the participant (the subject names their login): the link is the participant's own change
        // of their account, recorded as such; the invitation row keeps how it was taken.
        register.access(invitation.participantId(), AccessNeed.CONTRIBUTE, "login linked to the organisation's sign-in");
        return new OpenInvitation(account.username(), invitation.expiresAt());
    }

    /**
     * The participant's login stops working: switched off, its sessions end and any invitation that holds is revoked.
     * For the module's listeners, which act as the system (no signed-in user).
     */
    void stopAccount(UUID participantId) {
        Instant now = clock.instant();
        List<Invitation> holding = pending(participantId, now);
        holding.forEach(invitation -> invitation.revoke(now));
        invitations.saveAllAndFlush(holding);
        identity.stopParticipantAccount(participantId);
    }

    private IssuedInvitation issue(UUID participantId, ParticipantAccess access, Instant now) {
        List<Invitation> lapsed = invitations.findByParticipantIdAndState(participantId, Invitation.State.PENDING)
                .stream().filter(invitation -> invitation.closeIfExpired(now)).toList();
        invitations.saveAllAndFlush(lapsed);
        ParticipantView participant = register.get(participantId);
        UserView account = identity.ensureParticipantAccount(new OrganisationId(access.participantOrganisationId()),
                participantId, freeUsername(participant.firstName()), participant.fullName());
        String token = InvitationTokens.newToken();
        Invitation invitation = Invitation.issue(participantId, InvitationTokens.hash(token),
                currentUsers.current().id().value(), now);
        String link = links.invitation(token);
        if (mail.send(participant.email(), participant.firstName(), link, invitation.expiresAt())) {
            invitation.markEmailed();
        }
        invitations.saveAndFlush(invitation);
        return new IssuedInvitation(view(participantId), link, invitation.expiresAt(), invitation.emailed());
    }

    private ParticipantAccountView view(UUID participantId) {
        Instant now = clock.instant();
        Optional<UserView> account = identity.participantAccount(participantId);
        Optional<Invitation> holding = pending(participantId, now).stream().findFirst();
        AccountState state;
        if (account.filter(UserView::enabled).isPresent()) {
            state = AccountState.ACTIVE;
        } else if (holding.isPresent()) {
            state = AccountState.INVITED;
        } else if (account.isPresent()
                && !invitations.findByParticipantIdAndState(participantId, Invitation.State.USED).isEmpty()) {
            state = AccountState.STOPPED;
        } else {
            state = AccountState.NONE;
        }
        return new ParticipantAccountView(participantId, state, account.map(UserView::username).orElse(null),
                holding.map(Invitation::expiresAt).orElse(null), holding.map(Invitation::emailed).orElse(false));
    }

    private List<Invitation> pending(UUID participantId, Instant now) {
        return invitations.findByParticipantIdAndState(participantId, Invitation.State.PENDING).stream()
                .filter(invitation -> invitation.holds(now)).toList();
    }

    private Optional<Invitation> holding(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        byte[] hash = InvitationTokens.hash(token);
        Instant now = clock.instant();
        return invitations.findByTokenHash(hash).filter(invitation -> invitation.matches(hash))
                .filter(invitation -> invitation.holds(now));
    }

    private OpenInvitation opened(Invitation invitation) {
        String username = identity.participantAccount(invitation.participantId()).map(UserView::username)
                .orElseThrow(() -> new NotFoundException("invitation.notValid"));
        return new OpenInvitation(username, invitation.expiresAt());
    }

    /** The first name in plain letters and four digits, e.g. "amina.4821": easy to say and to write down. */
    private String freeUsername(String firstName) {
        String base = Normalizer.normalize(firstName == null ? "" : firstName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        base = base.isEmpty() ? "deltagare" : base.substring(0, Math.min(base.length(), 20));
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = base + "." + (1000 + ThreadLocalRandom.current().nextInt(9000));
            if (identity.usernameFree(candidate)) {
                return candidate;
            }
        }
        return base + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
