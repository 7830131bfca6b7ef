package dev.meridian.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.meridian.InvalidValueException;

/**
 * Why a customer gave a low rating, as offered to choose from on the survey page (in
 * their language, from the feedback bundle).
 */
public enum LowRatingReason {

	NOT_SOLVED, TOO_SLOW, UNFRIENDLY, LANGUAGE, PRODUCT, OTHER;

	/** As posted and stored: {@code not_solved}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws InvalidValueException (field {@code reason}) for a reason not offered
	 */
	public static LowRatingReason parse(String reason) {
		String key = reason.strip().toLowerCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values())
			.filter(value -> value.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new InvalidValueException("reason", "'" + reason + "' is not one of "
					+ String.join(", ", Arrays.stream(values()).map(LowRatingReason::key).toList())));
	}

	public static List<LowRatingReason> offered() {
		return List.of(values());
	}

}
