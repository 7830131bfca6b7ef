package dev.meridian.channels.email.mailbox;

import java.util.Properties;

import jakarta.mail.Session;

/**
 * Jakarta Mail sessions for a mailbox's servers: implicit TLS or STARTTLS (required, not
 * opportunistic), password or XOAUTH2 (the access token is sent as the password), and
 * timeouts so a stalled server never holds a poller or sender forever.
 */
final class MailSessions {

	static final int TIMEOUT_MILLIS = 30_000;

	private MailSessions() {
	}

	static String imapProtocol(MailboxSettings.Server server) {
		return server.security() == MailboxSettings.Security.SSL ? "imaps" : "imap";
	}

	static String smtpProtocol(MailboxSettings.Server server) {
		return server.security() == MailboxSettings.Security.SSL ? "smtps" : "smtp";
	}

	static Session imap(MailboxSettings mailbox) {
		MailboxSettings.Server server = mailbox.imap();
		String protocol = imapProtocol(server);
		Properties properties = common(protocol, server, mailbox);
		properties.setProperty("mail." + protocol + ".peek", "true");
		properties.setProperty("mail." + protocol + ".partialfetch", "false");
		properties.setProperty("mail." + protocol + ".fetchsize", "1048576");
		return Session.getInstance(properties);
	}

	static Session smtp(MailboxSettings mailbox) {
		MailboxSettings.Server server = mailbox.smtp();
		String protocol = smtpProtocol(server);
		Properties properties = common(protocol, server, mailbox);
		properties.setProperty("mail." + protocol + ".auth", Boolean.toString(mailbox.username() != null));
		properties.setProperty("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
		return Session.getInstance(properties);
	}

	private static Properties common(String protocol, MailboxSettings.Server server, MailboxSettings mailbox) {
		Properties properties = new Properties();
		properties.setProperty("mail." + protocol + ".host", server.host());
		properties.setProperty("mail." + protocol + ".port", Integer.toString(server.port()));
		properties.setProperty("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
		properties.setProperty("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
		if (server.security() == MailboxSettings.Security.STARTTLS) {
			properties.setProperty("mail." + protocol + ".starttls.enable", "true");
			properties.setProperty("mail." + protocol + ".starttls.required", "true");
		}
		if (server.security() != MailboxSettings.Security.NONE) {
			properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
		}
		if (mailbox.auth() == MailboxSettings.Auth.XOAUTH2) {
			properties.setProperty("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
			properties.setProperty("mail." + protocol + ".auth.login.disable", "true");
			properties.setProperty("mail." + protocol + ".auth.plain.disable", "true");
		}
		return properties;
	}

}
