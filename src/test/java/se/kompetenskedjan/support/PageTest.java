package se.kompetenskedjan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Page tests on the demo region: the pages rendered by MockMvc, signed in through the login form (one session per
 * demo account, kept for the test class), forms posted with their CSRF token.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PageTest {

    @Autowired
    protected MockMvc mvc;

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    protected MockHttpSession as(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            MvcResult login = mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                    .andExpect(status().is3xxRedirection()).andReturn();
            session = (MockHttpSession) login.getRequest().getSession(false);
            assertThat(session).as("signed in as %s", username).isNotNull();
            sessions.put(username, session);
        }
        return session;
    }

    /** The page at path as username sees it (expecting 200). */
    protected String page(String username, String path) throws Exception {
        return mvc.perform(get(path).session(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    protected MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username,
            Map<String, String> params) throws Exception {
        request.session(as(username)).with(csrf());
        params.forEach(request::param);
        return request;
    }

    /** Posts a form that should succeed and opens the page it leads to (showing, and so using up, its banner). */
    protected String submit(String path, String username, Map<String, String> params) throws Exception {
        MvcResult result = mvc.perform(form(post(path), username, params)).andExpect(status().is3xxRedirection())
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).as("redirect after %s", path).isNotNull().doesNotContain("/login");
        return page(username, target.replaceFirst("#.*$", ""));
    }
}
