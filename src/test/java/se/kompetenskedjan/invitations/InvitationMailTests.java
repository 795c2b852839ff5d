package se.kompetenskedjan.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;

/**
 * With mail configured (spring.mail.host), an invitation is e-mailed to the participant's address: a real SMTP
 * server (GreenMail) in the test JVM receives it. The link is in the mail and nowhere in the log.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class InvitationMailTests {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("kk.invitations.mail-from", () -> "inbjudan@kompetenskedjan.example.se");
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theInvitationIsMailedInSwedishWithTheLinkAndTheLinkIsNotLogged(CapturedOutput output) throws Exception {
        TestUser coordinator = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY)
                .get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named("Nadia", "Postsson").create();
        String address = SignedIn.as(coordinator.username(),
                () -> context.getBean(ParticipantRegister.class).get(participant).email());

        ApiClient.Response invited = coordinator.api(port).post("/api/v1/participants/" + participant + "/invitations", null);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().path("emailed").asBoolean()).isTrue();
        assertThat(invited.json().path("account").path("invitationEmailed").asBoolean()).isTrue();
        String link = invited.json().path("link").asString();

        // The demo region, loaded as this context started, invited its own participant too: this test's mail is
        // the one to this participant's address.
        assertThat(SMTP.waitForIncomingEmail(1)).isTrue();
        java.util.List<MimeMessage> received = new java.util.ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                received.add(message);
            }
        }
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(address);
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("inbjudan@kompetenskedjan.example.se");
        assertThat(mail.getSubject()).isEqualTo("Ditt konto i Kompetenskedjan");
        String body = (String) mail.getContent();
        assertThat(body).contains("Hej Nadia!").contains(link).contains("Fråga din koordinator")
                .doesNotContain("Postsson");

        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(output.getAll()).doesNotContain(token);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
