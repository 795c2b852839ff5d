package se.kompetenskedjan.support;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the identity provider of {@link ProductionLikeTest}: tokens are signed with a key made here, and the
 * application checks them with the matching public key (in production: the issuer's JWKS). Also notes which client
 * address the application saw for requests that carry the header X-Test-Probe.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokenIssuer {

    public static final String AUDIENCE = "kompetenskedjan-api";
    public static final String BOOTSTRAP_ADMIN = "forsta.admin";
    public static final String BOOTSTRAP_ADMIN_SUBJECT = "idp-subject-forsta-admin";
    public static final KeyPair ISSUER = rsaKeys();
    public static final KeyPair STRANGER = rsaKeys();

    /** X-Test-Probe value to the remote address the application saw. */
    public static final Map<String, String> REMOTE_ADDRESSES = new ConcurrentHashMap<>();

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> remoteAddressProbe() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String probe = request.getHeader("X-Test-Probe");
                if (probe != null) {
                    REMOTE_ADDRESSES.put(probe, request.getRemoteAddr());
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * A token from the issuer (or, with STRANGER, from someone else) with the given subject, audiences and claims.
     * Stamped with real time, not the application's Clock: the token stands for the identity provider, another
     * system, and Spring Security checks its expiry against the real clock even when kk.clock.start moves ours.
     */
    public static String token(KeyPair keys, String subject, List<String> audiences, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(subject).audience(audiences)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token from the issuer for this application (right audience) with the given subject. */
    public static String token(String subject) {
        return token(ISSUER, subject, List.of(AUDIENCE), Map.of());
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
