package se.kompetenskedjan.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password login (the form, and HTTP Basic in the demo) goes through here: the throttle decides first whether
 * the password may be tried at all, then the account table checks it. As the only AuthenticationProvider bean it is
 * the global one, so no other provider can check a password behind the throttle's back.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    PasswordAuthentication(AccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Object details = authentication.getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.attempt(LoginThrottle.Guess.LOGIN, authentication.getName(), address,
                !(details instanceof ApiLoginDetails));
        if (!attempt.allowed()) {
            throw new LoginThrottledException(attempt.waitTime());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(attempt);
            throw e;
        }
        throttle.succeeded(attempt);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
