package dev.meridian.channels.chat.web;

import dev.meridian.channels.chat.SignedIdentity;
import org.jspecify.annotations.Nullable;

/**
 * The bodies visitors' browsers send.
 */
final class ChatRequests {

	private ChatRequests() {
	}

	/**
	 * Opening a conversation.
	 *
	 * @param locale the language the visitor chose or their browser prefers (BCP 47)
	 * @param identity the shop's signature of its customer's address
	 * @param market the market whose widget the visitor uses (the script tag's
	 * {@code data-market})
	 * @param zone the visitor's IANA zone, as their browser names it
	 * @param orderNumber the order the pre-chat form asked about
	 */
	record Start(@Nullable String locale, @Nullable String name, @Nullable String email, @Nullable String page,
			@Nullable Identity identity, @Nullable String market, @Nullable String zone, @Nullable String orderNumber) {
	}

	/** An address to continue the conversation at. */
	record Email(@Nullable String email) {
	}

	/**
	 * The customer a shop vouches for.
	 *
	 * @param signature hex HMAC-SHA256 of {@code email} under the shop's chat secret
	 */
	record Identity(@Nullable String email, @Nullable String signature) {

		SignedIdentity signed() {
			if (this.email == null || this.email.isBlank() || this.signature == null || this.signature.isBlank()) {
				throw new dev.meridian.InvalidValueException("identity",
						"A signed identity needs both email and signature");
			}
			return new SignedIdentity(dev.meridian.EmailAddresses.normalize("identity.email", this.email),
					this.signature);
		}

	}

	/** A visitor's message, and the page they are on now. */
	record NewMessage(@Nullable String text, @Nullable String page) {
	}

	/** A visitor's rating of one of the bot's answers. */
	record Feedback(@Nullable Boolean helpful) {
	}

}
