package dev.meridian.channels.email.mailbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One mailbox as configured.
 *
 * @param id its id
 * @param name a name for admins
 * @param address the address customers write to, and the From of replies
 * @param displayName the name shown with the address in replies
 * @param team the team its tickets go to
 * @param market the market its customers belong to
 * @param imap where mail is fetched, or null for a send-only mailbox
 * @param smtp where mail is sent, or null for a receive-only mailbox
 * @param username the login for both
 * @param auth password or an OAuth2 access token (XOAUTH2)
 * @param secret the password or token; never shown
 * @param pollSeconds how often IMAP is polled when IDLE is not available
 * @param enabled whether it is polled and sent through
 * @param uidValidity the IMAP folder's UIDVALIDITY when last polled
 * @param lastUid the highest UID stored
 * @param lastPollAt when it was last polled successfully
 * @param lastError the last polling error, if the last poll failed
 */
public record MailboxSettings(UUID id, String name, String address, @Nullable String displayName, @Nullable UUID team,
		@Nullable String market, @Nullable Server imap, @Nullable Server smtp, @Nullable String username, Auth auth,
		@Nullable String secret, int pollSeconds, boolean enabled, @Nullable Long uidValidity, long lastUid,
		@Nullable Instant lastPollAt, @Nullable String lastError) {

	/**
	 * A server to connect to.
	 *
	 * @param host its host
	 * @param port its port
	 * @param security SSL (implicit TLS), STARTTLS or NONE (tests only)
	 * @param folder for IMAP, the folder to read
	 * @param doneFolder for IMAP, where stored mail is moved (null: marked seen and
	 * deleted)
	 */
	public record Server(String host, int port, Security security, @Nullable String folder,
			@Nullable String doneFolder) {
	}

	/** How a connection is secured. */
	public enum Security {

		SSL, STARTTLS, NONE

	}

	/** How to log in. */
	public enum Auth {

		PASSWORD, XOAUTH2

	}

}
