package se.kompetenskedjan.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.CurrentUsers;
import se.kompetenskedjan.identity.Role;

/**
 * Three filter chains: the JSON API (stateless; bearer tokens when an issuer is configured, HTTP Basic only in the
 * demo profile), the API documentation, and the pages (form login, OIDC login when configured, CSRF on every form;
 * the actuator's health is public, its other endpoints are for platform administrators).
 */
@Configuration
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";
    /** Swagger UI is a third-party page that needs inline styles; it shows no personal data. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    /**
     * Argon2id; the cost of a new hash is set by kk.passwords.argon2.memory-kib and .iterations (Spring Security's
     * defaults: 16 MiB, 2 passes). A stored hash carries its own cost, so lowering it (as the tests do, where every API
     * call checks a password) affects only hashes made afterwards.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${kk.passwords.argon2.memory-kib:16384}") int memoryKib,
            @Value("${kk.passwords.argon2.iterations:2}") int iterations) {
        String defaultId = "argon2";
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(defaultId, Map.of(
                defaultId, new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations),
                "bcrypt", new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new RejectingPasswordEncoder());
        return encoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Environment environment, ProblemResponses problems,
            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // Public: verifying a certificate and the issuers' profiles and keys (validation module)
                        .requestMatchers(HttpMethod.POST, "/api/v1/certificates/verify").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/certificates/*/status", "/api/v1/issuers/*",
                                "/api/v1/issuers/*/jwks.json").permitAll()
                        .anyRequest().authenticated())
                // Stateless: no session cookie authenticates an API call, so there is nothing for CSRF to forge.
                // The demo's HTTP Basic is a credential a browser sends by itself: see ScriptOnlyBasicWrites.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized)
                    .authenticationDetailsSource(ApiLoginDetails::new))
                    .addFilterBefore(new ScriptOnlyBasicWrites(problems), BasicAuthenticationFilter.class);
        }
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            // The principal's name is the token's subject (sub), which CurrentUsersFromSecurityContext looks up.
            http.oauth2ResourceServer(resource -> resource
                    .authenticationEntryPoint(problems::unauthorized)
                    .jwt(jwt -> jwt.decoder(requiringAudience(decoder, environment.getProperty(OidcSettings.AUDIENCE)))
                            .jwtAuthenticationConverter(new JwtAuthenticationConverter())));
        }
        return http.build();
    }

    /**
     * Checked here rather than only in the decoder Spring Boot builds from the issuer, so that it holds for any
     * decoder: a token the issuer made for another application (another aud) is refused.
     */
    static JwtDecoder requiringAudience(JwtDecoder decoder, String audience) {
        if (!StringUtils.hasText(audience)) {
            throw new OidcSettings.OidcConfigurationException(
                    "bearer tokens are accepted but KK_OIDC_AUDIENCE (the audience they must be meant for) is not set.");
        }
        return token -> {
            Jwt jwt = decoder.decode(token);
            List<String> audiences = jwt.getAudience();
            if (audiences == null || !audiences.contains(audience)) {
                throw new JwtValidationException("The token is not meant for this application (aud)",
                        List.of(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The aud claim is not valid", null)));
            }
            return jwt;
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
            CurrentUsers currentUsers, Environment environment, SessionEnding sessions) throws Exception {
        RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Metrics and the other actuator endpoints: the platform's administrators, or anyone on the
                        // separate management port when the operator has set one (MANAGEMENT_SERVER_PORT).
                        .requestMatchers(actuator).access((authentication, context) -> new AuthorizationDecision(
                                onSeparateManagementPort(context.getRequest(), environment)
                                        || currentUsers.currentIfAny().filter(SecurityConfiguration::platformAdmin).isPresent()))
                        // Public: the verification page of a certificate (validation module)
                        .requestMatchers(HttpMethod.GET, "/intyg/*/verifiera").permitAll()
                        // Public: a participant's invitation, where they set their password (invitations module)
                        .requestMatchers("/inbjudan/*").permitAll()
                        // Public: starting the sign-in through the organisation's identity provider from the invitation
                        .requestMatchers(HttpMethod.POST, "/inbjudan/*/oidc").permitAll()
                        // Public: a calendar feed behind its secret link, read with its owner's rights (schedules)
                        .requestMatchers(HttpMethod.GET, "/kalender/*").permitAll()
                        .anyRequest().authenticated())
                // Signed-out browsers go to the login page; a metrics scraper gets a plain 401.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), actuator)
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")).build()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(FormLoginFailures::redirect).permitAll())
                // Password changes and admins end sessions on every node: see SessionEnding.
                .sessionManagement(session -> session.addSessionAuthenticationStrategy(sessions::stamp))
                .addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        if (clients.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .successHandler(SecurityConfiguration::afterOidcSignIn)
                    .failureHandler(SecurityConfiguration::afterFailedOidcSignIn));
        }
        return http.build();
    }

    /**
     * After signing in through OIDC: back to the page of another module that started the sign-in
     * ({@link OidcSignInService#start}, e.g. a participant's invitation), otherwise as a login normally goes (the page
     * asked for before signing in, or the start page).
     */
    private static void afterOidcSignIn(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        String returnPath = OidcSignInService.takeReturnPath(request);
        if (returnPath != null) {
            response.sendRedirect(request.getContextPath() + returnPath);
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
        usual.setDefaultTargetUrl("/");
        usual.onAuthenticationSuccess(request, response, authentication);
    }

    /** A failed or cancelled OIDC sign-in forgets where it was to return, and shows the login page's error. */
    private static void afterFailedOidcSignIn(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        OidcSignInService.takeReturnPath(request);
        new SimpleUrlAuthenticationFailureHandler("/login?error").onAuthenticationFailure(request, response, exception);
    }

    /** Metrics cover every organisation's use of the platform, so they are for the host organisation's admins. */
    private static boolean platformAdmin(CurrentUser user) {
        return user.is(Role.ADMIN) && user.platformHost();
    }

    /** Spring Boot's local.*.port settings hold the ports the servers listen on (also when configured as 0). */
    static boolean onSeparateManagementPort(HttpServletRequest request, Environment environment) {
        Integer management = environment.getProperty("local.management.port", Integer.class);
        return management != null && !management.equals(environment.getProperty("local.server.port", Integer.class))
                && request.getLocalPort() == management;
    }

    /** Used for accounts without a password and for hashes of unknown format: never matches. */
    static final class RejectingPasswordEncoder implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }

}
