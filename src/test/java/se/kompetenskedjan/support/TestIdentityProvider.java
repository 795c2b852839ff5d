package se.kompetenskedjan.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An OpenID Connect identity provider for tests, on a real HTTP port of the loopback address: the application's OIDC
 * client (Spring Security's oauth2Login) fetches tokens and keys from it over HTTP as it would from the organisation's
 * provider. The test plays the browser and the person: it takes the redirect to {@code /authorize}, decides who signs
 * in ({@link #signIn}: a one-time code for a subject, bound to the request's nonce) and follows the redirect back
 * to the application with the code and state. The token endpoint answers a code once, with an ID token signed by the
 * key the JWKS endpoint publishes.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "kompetenskedjan-web";
    public static final String CLIENT_SECRET = "test-hemlighet";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final String issuer;

    private record Grant(String subject, String nonce, String redirectUri) {
    }

    public TestIdentityProvider() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID("test-idp-1").build();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    /**
     * The client registration "idp" as OidcSettings makes it from KK_OIDC_* (here with the provider's endpoints
     * given instead of discovered from the issuer), with the sign-in button's name.
     */
    public void register(DynamicPropertyRegistry registry, String displayName) {
        String client = "spring.security.oauth2.client.registration.idp.";
        registry.add(client + "client-id", () -> CLIENT_ID);
        registry.add(client + "client-secret", () -> CLIENT_SECRET);
        registry.add(client + "scope", () -> "openid,profile,email");
        registry.add(client + "authorization-grant-type", () -> "authorization_code");
        registry.add(client + "client-name", () -> displayName);
        // What the issuer's discovery gives the registration in production (ClientRegistrations.fromIssuerLocation)
        registry.add(client + "redirect-uri", () -> "{baseUrl}/{action}/oauth2/code/{registrationId}");
        String provider = "spring.security.oauth2.client.provider.idp.";
        registry.add(provider + "authorization-uri", () -> issuer + "/authorize");
        registry.add(provider + "token-uri", () -> issuer + "/token");
        registry.add(provider + "jwk-set-uri", () -> issuer + "/jwks");
        registry.add(provider + "user-name-attribute", () -> "sub");
    }

    /**
     * The person signs in at the provider as {@code subject}: given the URL the application sent the browser to
     * (the authorization request), returns the URL the provider sends the browser back to (the application's
     * redirect URI with a one-time code and the request's state).
     */
    public String signIn(String authorizationRequest, String subject) {
        Map<String, String> query = query(URI.create(authorizationRequest));
        if (!authorizationRequest.startsWith(issuer + "/authorize?") || !CLIENT_ID.equals(query.get("client_id"))
                || !"code".equals(query.get("response_type"))) {
            throw new IllegalArgumentException("not an authorization request to this provider: " + authorizationRequest);
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(subject, query.get("nonce"), query.get("redirect_uri")));
        return UriComponentsBuilder.fromUriString(query.get("redirect_uri")).queryParam("code", code)
                .queryParam("state", query.get("state")).build().toUriString();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (!"authorization_code".equals(form.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        // Real time, not the application's Clock: the provider is another system, and Spring Security checks the
        // ID token's times against the real clock.
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(grant.subject())
                .audience(List.of(CLIENT_ID)).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", CLIENT_ID);
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            idToken.sign(new RSASSASigner(key));
            answer(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300,\"scope\":\"openid profile email\",\"id_token\":\"" + idToken.serialize() + "\"}");
        } catch (Exception e) {
            answer(exchange, 500, "{\"error\":\"server_error\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        return form(uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
