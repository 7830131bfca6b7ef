package dev.meridian.commerce.returns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import dev.meridian.InvalidValueException;

/**
 * A return's life cycle: requested, then approved or rejected; the parcel in transit and
 * received; refunded once (only through the refund, never set by hand).
 */
public enum ReturnStatus {

	REQUESTED, APPROVED, IN_TRANSIT, RECEIVED, REFUNDED, REJECTED;

	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether a person may move a return from this status to {@code next}. */
	public boolean canMoveTo(ReturnStatus next) {
		Set<ReturnStatus> allowed = switch (this) {
			case REQUESTED -> Set.of(APPROVED, REJECTED);
			case APPROVED -> Set.of(IN_TRANSIT, RECEIVED, REJECTED);
			case IN_TRANSIT -> Set.of(RECEIVED, REJECTED);
			case RECEIVED -> Set.of(REJECTED);
			case REFUNDED, REJECTED -> Set.of();
		};
		return allowed.contains(next);
	}

	/**
	 * Whether the return may be refunded now: approved and not yet refunded or rejected.
	 */
	public boolean refundable() {
		return this == APPROVED || this == IN_TRANSIT || this == RECEIVED;
	}

	/**
	 * Whether the return's items count as returned (a rejected return gives them back).
	 */
	public boolean holdsItems() {
		return this != REJECTED;
	}

	public static ReturnStatus parse(String field, String value) {
		return Arrays.stream(values())
			.filter(status -> status.value().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException(field,
					"'" + value + "' is not one of " + Arrays.stream(values()).map(ReturnStatus::value).toList()));
	}

}
