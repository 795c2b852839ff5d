package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestTokenIssuer;

/**
 * App nodes hold no state (decision 86): two instances of the application on one database, as behind a load
 * balancer without sticky sessions. A browser that signs in on one is signed in on the other, and signed out on both
 * when it signs out on either or when an admin ends its sessions; a scheduled job started on both at the same moment
 * runs on one of them only.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("KKSESSION=([^;]+)");

    /**
     * A job of this test only, locked like the application's scheduled jobs; each node counts its own runs. A run
     * holds on until the test releases it, so the other node's attempt always meets it.
     */
    static class LockedProbe {

        static volatile CountDownLatch release = new CountDownLatch(0);
        private final AtomicInteger runs = new AtomicInteger();

        @SchedulerLock(name = "test.twoNodesProbe")
        public void run() throws InterruptedException {
            runs.incrementAndGet();
            release.await(60, TimeUnit.SECONDS);
        }

        /** Through the bean (a proxy, whose own fields are empty). */
        public int runs() {
            return runs.get();
        }
    }

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        nodeA = start();
        nodeB = start();
    }

    @AfterAll
    void stopBoth() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        // As arguments, which outrank application.yml's server.port (${PORT:8080}).
        return new SpringApplicationBuilder(Application.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean(LockedProbe.class))
                .run("--server.port=0", "--spring.jmx.enabled=false",
                        "--kk.bootstrap.admin-username=" + TestTokenIssuer.BOOTSTRAP_ADMIN,
                        "--kk.bootstrap.admin-password=ett-langt-losenord-123");
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void aBrowserSignedInOnOneNodeIsSignedInOnTheOther() {
        TestUser user = aCoordinator();

        // The login form from node B, posted to node A: A finds B's session and its CSRF token in the database.
        ApiClient.Response form = ApiClient.anonymous(port(nodeB)).send("GET", "/login", null, "text/html");
        ApiClient.Response signedIn = signIn(nodeA, form, user);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("KKSESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).as("the session cookie on a real node").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
        String session = sessionCookie(signedIn);
        assertThat(session).as("a new session id at sign-in (session fixation)").isNotEqualTo(sessionCookie(form));

        ApiClient browser = ApiClient.anonymous(port(nodeB)).withHeader("Cookie", "KKSESSION=" + session);
        ApiClient.Response onB = browser.send("GET", "/", null, "text/html");
        assertThat(onB.status()).as("node B knows node A's session").isEqualTo(200);
        assertThat(onB.body()).contains(user.displayName());
        ApiClient.Response withoutCookie = ApiClient.anonymous(port(nodeB)).send("GET", "/", null, "text/html");
        assertThat(withoutCookie.status()).isEqualTo(302);
        assertThat(withoutCookie.header("Location")).endsWith("/login");

        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :user")
                .param("user", user.username()).query(Integer.class).list())
                .as("the session in PostgreSQL, with the configured timeout (KK_SESSION_TIMEOUT, 30 minutes)")
                .containsExactly((int) Duration.ofMinutes(30).toSeconds());

        // Signing out on node B ends the session on node A too.
        ApiClient.Response signedOut = browser.send("POST", "/logout", "_csrf=" + csrf(onB),
                "application/x-www-form-urlencoded");
        assertThat(signedOut.header("Location")).endsWith("/login?logout");
        ApiClient.Response onA = ApiClient.anonymous(port(nodeA)).withHeader("Cookie", "KKSESSION=" + session)
                .send("GET", "/", null, "text/html");
        assertThat(onA.status()).isEqualTo(302);
        assertThat(onA.header("Location")).endsWith("/login");
    }

    @Test
    void aScheduledJobStartedOnBothNodesAtOnceRunsOnOne() throws Exception {
        LockedProbe onA = nodeA.getBean(LockedProbe.class);
        LockedProbe onB = nodeB.getBean(LockedProbe.class);
        LockedProbe.release = new CountDownLatch(1);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> attempts = Stream.of(onA, onB).map(probe -> CompletableFuture.runAsync(() -> {
            try {
                together.await(10, TimeUnit.SECONDS);
                probe.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        try {
            // The node that finds the job locked returns at once; the one running it waits for the release.
            CompletableFuture.anyOf(attempts.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        } catch (TimeoutException bothRunning) {
            // Without the lock both run, and the count below says so.
        }
        LockedProbe.release.countDown();
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(onA.runs() + onB.runs()).as("runs on node A and node B together").isEqualTo(1);
        assertThat(nodeA.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM shedlock WHERE name = 'test.twoNodesProbe'")
                .query(Integer.class).single()).as("the job's lock row in PostgreSQL").isEqualTo(1);

        // Once the run has finished, the job runs again wherever it is started: a lock, not a ban.
        onB.run();
        assertThat(onA.runs() + onB.runs()).isEqualTo(2);
    }

    @Test
    void sessionsEndedThroughOneNodeAreEndedOnTheOther() {
        // Signed in on node B, ended through node A. With a moved clock (kk.clock.start, as CI runs this pass) each node
        // starts its clock at that instant when it starts, so node A, started first, is a few seconds ahead of node B:
        // ending through B would date the ending before a sign-in on A. Real nodes share the wall clock.
        TestUser user = aCoordinator();
        ApiClient.Response form = ApiClient.anonymous(port(nodeB)).send("GET", "/login", null, "text/html");
        ApiClient onB = ApiClient.anonymous(port(nodeB))
                .withHeader("Cookie", "KKSESSION=" + sessionCookie(signIn(nodeB, form, user)));
        assertThat(onB.send("GET", "/", null, "text/html").status()).isEqualTo(200);

        SignedIn.as(TestTokenIssuer.BOOTSTRAP_ADMIN, () -> nodeA.getBean(IdentityDirectory.class).endSessions(user.id()));

        ApiClient.Response ended = onB.send("GET", "/", null, "text/html");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.header("Location")).endsWith("/login?ended");
    }

    private TestUser aCoordinator() {
        IdentityTestData identity = new IdentityTestData(nodeA);
        return identity.user(identity.organisation().create(), Role.COORDINATOR).create();
    }

    /** Posts the login form (fetched from any node, with its session cookie and CSRF token) to the given node. */
    private static ApiClient.Response signIn(ConfigurableApplicationContext node, ApiClient.Response form, TestUser user) {
        ApiClient.Response signedIn = ApiClient.anonymous(port(node))
                .withHeader("Cookie", "KKSESSION=" + sessionCookie(form))
                .send("POST", "/login", "username=" + user.username() + "&password="
                        + URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf(form),
                        "application/x-www-form-urlencoded");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).as("signed in").doesNotContain("/login");
        return signedIn;
    }

    private static String csrf(ApiClient.Response page) {
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF field on the page").isTrue();
        return URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    }

    private static String sessionCookie(ApiClient.Response response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
