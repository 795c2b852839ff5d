package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.kompetenskedjan.identity.internal.OidcSettings;

/** The KK_OIDC_* settings as start-up reads them (the EnvironmentPostProcessor, without a Spring context). */
class OidcSettingsTests {

    private static StandardEnvironment settings(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        new OidcSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void anIssuerWithoutAnAudienceRefusesToStart() {
        assertThatThrownBy(() -> settings(Map.of("kk.oidc.issuer-uri", "https://idp.kommun.example/realms/kommun")))
                .isInstanceOf(OidcSettings.OidcConfigurationException.class)
                .hasMessageContaining("KK_OIDC_AUDIENCE").hasMessageContaining("KK_OIDC_ISSUER_URI");
    }

    @Test
    void anIssuerWithAnAudienceConfiguresTokensAndLoginBySubject() {
        StandardEnvironment environment = settings(Map.of("kk.oidc.issuer-uri", "https://idp.kommun.example/realms/kommun",
                "kk.oidc.audience", "kompetenskedjan", "kk.oidc.client-id", "kompetenskedjan-web"));
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences")).isEqualTo("kompetenskedjan");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .isEqualTo("https://idp.kommun.example/realms/kommun");
        assertThat(environment.getProperty("spring.security.oauth2.client.provider.idp.user-name-attribute")).isEqualTo("sub");
    }

    @Test
    void withoutAnIssuerNothingIsRequiredOrAdded() {
        StandardEnvironment environment = settings(Map.of());
        assertThat(environment.getPropertySources().contains("kompetenskedjan-oidc")).isFalse();
    }

    @Test
    void theRetiredUsernameClaimSettingIsRefusedWithAnExplanation() {
        assertThatThrownBy(() -> settings(Map.of("kk.oidc.issuer-uri", "https://idp.kommun.example/realms/kommun",
                "kk.oidc.audience", "kompetenskedjan", "kk.oidc.username-claim", "preferred_username")))
                .isInstanceOf(OidcSettings.OidcConfigurationException.class)
                .hasMessageContaining("KK_OIDC_USERNAME_CLAIM").hasMessageContaining("oidc-subject");
    }
}
