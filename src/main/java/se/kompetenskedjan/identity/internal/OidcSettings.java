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
 * municipality configures its identity provider with one issuer URL, a client id and a secret.
 * Without KK_OIDC_ISSUER_URI nothing is added and only local accounts can sign in.
 */
public class OidcSettings implements EnvironmentPostProcessor {

    static final String DEFAULT_USERNAME_CLAIM = "preferred_username";

    static String usernameClaim(org.springframework.core.env.Environment environment) {
        return environment.getProperty("kk.oidc.username-claim", DEFAULT_USERNAME_CLAIM);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String issuer = environment.getProperty("kk.oidc.issuer-uri");
        if (!StringUtils.hasText(issuer)) {
            return;
        }
        String claim = usernameClaim(environment);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        String audience = environment.getProperty("kk.oidc.audience");
        if (StringUtils.hasText(audience)) {
            settings.put("spring.security.oauth2.resourceserver.jwt.audiences", audience);
        }
        String clientId = environment.getProperty("kk.oidc.client-id");
        if (StringUtils.hasText(clientId)) {
            String prefix = "spring.security.oauth2.client.registration.idp.";
            settings.put(prefix + "client-id", clientId);
            settings.put(prefix + "client-secret", environment.getProperty("kk.oidc.client-secret", ""));
            settings.put(prefix + "scope", "openid,profile,email");
            settings.put(prefix + "authorization-grant-type", "authorization_code");
            settings.put(prefix + "client-name", environment.getProperty("kk.oidc.display-name", "Kommunens inloggning"));
            settings.put("spring.security.oauth2.client.provider.idp.issuer-uri", issuer);
            settings.put("spring.security.oauth2.client.provider.idp.user-name-attribute", claim);
        }
        environment.getPropertySources().addLast(new MapPropertySource("kompetenskedjan-oidc", settings));
    }
}
