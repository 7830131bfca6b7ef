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
	 */
	record Start(@Nullable String locale, @Nullable String name, @Nullable String email, @Nullable String page,
			@Nullable Identity identity) {
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

}
