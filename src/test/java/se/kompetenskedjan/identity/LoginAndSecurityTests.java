package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.support.ApiClient;

@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class LoginAndSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void formLoginWithTheRightPasswordSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user("koordinator").password(ApiClient.DEMO_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("koordinator"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordsAreHashedWithArgon2() {
        String stored = jdbc.sql("SELECT password_hash FROM user_account WHERE username = 'koordinator'")
                .query(String.class).single();
        assertThat(stored).startsWith("{argon2}");
        assertThat(passwordEncoder.matches(ApiClient.DEMO_PASSWORD, stored)).isTrue();
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        String username = createAccount("lasttest" + System.nanoTime());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("fel-losenord-123"))
                    .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("fel-losenord-123"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("SELECT locked_until > now() FROM user_account WHERE username = :u").param("u", username)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void formsRequireACsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "koordinator").param("password", ApiClient.DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", "koordinator").param("password", ApiClient.DEMO_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesNeedLoginAndSendSecurityHeaders() throws Exception {
        mvc.perform(get("/deltagare")).andExpect(status().is3xxRedirection());
        MvcResult login = mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andReturn();
        assertThat(login.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSecure() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("koordinator").password(ApiClient.DEMO_PASSWORD)).andReturn();
        String cookie = result.getResponse().getHeader("Set-Cookie");
        if (cookie != null) {
            assertThat(cookie).contains("KKSESSION").containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure")
                    .containsIgnoringCase("SameSite=Lax");
        } else {
            assertThat(result.getRequest().getSession(false)).isNotNull();
        }
    }

    @Test
    void participantLanguagesIncludeArabicRightToLeftAndUnknownLanguagesAreIgnored() throws Exception {
        String arabic = mvc.perform(get("/login").param("lang", "ar")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(arabic).contains("lang=\"ar\"").contains("dir=\"rtl\"").contains("تسجيل الدخول");
        String ukrainian = mvc.perform(get("/login").param("lang", "uk")).andReturn().getResponse().getContentAsString();
        assertThat(ukrainian).contains("lang=\"uk\"").contains("dir=\"ltr\"").contains("Увійти");
        String unknown = mvc.perform(get("/login").param("lang", "xx")).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("lang=\"sv\"").contains("Logga in");
    }

    private String createAccount(String username) {
        String organisation = jdbc.sql("SELECT organisation_id FROM user_account WHERE username = 'koordinator'")
                .query(String.class).single();
        jdbc.sql("""
                INSERT INTO user_account (id, organisation_id, username, display_name, password_hash, role)
                VALUES (gen_random_uuid(), CAST(:org AS uuid), :username, 'Test Testsson', :hash, 'COORDINATOR')
                """).params(Map.of("org", organisation, "username", username,
                "hash", passwordEncoder.encode(ApiClient.DEMO_PASSWORD))).update();
        return username;
    }
}
