package dev.meridian.channels.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the email channel behaves.
 *
 * @param domain the domain of the Message-IDs Meridian writes
 * ({@code MERIDIAN_EMAIL_DOMAIN})
 * @param maxMessageSize the largest mail accepted whole; larger ones are quarantined
 * @param senderRateLimit the most mails one sender may send per hour before further ones
 * are held in the quarantine (stops mail loops)
 * @param pollingEnabled whether IMAP mailboxes are polled at all
 * @param pollThreads how many mailboxes are polled at once
 * @param sendInterval how often the outbox is looked at
 * @param maxAttempts how often a send is tried before it is given up
 * @param retryDelay the wait after the first failed send; doubled after each further one
 * @param notifications whether customers get acknowledgement and solved notifications
 * @param idle whether mailboxes whose server supports IMAP IDLE are watched with it (new
 * mail is fetched at once), besides the scheduled polling
 * @param promiseWait how long a new ticket's acknowledgement waits for the reply time to
 * promise (routing and the SLA decide it right after the ticket is stored); after that it
 * goes without a time
 * @param sendLease how long a claimed outgoing mail is held by the sender that claimed
 * it: longer than any SMTP conversation can take (its timeouts are 30 s per step), so no
 * two senders ever hold the same mail; a mail whose send outcome was lost (the database
 * failed after the SMTP server accepted it) is tried again only after the lease, with the
 * same Message-ID
 */
@ConfigurationProperties("meridian.email")
public record EmailSettings(@DefaultValue("meridian.localhost") String domain,
		@DefaultValue("25MB") DataSize maxMessageSize, @DefaultValue("30") int senderRateLimit,
		@DefaultValue("true") boolean pollingEnabled, @DefaultValue("2") int pollThreads,
		@DefaultValue("2s") Duration sendInterval, @DefaultValue("8") int maxAttempts,
		@DefaultValue("30s") Duration retryDelay, @DefaultValue("true") boolean notifications,
		@DefaultValue("true") boolean idle, @DefaultValue("10s") Duration promiseWait,
		@DefaultValue("10m") Duration sendLease, @DefaultValue( {
		}) java.util.List<String> authservIds){
}
