package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.OidcAccountLinks;
import se.kompetenskedjan.identity.OidcLinkView;
import se.kompetenskedjan.identity.OidcSubjectCommand;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.shared.ConflictException;
import se.kompetenskedjan.shared.NotFoundException;

/**
 * Links accounts to the identity provider's subjects. Participant accounts are not linked here: a participant links
 * their own login by signing in through the provider from their invitation (the invitations module, which checks the
 * invitation and writes the audit trail).
 */
@Service
@Transactional
class OidcAccountLinkService implements OidcAccountLinks {

    private final UserAccountRepository accounts;
    private final CurrentUsers currentUsers;
    private final IdentityPolicy policy;

    OidcAccountLinkService(UserAccountRepository accounts, CurrentUsers currentUsers, IdentityPolicy policy) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.policy = policy;
    }

    @Override
    public OidcLinkView link(UUID userId, OidcSubjectCommand command) {
        UserAccount account = staffAccountToChange(userId);
        String subject = command.subject();
        accounts.findByOidcSubject(subject).filter(other -> !other.id().equals(account.id())).ifPresent(other -> {
            throw new ConflictException("user.oidcSubject.taken");
        });
        account.linkOidcSubject(subject);
        accounts.saveAndFlush(account);
        return new OidcLinkView(account.id(), account.username(), account.oidcSubject());
    }

    @Override
    public void unlink(UUID userId) {
        UserAccount account = staffAccountToChange(userId);
        account.linkOidcSubject(null);
        accounts.saveAndFlush(account);
    }

    private UserAccount staffAccountToChange(UUID userId) {
        CurrentUser user = currentUsers.current();
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user.notFound"));
        policy.requireAdminOf(user, account.organisationId());
        if (account.role() == Role.PARTICIPANT) {
            throw new ConflictException("user.oidcSubject.participant");
        }
        return account;
    }
}
