package dev.meridian.channels.email.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

/**
 * Sends a composed mail through a mailbox's SMTP server.
 */
@Component
public class MailSender {

	/** A session for composing mail for this mailbox (and later sending it). */
	public Session session(MailboxSettings mailbox) {
		return MailSessions.smtp(mailbox);
	}

	public void send(MailboxSettings mailbox, MimeMessage message) throws MessagingException {
		MailboxSettings.Server server = mailbox.smtp();
		if (server == null) {
			throw new MessagingException("Mailbox " + mailbox.name() + " has no SMTP server");
		}
		try (Transport transport = message.getSession().getTransport(MailSessions.smtpProtocol(server))) {
			transport.connect(server.host(), server.port(), mailbox.username(), mailbox.secret());
			transport.sendMessage(message, message.getAllRecipients());
		}
	}

}
