package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.kompetenskedjan.identity.internal.TrustedProxies;

/** KK_TRUSTED_PROXIES as start-up reads it; ProxyAndManagementPortTests and OperationsTests show the effect. */
class TrustedProxiesTests {

    private static StandardEnvironment settings(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        new TrustedProxies().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withoutTheSettingNoForwardedHeadersAreTrusted() {
        StandardEnvironment environment = settings(Map.of("server.forward-headers-strategy", "none"));
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies")).isNull();
    }

    @Test
    void addressesAndRangesBecomeTheProxiesTomcatTrusts() {
        StandardEnvironment environment = settings(Map.of("kk.trusted-proxies", " 10.0.0.5, 10.1.0.0/16,fd00::1 ,",
                "server.forward-headers-strategy", "none"));
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        // Every entry with a prefix length, so that Tomcat reads the list as CIDR ranges, not as a regular expression
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo("10.0.0.5/32,10.1.0.0/16,fd00::1/128");
    }

    @Test
    void anythingButIpAddressesRefusesToStart() {
        for (String wrong : new String[] {"proxy.kommun.example", "10.0.0.0/99", "10.0.0.*", "10.0.0"}) {
            assertThatThrownBy(() -> settings(Map.of("kk.trusted-proxies", "10.0.0.5," + wrong)))
                    .as(wrong).isInstanceOf(TrustedProxies.InvalidTrustedProxiesException.class)
                    .hasMessageContaining(wrong).hasMessageContaining("KK_TRUSTED_PROXIES");
        }
    }
}
