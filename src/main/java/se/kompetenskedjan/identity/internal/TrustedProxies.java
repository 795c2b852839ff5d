package se.kompetenskedjan.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.util.StringUtils;

/**
 * X-Forwarded-Host, -Proto, -Port and -For are honoured only on connections from the addresses in KK_TRUSTED_PROXIES
 * (IPs or CIDR ranges, comma-separated). Without the setting, application.yml turns forwarded headers off, so a
 * client cannot make the platform build links and redirects to another host, or pose as another address.
 *
 * <p>Tomcat's RemoteIpValve does the work: it reads the headers only when the connection comes from one of these
 * addresses, and takes the client address from X-Forwarded-For right to left, skipping these addresses, so an
 * address the client wrote into the header itself is not taken for the client's.
 */
public class TrustedProxies implements EnvironmentPostProcessor {

    static final String SETTING = "kk.trusted-proxies";
    /** IP literals only (checked before parsing, so that a host name is never looked up). */
    private static final Pattern IP_OR_RANGE = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)(/\\d{1,3})?");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String proxies = environment.getProperty(SETTING);
        if (!StringUtils.hasText(proxies)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("kompetenskedjan-trusted-proxies", Map.of(
                "server.forward-headers-strategy", "native",
                // With a "/" in it, Tomcat reads the value as a list of CIDR ranges instead of a regular expression.
                "server.tomcat.remoteip.internal-proxies", String.join(",", cidrs(proxies)),
                "server.tomcat.remoteip.trusted-proxies", "")));
    }

    /** Each address as a CIDR range (a single address becomes /32 or /128); refuses anything that is not an IP. */
    static List<String> cidrs(String setting) {
        List<String> ranges = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String address = entry.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!IP_OR_RANGE.matcher(address).matches()) {
                throw new InvalidTrustedProxiesException(address);
            }
            String range = address.contains("/") ? address : address + (address.contains(":") ? "/128" : "/32");
            try {
                new IpAddressMatcher(range);
            } catch (IllegalArgumentException e) {
                throw new InvalidTrustedProxiesException(address);
            }
            ranges.add(range);
        }
        return ranges;
    }

    public static class InvalidTrustedProxiesException extends IllegalStateException {
        InvalidTrustedProxiesException(String entry) {
            super("""

                    Kompetenskedjan cannot start: KK_TRUSTED_PROXIES contains "%s", which is not an IP address or CIDR
                    range. List the addresses of your reverse proxies or load balancers, comma-separated,
                    e.g. KK_TRUSTED_PROXIES=10.0.0.5,10.0.1.0/24
                    """.formatted(entry));
        }
    }
}
