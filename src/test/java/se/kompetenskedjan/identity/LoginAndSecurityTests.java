package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
        // Argon2id, at the small cost the tests set (kk.passwords.argon2.*; production keeps 16 MiB and 2 passes)
        assertThat(stored).startsWith("{argon2}$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(passwordEncoder.matches(ApiClient.DEMO_PASSWORD, stored)).isTrue();
    }

    @Test
    void anAttackerFromOneAddressWaitsLongerEachTimeWhileTheVictimSignsInFromAnother() throws Exception {
        String username = createAccount("offer" + System.nanoTime());
        String attacker = "10.66.0.1";
        for (int i = 0; i < 5; i++) {
            login(username, "fel-losenord-123", attacker).andExpect(redirectedUrl("/login?error"));
        }
        // Refused without trying the password: the right one does not help the attacker either.
        login(username, ApiClient.DEMO_PASSWORD, attacker)
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?throttled=1"));
        String page = mvc.perform(get("/login").param("throttled", "1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("För många misslyckade inloggningsförsök. Vänta 1 minut och försök sedan igen.");

        login(username, ApiClient.DEMO_PASSWORD, "10.77.0.1")
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));

        // The wait passes (the throttle's table is put forward, as the clock would): one more try, then twice as long.
        for (int expectedMinutes : new int[] {2, 4}) {
            endWaits(username);
            login(username, "fel-losenord-123", attacker).andExpect(redirectedUrl("/login?error"));
            login(username, "fel-losenord-123", attacker).andExpect(redirectedUrl("/login?throttled=" + expectedMinutes));
        }
        login(username, ApiClient.DEMO_PASSWORD, "10.77.0.1").andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void unknownUsernamesAreThrottledJustLikeKnownOnes() throws Exception {
        String nobody = "finns.inte." + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            login(nobody, "fel-losenord-123", "10.66.0.2").andExpect(redirectedUrl("/login?error"));
        }
        login(nobody, "fel-losenord-123", "10.66.0.2").andExpect(redirectedUrl("/login?throttled=1"));
    }

    @Test
    void httpBasicFailuresCountForTheirAddressButNeverLockTheFormLoginFromAnother() throws Exception {
        String username = createAccount("basic" + System.nanoTime());
        String attacker = "10.66.0.3";
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "fel-losenord-123")).with(from(attacker)))
                    .andExpect(status().isUnauthorized());
        }
        MvcResult refused = mvc.perform(get("/api/v1/me").with(httpBasic(username, ApiClient.DEMO_PASSWORD))
                        .with(from(attacker)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andReturn();
        int retryAfter = Integer.parseInt(refused.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":429").contains("Vänta 1 minut och försök sedan igen.");

        login(username, ApiClient.DEMO_PASSWORD, attacker).andExpect(redirectedUrl("/login?throttled=1"));
        login(username, ApiClient.DEMO_PASSWORD, "10.77.0.3")
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username));
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

    @Test
    void apiWritesSignedInWithHttpBasicMustBeSomethingACrossSiteFormCannotSend() throws Exception {
        long participants = jdbc.sql("SELECT count(*) FROM participant").query(Long.class).single();
        String boundary = "kk-form";
        String[][] formLike = {
                {"application/x-www-form-urlencoded", "firstName=Forfalskad&lastName=Person"},
                {"text/plain", "{\"firstName\":\"Forfalskad\",\"lastName\":\"Person\"}"},
                {"multipart/form-data; boundary=" + boundary, "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"firstName\"\r\n\r\nForfalskad\r\n--" + boundary + "--\r\n"},
                {null, ""}};
        for (String[] request : formLike) {
            MockHttpServletRequestBuilder post = post("/api/v1/participants")
                    .with(httpBasic("koordinator", ApiClient.DEMO_PASSWORD)).content(request[1]);
            if (request[0] != null) {
                post.contentType(request[0]);
            }
            MvcResult refused = mvc.perform(post).andExpect(status().isUnsupportedMediaType())
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                    .andReturn();
            assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .as("content type %s", request[0]).contains("HTTP Basic").contains("X-Requested-With");
        }
        mvc.perform(delete("/api/v1/participants/" + java.util.UUID.randomUUID())
                .with(httpBasic("koordinator", ApiClient.DEMO_PASSWORD))).andExpect(status().isUnsupportedMediaType());
        assertThat(jdbc.sql("SELECT count(*) FROM participant").query(Long.class).single()).isEqualTo(participants);

        // What a script sends gets through to the access rules and the validation
        mvc.perform(post("/api/v1/participants").with(httpBasic("koordinator", ApiClient.DEMO_PASSWORD))
                .contentType("application/json").content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/participants").with(httpBasic("koordinator", ApiClient.DEMO_PASSWORD))
                .contentType("application/merge-patch+json; charset=UTF-8").content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/taxonomy/imports").with(httpBasic("koordinator", ApiClient.DEMO_PASSWORD))
                .header("X-Requested-With", "curl").contentType("multipart/form-data; boundary=" + boundary)
                .content("--" + boundary + "--\r\n")).andExpect(status().isForbidden());
        // Reading is not affected, and callers without Basic credentials meet the usual rules
        mvc.perform(get("/api/v1/me").with(httpBasic("koordinator", ApiClient.DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/participants").contentType("text/plain").content("x")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApisLoginChallengeDoesNotMakeBrowsersRememberABasicPassword() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/me"),
                get("/api/v1/me").with(httpBasic("ingen.sadan", "fel-losenord-123")))) {
            MvcResult result = mvc.perform(request).andExpect(status().isUnauthorized()).andReturn();
            assertThat(result.getResponse().getHeaders("WWW-Authenticate")).containsExactly("Bearer");
        }
    }

    private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address)
            throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }

    /** The request as if from this address (what Tomcat gives as remoteAddr, behind trusted proxies too). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Every wait of this username's login counts is over, as if the time had passed. */
    private void endWaits(String username) {
        jdbc.sql("""
                UPDATE login_throttle SET blocked_until = now() - interval '1 second'
                 WHERE account_key = sha256(convert_to('LOGIN:' || lower(:username), 'UTF8'))
                """).param("username", username).update();
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
