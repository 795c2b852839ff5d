package se.kompetenskedjan.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the few KK_OIDC_* settings into Spring Security's OIDC client and resource-server settings, so a
 * municipality configures its identity provider with one issuer URL, the API's audience, a client id and a secret.
 * Without KK_OIDC_ISSUER_URI nothing is added and only local accounts can sign in.
 *
 * <p>Who signs in is the issuer's subject ({@code sub}), which an administrator links to a local account; names such
 * as preferred_username are not used, as some identity providers let their users change them.
 */
public class OidcSettings implements EnvironmentPostProcessor {

    static final String AUDIENCE = "kk.oidc.audience";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("kk.oidc.username-claim"))) {
            throw new OidcConfigurationException("""
                    KK_OIDC_USERNAME_CLAIM is no longer used: a token is tied to its local account by the issuer's
                    subject (sub), which an administrator links with PUT /api/v1/users/{id}/oidc-subject.
                    Remove KK_OIDC_USERNAME_CLAIM and link the accounts that sign in through OIDC.""");
        }
        String issuer = environment.getProperty("kk.oidc.issuer-uri");
        if (!StringUtils.hasText(issuer)) {
            return;
        }
        String audience = environment.getProperty(AUDIENCE);
        if (!StringUtils.hasText(audience)) {
            throw new OidcConfigurationException("""
                    KK_OIDC_ISSUER_URI is set but KK_OIDC_AUDIENCE is not. Set KK_OIDC_AUDIENCE to the audience (aud)
                    that the identity provider puts in access tokens meant for Kompetenskedjan's API (often the
                    client id), so that tokens the issuer made for other applications are refused.""");
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        settings.put("spring.security.oauth2.resourceserver.jwt.audiences", audience);
        String clientId = environment.getProperty("kk.oidc.client-id");
        if (StringUtils.hasText(clientId)) {
            String prefix = "spring.security.oauth2.client.registration.idp.";
            settings.put(prefix + "client-id", clientId);
            settings.put(prefix + "client-secret", environment.getProperty("kk.oidc.client-secret", ""));
            settings.put(prefix + "scope", "openid,profile,email");
            settings.put(prefix + "authorization-grant-type", "authorization_code");
            settings.put(prefix + "client-name", environment.getProperty("kk.oidc.display-name", "Kommunens inloggning"));
            settings.put("spring.security.oauth2.client.provider.idp.issuer-uri", issuer);
            settings.put("spring.security.oauth2.client.provider.idp.user-name-attribute", "sub");
        }
        environment.getPropertySources().addLast(new MapPropertySource("kompetenskedjan-oidc", settings));
    }

    public static class OidcConfigurationException extends IllegalStateException {
        OidcConfigurationException(String message) {
            super("\n\nKompetenskedjan cannot start: " + message + "\n");
        }
    }
}
