package se.kompetenskedjan.support;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

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
     * The cookie's name as Spring Boot gives it to Spring Session without an embedded server: the servlet context's
     * session cookie name, by default SESSION (a real node's cookie is server.servlet.session.cookie's, KKSESSION).
     */
    @Bean
    MockMvcBuilderCustomizer sessionCookieInMockHttpSession(WebApplicationContext context) {
        String configured = context.getServletContext().getSessionCookieConfig().getName();
        String name = configured != null ? configured : "SESSION";
        return builder -> builder
                .defaultRequest(MockMvcRequestBuilders.get("/").with(request -> send(request, name)))
                .alwaysDo(result -> keep(result, name));
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
