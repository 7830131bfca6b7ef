package dev.meridian;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a list ordered by a time and an id (keyset pagination), handed to API
 * clients as an opaque cursor. The thousandth page costs what the first does.
 */
public record Keyset(Instant at, UUID id) {

	public String encode() {
		String raw = this.at + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	public static Keyset decode(String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			int bar = raw.indexOf('|');
			return new Keyset(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
		}
		catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException ex) {
			throw new InvalidValueException("cursor", "The cursor is not one this server handed out");
		}
	}

}
