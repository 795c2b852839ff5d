package se.kompetenskedjan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The first administrator's password (KK_BOOTSTRAP_ADMIN_PASSWORD) must pass the password policy too. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PlatformBootstrapTests {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    @Test
    void aWeakPasswordStopsTheStartAndCreatesNoAccount() {
        String username = "forsta.admin." + System.nanoTime();
        PlatformBootstrap bootstrap = bootstrap(username, PasswordPolicy.PUBLISHED_DEMO_PASSWORD);
        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KK_BOOTSTRAP_ADMIN_PASSWORD is not accepted: The password is too common and easy to guess. "
                        + "Choose another one, for example a few words that only you know belong together.");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void aGoodPasswordCreatesTheAdministrator() {
        String username = "forsta.admin." + System.nanoTime();
        bootstrap(username, "tre glada kor i hagen").run(new DefaultApplicationArguments());
        UserAccount created = accounts.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches("tre glada kor i hagen", created.passwordHash())).isTrue();
    }

    /** As outside the demo: the published demo password is common there. */
    private PlatformBootstrap bootstrap(String username, String password) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("kk.bootstrap.admin-username", username)
                .withProperty("kk.bootstrap.admin-password", password);
        return new PlatformBootstrap(environment, organisations, accounts, passwordEncoder,
                new PasswordPolicy(environment), messages);
    }
}
