package se.kompetenskedjan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.notifications.Notifications;
import se.kompetenskedjan.notifications.OutboxMessageView;
import se.kompetenskedjan.notifications.OutboxStatus;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

/**
 * The outbox against a real SMTP server in the test JVM (GreenMail): a task opened for a colleague is mailed once,
 * without its text; a mail server that is away makes the attempts grow with longer and longer pauses until the
 * message is dead, visible to its organisation's admins, who try it again once the server is back; a pending row
 * written before this application started (another node, a restart) is sent; a row another node holds is skipped.
 * The scheduled run is off in tests (kk.mail.dispatch-cron=-): each test runs the dispatcher with its own "now".
 */
@ApiTest
class OutboxMailTests {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("kk.mail.transport", () -> "smtp");
        registry.add("kk.mail.from", () -> "utskick@kompetenskedjan.example.se");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Notifications notifications;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventPublicationRegistry publications;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    @Test
    void aTaskOpenedForAColleagueIsMailedOnceWithTheDateAndLinkButNotItsText() throws Exception {
        TestStaff municipality = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser colleague = new IdentityTestData(context).user(municipality.organisation(), Role.COORDINATOR)
                .create();
        LocalDate due = SwedishTime.today(clock).plusDays(5);
        TaskView own = SignedIn.as(coordinator.username(), () -> tasks.open(new TaskCommand("Min egen",
                null, coordinator.id(), due, null)));
        TaskView task = SignedIn.as(coordinator.username(), () -> tasks.open(new TaskCommand(
                "Ring Amina om barnomsorgen", "Hemligt", colleague.id(), due, null)));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> publications.findIncompletePublications().isEmpty() && row("task-opened:" + task.id()) != null);
        assertThat(row("task-opened:" + own.id())).as("no mail about one's own task").isNull();

        dispatcher.dispatch(clock.instant());
        dispatcher.dispatch(clock.instant());

        List<MimeMessage> received = receivedBy(colleague.username() + "@example.se");
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Ny uppgift i Kompetenskedjan");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("utskick@kompetenskedjan.example.se");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv")).format(due);
        assertThat(body).contains("Du har en ny uppgift i Kompetenskedjan, förfaller " + date + ".")
                .contains("/uppgifter/" + task.id()).doesNotContain("Amina").doesNotContain("Hemligt");
        assertThat(row("task-opened:" + task.id()).status()).isEqualTo("SENT");
        assertThat(row("task-opened:" + task.id()).attempts()).isEqualTo(1);
    }

    @Test
    void whileTheServerIsAwayAttemptsBackOffUntilDeadAndAnAdminsRetrySendsItOnceItIsBack() throws Exception {
        TestStaff municipality = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff other = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser recipient = municipality.get(Role.COORDINATOR);
        UUID id = new TransactionTemplate(transactionManager).execute(s -> notifications.enqueue(recipient.id(),
                "Prov", "Ett prov av utskicken.", null)).orElseThrow();
        List<Long> pausesInMinutes = List.of(1L, 5L, 25L, 125L, 360L);

        // Rounded up to the millisecond: rounded down, it could fall before the enqueued row's first attempt time
        // (the same millisecond), and the first dispatch would find nothing due.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        SMTP.stop();
        try {
            for (int attempt = 1; attempt <= 6; attempt++) {
                dispatcher.dispatch(now);
                Row row = row(id);
                assertThat(row.attempts()).isEqualTo(attempt);
                assertThat(row.lastError()).isEqualTo("MailSendException");
                if (attempt == 6) {
                    assertThat(row.status()).as("dead after the sixth attempt").isEqualTo("DEAD");
                    break;
                }
                assertThat(row.status()).isEqualTo("PENDING");
                Instant next = now.plus(Duration.ofMinutes(pausesInMinutes.get(attempt - 1)));
                assertThat(row.nextAttemptAt()).isEqualTo(next);
                dispatcher.dispatch(next.minusSeconds(1));
                assertThat(row(id).attempts()).as("not due before its pause is over").isEqualTo(attempt);
                now = next;
            }
        } finally {
            SMTP.start();
        }
        dispatcher.dispatch(now.plus(Duration.ofDays(1)));
        assertThat(row(id).status()).as("a dead message stays dead").isEqualTo("DEAD");

        TestUser admin = municipality.get(Role.ADMIN);
        assertThat(SignedIn.as(admin.username(), () -> notifications.outbox(OutboxStatus.DEAD, 0, 100)).items())
                .filteredOn(m -> m.id().equals(id)).singleElement().satisfies(m -> {
                    assertThat(m.recipient()).isEqualTo(recipient.displayName());
                    assertThat(m.lastError()).isEqualTo("MailSendException");
                    assertThat(m.attempts()).isEqualTo(6);
                });
        assertThat(SignedIn.as(other.get(Role.ADMIN).username(),
                () -> notifications.outbox(OutboxStatus.DEAD, 0, 100)).items()).extracting(OutboxMessageView::id)
                .as("another organisation's admin").doesNotContain(id);
        assertThatThrownBy(() -> SignedIn.as(recipient.username(),
                () -> notifications.outbox(OutboxStatus.DEAD, 0, 100))).isInstanceOf(AccessDeniedException.class);

        OutboxMessageView retried = SignedIn.as(admin.username(), () -> notifications.retry(id));
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        dispatcher.dispatch(clock.instant());

        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(receivedBy(recipient.username() + "@example.se")).extracting(MimeMessage::getSubject)
                .containsExactly("Prov");
    }

    @Test
    void aPendingRowWrittenBeforeThisApplicationStartedIsSentAndOneAnotherNodeHoldsIsSkipped() throws Exception {
        String address = "tidigare.nod." + UUID.randomUUID() + "@example.se";
        UUID earlier = UUID.randomUUID();
        Instant anHourAgo = clock.instant().minus(Duration.ofHours(1));
        jdbc.sql("""
                INSERT INTO outbox_message (id, recipient_address, subject, body, status, attempts, next_attempt_at,
                                            created_at)
                VALUES (:id, :address, 'Från förra körningen', 'Skriven före omstarten.', 'PENDING', 2, :at, :at)""")
                .param("id", earlier).param("address", address).param("at", Timestamp.from(anHourAgo)).update();

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            jdbc.sql("SELECT id FROM outbox_message WHERE id = :id FOR UPDATE").param("id", earlier)
                    .query(UUID.class).single();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherNode.start();
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            dispatcher.dispatch(clock.instant());
            assertThat(row(earlier).status()).as("held by the other node").isEqualTo("PENDING");
            assertThat(row(earlier).attempts()).isEqualTo(2);
        } finally {
            release.countDown();
            otherNode.join(30_000);
        }

        dispatcher.dispatch(clock.instant());

        assertThat(row(earlier).status()).isEqualTo("SENT");
        assertThat(row(earlier).attempts()).isEqualTo(3);
        assertThat(receivedBy(address)).extracting(MimeMessage::getSubject).containsExactly("Från förra körningen");
    }

    record Row(String status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    private Row row(UUID id) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM outbox_message WHERE id = :id")
                .param("id", id).query((rs, n) -> new Row(rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error")))
                .optional().orElse(null);
    }

    private Row row(String cause) {
        return jdbc.sql("SELECT id FROM outbox_message WHERE cause = :cause").param("cause", cause).query(UUID.class)
                .optional().map(this::row).orElse(null);
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
