package dev.meridian.channels.chat.settings;

import dev.meridian.EmailAddresses;
import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The pre-chat form of a market's widget: which of name, email address and order number
 * it asks for before the first message, and which of them the visitor must give.
 */
public record PreChatForm(FieldMode name, FieldMode email, FieldMode order) {

	public static final PreChatForm NONE = new PreChatForm(FieldMode.OFF, FieldMode.OFF, FieldMode.OFF);

	/** The longest order number taken (an order tag has at most 64 characters). */
	static final int MAX_ORDER_CHARS = 58;

	public boolean isShown() {
		return this.name != FieldMode.OFF || this.email != FieldMode.OFF || this.order != FieldMode.OFF;
	}

	/**
	 * Checks a visitor's answers: required fields given, an address that reads as one, an
	 * order number of sensible length. Fields the form does not ask for are not checked
	 * here (an API client may still send a name).
	 * @throws InvalidValueException naming the field at fault
	 */
	public void check(@Nullable String name, @Nullable String email, @Nullable String orderNumber) {
		require("name", this.name, name);
		require("email", this.email, email);
		require("orderNumber", this.order, orderNumber);
		if (email != null && !email.isBlank()) {
			EmailAddresses.normalize("email", email);
		}
		if (orderNumber != null && orderNumber.strip().length() > MAX_ORDER_CHARS) {
			throw new InvalidValueException("orderNumber",
					"An order number has at most " + MAX_ORDER_CHARS + " characters");
		}
	}

	private static void require(String field, FieldMode mode, @Nullable String value) {
		if (mode == FieldMode.REQUIRED && (value == null || value.isBlank())) {
			throw new InvalidValueException(field, "The pre-chat form asks for this");
		}
	}

}
