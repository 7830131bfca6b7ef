package dev.meridian.knowledge;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * The help center worded a mail about no ticket (the link that confirms a privacy
 * request) in the reader's language; the email channel sends it as it is, from the
 * mailbox of {@code market}.
 *
 * @param key unique per mail, the local part of its Message-ID: a redelivered event
 * queues nothing twice
 * @param recipient the address to confirm
 * @param market the market the help center was read in, whose mailbox sends it
 */
public record HelpCenterMailRequested(String key, String recipient, String subject, String body, LanguageTag language,
		@Nullable String market) {
}
