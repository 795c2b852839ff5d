package se.kompetenskedjan.identity.internal;

import java.util.Optional;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.kompetenskedjan.identity.OrganisationCommand;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.identity.UserCommand;

/**
 * The first administrator of a new installation: with KK_BOOTSTRAP_ADMIN_USERNAME set, creates that account (and,
 * if there is none yet, the organisation that runs the platform) unless it already exists. Without a password the
 * account signs in through OIDC only, as the subject KK_BOOTSTRAP_ADMIN_OIDC_SUBJECT.
 */
@Component
class PlatformBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);

    private final Environment environment;
    private final OrganisationRepository organisations;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final MessageSource messages;

    PlatformBootstrap(Environment environment, OrganisationRepository organisations, UserAccountRepository accounts,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, MessageSource messages) {
        this.environment = environment;
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String username = environment.getProperty("kk.bootstrap.admin-username");
        if (!StringUtils.hasText(username)) {
            return;
        }
        Optional<UserAccount> existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            linkOidcSubject(existing.get());
            return;
        }
        String password = environment.getProperty("kk.bootstrap.admin-password");
        if (StringUtils.hasText(password)) {
            // Refuse to start rather than create the first administrator with a weak password.
            passwordPolicy.problem(password, username).ifPresent(key -> {
                throw new IllegalStateException("KK_BOOTSTRAP_ADMIN_PASSWORD is not accepted: "
                        + messages.getMessage(key, null, key, Locale.ENGLISH));
            });
        }
        Organisation host = organisations.findFirstByPlatformHostTrue().orElseGet(() -> organisations.save(
                new Organisation(UUID.randomUUID(), new OrganisationCommand(
                        environment.getProperty("kk.bootstrap.organisation-name", "Kompetenskedjan"),
                        OrganisationType.REGION, null, null, null), true)));
        UserAccount admin = accounts.save(new UserAccount(UUID.randomUUID(), new UserCommand(host.id(), null, username,
                environment.getProperty("kk.bootstrap.admin-name", "Administratör"), null, Role.ADMIN, null, true, null),
                StringUtils.hasText(password) ? passwordEncoder.encode(password) : null));
        log.info("Created the first platform administrator account");
        linkOidcSubject(admin);
    }

    /**
     * KK_BOOTSTRAP_ADMIN_OIDC_SUBJECT lets the first administrator sign in through OIDC, also on an installation
     * that already has the account; an account that is already linked is left as it is.
     */
    private void linkOidcSubject(UserAccount admin) {
        String subject = environment.getProperty("kk.bootstrap.admin-oidc-subject", "").strip();
        if (!subject.isEmpty() && admin.oidcSubject() == null && accounts.findByOidcSubject(subject).isEmpty()) {
            admin.linkOidcSubject(subject);
            accounts.save(admin);
            log.info("Linked the first platform administrator account to its OIDC subject");
        }
    }
}
