package se.kompetenskedjan.support;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc with the sessions in PostgreSQL (decision 86). Spring Session finds a session by its cookie, not by the
 * {@code MockHttpSession} a test hands to {@code .session(...)}; so that tests keep using a MockHttpSession as "the
 * browser", it carries the session cookie: sent with every request made with it, and updated from every answer's
 * Set-Cookie (given at login, changed by the session fixation protection, cleared at logout). The session itself
 * (security context, CSRF token, flash attributes) is Spring Session's, in the database, as on a real node.
 *
 * <p>Added to every {@code @AutoConfigureMockMvc} context by
 * {@code META-INF/spring/org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc.imports}; a plain
 * class, so that component scanning never picks it up for other contexts.
 */
public class MockMvcSessionCookies {

    static final String COOKIE = MockMvcSessionCookies.class.getName() + ".cookie";

    /**
     * Without an embedded server Spring Boot configures the session cookie from the servlet context, not from
     * server.servlet.session.cookie: here it gets the same name and attributes as on a node (KKSESSION, HttpOnly,
     * Secure, SameSite=Lax).
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookieAsOnANode(Environment environment) {
        org.springframework.boot.web.server.Cookie cookie = configured(environment);
        return serializer -> {
            serializer.setCookieName(name(cookie));
            if (cookie.getHttpOnly() != null) {
                serializer.setUseHttpOnlyCookie(cookie.getHttpOnly());
            }
            if (cookie.getSecure() != null) {
                serializer.setUseSecureCookie(cookie.getSecure());
            }
            if (cookie.getSameSite() != null) {
                serializer.setSameSite(cookie.getSameSite().attributeValue());
            }
        };
    }

    @Bean
    MockMvcBuilderCustomizer sessionCookieInMockHttpSession(Environment environment) {
        String name = name(configured(environment));
        return builder -> builder
                .defaultRequest(MockMvcRequestBuilders.get("/").with(request -> send(request, name)))
                .alwaysDo(result -> keep(result, name));
    }

    private static org.springframework.boot.web.server.Cookie configured(Environment environment) {
        return Binder.get(environment).bind("server.servlet.session.cookie", org.springframework.boot.web.server.Cookie.class)
                .orElseGet(org.springframework.boot.web.server.Cookie::new);
    }

    private static String name(org.springframework.boot.web.server.Cookie cookie) {
        return cookie.getName() != null ? cookie.getName() : "SESSION";
    }

    private static MockHttpServletRequest send(MockHttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(COOKIE) instanceof String value) {
            Cookie[] others = request.getCookies() == null ? new Cookie[0] : Arrays.stream(request.getCookies())
                    .filter(c -> !c.getName().equals(name)).toArray(Cookie[]::new);
            request.setCookies(Stream.concat(Arrays.stream(others), Stream.of(new Cookie(name, value)))
                    .toArray(Cookie[]::new));
        }
        return request;
    }

    private static void keep(MvcResult result, String name) {
        Cookie last = null;
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getName().equals(name)) {
                last = cookie;
            }
        }
        if (last == null) {
            return;
        }
        HttpSession browser = result.getRequest().getSession(true);
        if (last.getMaxAge() == 0 || last.getValue().isEmpty()) {
            browser.removeAttribute(COOKIE);
        } else {
            browser.setAttribute(COOKIE, last.getValue());
        }
    }
}
