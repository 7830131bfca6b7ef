package dev.meridian.channels.email.web;

import java.util.UUID;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import dev.meridian.channels.email.mailbox.MailboxSettings;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox as admins send it.
 */
record MailboxRequest(@Nullable String name, @Nullable String address, @Nullable String displayName,
		@Nullable UUID team, @Nullable String market, @Nullable Server imap, @Nullable Server smtp,
		@Nullable String username, @Nullable String auth, @Nullable String secret, @Nullable Integer pollSeconds,
		@Nullable Boolean enabled) {

	record Server(@Nullable String host, @Nullable Integer port, @Nullable String security, @Nullable String folder,
			@Nullable String doneFolder) {

		MailboxSettings.Server toServer(String field, boolean imap) {
			if (this.host == null || this.host.isBlank()) {
				throw new InvalidValueException(field + ".host", "A server needs a host");
			}
			MailboxSettings.Security security = this.security == null ? MailboxSettings.Security.SSL
					: EnumValues.parse(field + ".security", this.security, MailboxSettings.Security.class);
			int defaultPort = imap ? (security == MailboxSettings.Security.SSL ? 993 : 143)
					: (security == MailboxSettings.Security.SSL ? 465 : 587);
			int port = this.port == null ? defaultPort : this.port;
			if (port < 1 || port > 65535) {
				throw new InvalidValueException(field + ".port", "A port is between 1 and 65535");
			}
			return new MailboxSettings.Server(this.host.strip(), port, security, imap ? this.folder : null,
					imap ? this.doneFolder : null);
		}

	}

	MailboxSettings toSettings(UUID id, @Nullable MailboxSettings previous) {
		if (this.name == null || this.name.isBlank() || this.name.length() > 200) {
			throw new InvalidValueException("name", "A mailbox needs a name of at most 200 characters");
		}
		String checkedAddress = EmailAddresses.normalize("address", this.address);
		if (this.market != null && !this.market.matches("[A-Za-z]{2}")) {
			throw new InvalidValueException("market", "A market is an ISO 3166-1 alpha-2 code");
		}
		int poll = this.pollSeconds == null ? 60 : this.pollSeconds;
		if (poll < 1 || poll > 86_400) {
			throw new InvalidValueException("pollSeconds", "Between 1 and 86400 seconds");
		}
		MailboxSettings.Auth authentication = this.auth == null ? MailboxSettings.Auth.PASSWORD
				: EnumValues.parse("auth", this.auth, MailboxSettings.Auth.class);
		MailboxSettings.Server imapServer = this.imap == null ? null : this.imap.toServer("imap", true);
		MailboxSettings.Server smtpServer = this.smtp == null ? null : this.smtp.toServer("smtp", false);
		if (this.secret == null && previous != null && previous.secret() != null
				&& (movesTo(previous.imap(), imapServer) || movesTo(previous.smtp(), smtpServer))) {
			// The stored password or token never goes to a host it was not given for: an
			// admin (or a stolen admin token) pointing the mailbox at a server of theirs
			// would otherwise receive it at the next poll.
			throw new InvalidValueException("secret",
					"The mailbox's server changed: give its password or token again for the new server");
		}
		String keptSecret = this.secret != null ? this.secret : previous == null ? null : previous.secret();
		return new MailboxSettings(id, this.name.strip(), checkedAddress, this.displayName, this.team,
				this.market == null ? null : this.market.toUpperCase(java.util.Locale.ROOT), imapServer, smtpServer,
				this.username, authentication, keptSecret, poll, this.enabled == null || this.enabled,
				previous == null ? null : previous.uidValidity(), previous == null ? 0 : previous.lastUid(), null,
				null);
	}

	private static boolean movesTo(MailboxSettings.@Nullable Server before, MailboxSettings.@Nullable Server after) {
		return after != null && (before == null || !before.host().equalsIgnoreCase(after.host()));
	}

}
