package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing and resetting passwords, the password policy as callers meet it (a Swedish message per rule in the
 * problem+json field list), and ending sessions: a password change ends the user's other sessions but not the one
 * that made it, an admin ends all of them, and only admins of the user's organisation (or of the platform) may.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PasswordsAndSessionsTests {

    private static final String NEW_PASSWORD = "tre glada kor i hagen";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsTheOneThatMadeIt() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        MockHttpSession here = signIn(user, ApiClient.DEMO_PASSWORD);
        MockHttpSession elsewhere = signIn(user, ApiClient.DEMO_PASSWORD);
        mvc.perform(get("/").session(elsewhere)).andExpect(status().isOk());

        mvc.perform(post("/konto/losenord").session(here).with(csrf())
                        .param("currentPassword", ApiClient.DEMO_PASSWORD).param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/konto/losenord"));

        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/").session(elsewhere)).andExpect(status().is3xxRedirection());
        assertThat(page(get("/konto/losenord").session(here))).contains(text("account.password.changed"));
        mvc.perform(get("/").session(here)).andExpect(status().isOk());

        assertThat(page(get("/login").param("ended", ""))).contains(text("login.ended"));
        assertThat(signIn(user, NEW_PASSWORD)).isNotNull();
        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theSamePasswordAgainKeepsItsHashAndOnlyEndsTheOtherSessions() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        String hash = hash(user);
        MockHttpSession here = signIn(user, ApiClient.DEMO_PASSWORD);
        MockHttpSession elsewhere = signIn(user, ApiClient.DEMO_PASSWORD);
        mvc.perform(post("/konto/losenord").session(here).with(csrf())
                        .param("currentPassword", ApiClient.DEMO_PASSWORD).param("newPassword", ApiClient.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/konto/losenord"));
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        assertThat(hash(user)).isEqualTo(hash);
    }

    @Test
    void theChangePageNamesTheFieldThatIsWrongAndNeverShowsAPasswordAgain() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        MockHttpSession session = signIn(user, ApiClient.DEMO_PASSWORD);
        String wrongCurrent = page(post("/konto/losenord").session(session).with(csrf())
                .param("currentPassword", "inte-mitt-losenord").param("newPassword", NEW_PASSWORD));
        assertThat(wrongCurrent).contains(text("user.password.current.wrong")).doesNotContain(NEW_PASSWORD)
                .doesNotContain("inte-mitt-losenord");
        String common = page(post("/konto/losenord").session(session).with(csrf())
                .param("currentPassword", ApiClient.DEMO_PASSWORD).param("newPassword", "1qaz2wsx3edc"));
        assertThat(common).contains(text("user.password.common")).doesNotContain("1qaz2wsx3edc")
                .doesNotContain(ApiClient.DEMO_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void anAdminEndsAllSessionsOfAUser() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        MockHttpSession first = signIn(user, ApiClient.DEMO_PASSWORD);
        MockHttpSession second = signIn(user, ApiClient.DEMO_PASSWORD);

        mvc.perform(post("/api/v1/users/" + id(user) + "/sessions/end").with(httpBasic(DemoUsers.ADMIN, ApiClient.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isNoContent());

        mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/").session(signIn(user, ApiClient.DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anAdminResetsAPasswordAndTheUsersSessionsEnd() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        MockHttpSession session = signIn(user, ApiClient.DEMO_PASSWORD);

        mvc.perform(post("/api/v1/users/" + id(user) + "/password").with(httpBasic(DemoUsers.ADMIN, ApiClient.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("newPassword", NEW_PASSWORD))))
                .andExpect(status().isNoContent());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/api/v1/me").with(httpBasic(user, NEW_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user, ApiClient.DEMO_PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdminsOfTheUsersOrganisationAndPlatformAdminsResetPasswordsAndEndSessions() throws Exception {
        String alvstad = createAccount(DemoUsers.COORDINATOR);
        String bergsjo = createAccount(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR);
        Map<String, Integer> expected = Map.of(DemoUsers.ADMIN + " " + alvstad, 204, DemoUsers.PLATFORM_ADMIN + " " + alvstad, 204,
                DemoUsers.PLATFORM_ADMIN + " " + bergsjo, 204, DemoUsers.ADMIN + " " + bergsjo, 403,
                DemoUsers.COORDINATOR + " " + alvstad, 403, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR + " " + bergsjo, 403,
                DemoUsers.PARTICIPANT + " " + alvstad, 403);
        for (Map.Entry<String, Integer> cell : expected.entrySet()) {
            String caller = cell.getKey().split(" ")[0];
            String target = cell.getKey().split(" ")[1];
            int ended = mvc.perform(post("/api/v1/users/" + id(target) + "/sessions/end")
                    .with(httpBasic(caller, ApiClient.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus();
            int reset = mvc.perform(post("/api/v1/users/" + id(target) + "/password")
                    .with(httpBasic(caller, ApiClient.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                    .content(json(Map.of("newPassword", ApiClient.DEMO_PASSWORD)))).andReturn().getResponse().getStatus();
            assertThat(ended).as("%s ends the sessions of %s", caller, target).isEqualTo(cell.getValue());
            assertThat(reset).as("%s resets the password of %s", caller, target).isEqualTo(cell.getValue());
        }
        mvc.perform(post("/api/v1/users/" + UUID.randomUUID() + "/sessions/end")
                .with(httpBasic(DemoUsers.PLATFORM_ADMIN, ApiClient.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
    }

    @Test
    void anAdminChangesTheirOwnPasswordWithTheCurrentOneNotByResetting() throws Exception {
        String admin = createAccount(DemoUsers.ADMIN, "ADMIN");
        MvcResult reset = mvc.perform(post("/api/v1/users/" + id(admin) + "/password").with(httpBasic(admin, ApiClient.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("newPassword", NEW_PASSWORD))))
                .andExpect(status().isConflict()).andReturn();
        assertThat(body(reset).path("detail").asString()).isEqualTo(text("user.password.resetOwn"));
        mvc.perform(get("/api/v1/me").with(httpBasic(admin, ApiClient.DEMO_PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theOwnPasswordIsChangedThroughTheApiWithTheCurrentOne() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        MvcResult wrong = changeOwn(user, ApiClient.DEMO_PASSWORD, "inte-mitt-losenord", NEW_PASSWORD, "10.88.0.1");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(fieldError(wrong, "currentPassword")).isEqualTo(text("user.password.current.wrong"));
        MvcResult weak = changeOwn(user, ApiClient.DEMO_PASSWORD, ApiClient.DEMO_PASSWORD, user + "-2026", "10.88.0.1");
        assertThat(fieldError(weak, "newPassword")).isEqualTo(text("user.password.username"));
        MvcResult missing = changeOwn(user, ApiClient.DEMO_PASSWORD, "", "", "10.88.0.1");
        assertThat(fieldError(missing, "currentPassword")).isEqualTo(text("user.password.current.required"));
        assertThat(fieldError(missing, "newPassword")).isEqualTo(text("user.password.new.required"));

        assertThat(changeOwn(user, ApiClient.DEMO_PASSWORD, ApiClient.DEMO_PASSWORD, NEW_PASSWORD, "10.88.0.1")
                .getResponse().getStatus()).isEqualTo(204);
        mvc.perform(get("/api/v1/me").with(httpBasic(user, NEW_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user, ApiClient.DEMO_PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeALogin() throws Exception {
        String user = createAccount(DemoUsers.COORDINATOR);
        for (int i = 0; i < 5; i++) {
            assertThat(changeOwn(user, ApiClient.DEMO_PASSWORD, "gissning-" + i, NEW_PASSWORD, "10.88.0.2")
                    .getResponse().getStatus()).isEqualTo(400);
        }
        MvcResult refused = changeOwn(user, ApiClient.DEMO_PASSWORD, ApiClient.DEMO_PASSWORD, NEW_PASSWORD, "10.88.0.2");
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(refused).path("detail").asString()).contains("Vänta 1 minut");
        assertThat(changeOwn(user, ApiClient.DEMO_PASSWORD, ApiClient.DEMO_PASSWORD, NEW_PASSWORD, "10.88.0.3")
                .getResponse().getStatus()).as("from another address").isEqualTo(204);
    }

    @Test
    void eachRuleOfThePasswordPolicyHasItsOwnSwedishMessage() throws Exception {
        String username = "policy." + System.nanoTime();
        Map<String, String> refused = Map.of(
                "elva tecken", "user.password.length",
                "🔑🔑🔑🔑 nyckel", "user.password.length",
                "x".repeat(128) + "y".repeat(129), "user.password.tooLong",
                "mitt " + username + " lösen", "user.password.username",
                "POLICY-mitt-hemliga-ord", "user.password.username",
                "1qaz2wsx3edc", "user.password.common",
                "Sommar2026!!!", "user.password.common",
                "abababababab", "user.password.common");
        for (Map.Entry<String, String> rule : refused.entrySet()) {
            MvcResult result = createUser(username, rule.getKey());
            assertThat(result.getResponse().getStatus()).as(rule.getValue()).isEqualTo(400);
            assertThat(fieldError(result, "password")).as(rule.getValue()).isEqualTo(text(rule.getValue()));
        }
        assertThat(text("user.password.length")).isEqualTo("Lösenordet ska vara minst 12 tecken");
        assertThat(createUser(username, "🔑🔑🔑🔑🔑 nyckel").getResponse().getStatus())
                .as("12 characters of which 6 emoji, all lower case, no digits").isEqualTo(201);
        assertThat(createUser("prov." + System.nanoTime(), ApiClient.DEMO_PASSWORD).getResponse().getStatus())
                .as("the published demo password, in the demo").isEqualTo(201);
    }

    private MvcResult createUser(String username, String password) throws Exception {
        String organisation = jdbc.sql("SELECT organisation_id FROM user_account WHERE username = :u")
                .param("u", DemoUsers.COORDINATOR).query(String.class).single();
        return mvc.perform(post("/api/v1/users").with(httpBasic(DemoUsers.ADMIN, ApiClient.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("organisationId", organisation,
                        "username", username, "displayName", "Policy Testsson", "role", "TEACHER", "password", password))))
                .andReturn();
    }

    private MvcResult changeOwn(String user, String loginPassword, String current, String next, String address)
            throws Exception {
        return mvc.perform(post("/api/v1/me/password").with(httpBasic(user, loginPassword))
                .with(LoginAndSecurityTests.from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("currentPassword", current, "newPassword", next)))).andReturn();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername(username))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("sv"));
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static JsonNode body(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String fieldError(MvcResult result, String field) throws Exception {
        for (JsonNode error : body(result).path("errors")) {
            if (field.equals(error.path("field").asString())) {
                return error.path("message").asString();
            }
        }
        return null;
    }

    private String hash(String username) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE username = :u").param("u", username)
                .query(String.class).single();
    }

    private UUID id(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(UUID.class).single();
    }

    /** A coordinator (or the given role) in the organisation of the given demo user, with the demo password. */
    private String createAccount(String colleagueOf) {
        return createAccount(colleagueOf, "COORDINATOR");
    }

    private String createAccount(String colleagueOf, String role) {
        String username = "pass" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO user_account (id, organisation_id, username, display_name, password_hash, role)
                SELECT gen_random_uuid(), organisation_id, :username, 'Test Testsson', :hash, :role
                  FROM user_account WHERE username = :colleague
                """).params(Map.of("username", username, "hash", passwordEncoder.encode(ApiClient.DEMO_PASSWORD),
                "role", role, "colleague", colleagueOf)).update();
        return username;
    }
}
