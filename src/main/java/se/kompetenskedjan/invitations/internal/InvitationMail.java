package se.kompetenskedjan.invitations.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.SwedishTime;

/**
 * E-mails an invitation when mail is configured (spring.mail.host: Spring Boot then provides the sender) and the
 * participant has an address. Plain Swedish text with the first name only; the link is never logged.
 */
@Component
class InvitationMail {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationMail.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    InvitationMail(ObjectProvider<JavaMailSender> sender,
            @Value("${kk.invitations.mail-from:kompetenskedjan@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether the mail was handed to the mail server; false without mail settings, address or on failure. */
    boolean send(String address, String firstName, String link, Instant expiresAt) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null || address == null || address.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address.strip());
        message.setSubject("Ditt konto i Kompetenskedjan");
        message.setText(text(firstName, link, expiresAt));
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            // Neither the address nor the link in the log: only that it failed and why.
            LOG.warn("An invitation could not be e-mailed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    static String text(String firstName, String link, Instant expiresAt) {
        String until = DATE.format(expiresAt.atZone(SwedishTime.SWEDEN));
        return """
                Hej %s!

                Du kan nu logga in i Kompetenskedjan. Där ser du din plan och vad du ska göra härnäst.

                Öppna länken och välj ett lösenord:
                %s

                Länken fungerar en gång och gäller till och med %s.
                Har du frågor? Fråga din koordinator.

                Hälsningar
                Kompetenskedjan
                """.formatted(firstName == null ? "" : firstName.strip(), link, until);
    }
}
