package se.kompetenskedjan.notifications.internal;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends through the mail server of spring.mail.host (Spring Boot then provides the sender); not ready without. */
@Component
@ConditionalOnProperty(name = "kk.mail.transport", havingValue = "smtp", matchIfMissing = true)
class SmtpTransport implements MailTransport {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    SmtpTransport(ObjectProvider<JavaMailSender> sender,
            @Value("${kk.mail.from:${kk.invitations.mail-from:kompetenskedjan@localhost}}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public boolean ready() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void deliver(UUID messageId, UUID organisationId, String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.getObject().send(message);
    }
}
