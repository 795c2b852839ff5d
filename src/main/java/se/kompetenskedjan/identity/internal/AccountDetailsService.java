package se.kompetenskedjan.identity.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Password login (form and, in the demo, HTTP Basic) against the local account table; see PasswordAuthentication. */
@Component
class AccountDetailsService implements UserDetailsService {

    /** A stored value no encoder accepts: accounts without a password can only sign in through OIDC. */
    static final String NO_PASSWORD = "{none}";

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash() == null ? NO_PASSWORD : account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
