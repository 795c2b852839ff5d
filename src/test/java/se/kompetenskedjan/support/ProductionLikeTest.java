package se.kompetenskedjan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application set up as in production, without the demo profile (so without HTTP Basic): a token issuer
 * whose key the test holds ({@link TestTokenIssuer}, in production KK_OIDC_ISSUER_URI) and the audience its tokens
 * must have, the first platform administrator from settings (linked to a token subject), a reverse proxy on the
 * loopback address (KK_TRUSTED_PROXIES) and the actuator on a separate management port. Classes with this annotation
 * share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kk.bootstrap.admin-username=" + TestTokenIssuer.BOOTSTRAP_ADMIN,
        "kk.bootstrap.admin-password=ett-langt-losenord-123",
        "kk.bootstrap.admin-oidc-subject=" + TestTokenIssuer.BOOTSTRAP_ADMIN_SUBJECT,
        "kk.oidc.audience=" + TestTokenIssuer.AUDIENCE,
        "kk.trusted-proxies=127.0.0.1, ::1",
        "management.server.port=0"})
@Import(TestTokenIssuer.class)
@Tag("db")
public @interface ProductionLikeTest {
}
