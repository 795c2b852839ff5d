package se.kompetenskedjan.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords: 1 minute after the fifth, doubling with each further
 * failure up to 30 minutes. Counted in the database with one atomic statement, so it holds across app nodes.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        jdbc.sql("""
                UPDATE user_account
                   SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= :limit
                           THEN now() + least(make_interval(mins => :firstMinutes) * power(2, least(failed_logins + 1 - :limit, 10)),
                                              make_interval(mins => :longestMinutes))
                           ELSE locked_until END
                 WHERE lower(username) = lower(:username)
                """)
                .param("limit", UserAccount.FAILURES_BEFORE_LOCK)
                .param("firstMinutes", (int) UserAccount.FIRST_LOCK.toMinutes())
                .param("longestMinutes", (int) UserAccount.LONGEST_LOCK.toMinutes())
                .param("username", event.getAuthentication().getName())
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        jdbc.sql("UPDATE user_account SET failed_logins = 0, locked_until = NULL WHERE lower(username) = lower(:username) AND failed_logins > 0")
                .param("username", event.getAuthentication().getName())
                .update();
    }
}
