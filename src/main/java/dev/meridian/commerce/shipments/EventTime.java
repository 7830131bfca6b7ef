package dev.meridian.commerce.shipments;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * When a tracking event happened, as an instant, and the zone of the place where it
 * happened when the carrier told it, so the local time there can be shown.
 *
 * @param at the instant
 * @param zone an IANA zone or a fixed offset, if known
 */
public record EventTime(Instant at, @Nullable ZoneId zone) {

	/** The local time where it happened, if the zone is known. */
	public Optional<ZonedDateTime> localTime() {
		return Optional.ofNullable(this.zone).map(this.at::atZone);
	}

	/**
	 * Reads {@code 2026-12-05T23:10:00+09:00[Asia/Tokyo]} (zone), {@code
	 * 2026-12-05T23:10:00+09:00} (offset) or {@code 2026-12-05T14:10:00Z} (an instant
	 * whose place is not known); a separate {@code zone} (an IANA id or an offset) wins.
	 * @throws InvalidValueException naming the field that cannot be read
	 */
	public static EventTime parse(String field, @Nullable String text, String zoneField, @Nullable String zoneText) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException(field, "When it happened is required (ISO 8601 with an offset)");
		}
		ZoneId zone = null;
		if (zoneText != null && !zoneText.isBlank()) {
			try {
				zone = ZoneId.of(zoneText.strip());
			}
			catch (DateTimeException ex) {
				throw new InvalidValueException(zoneField, "'" + zoneText + "' is not an IANA time zone or offset");
			}
		}
		String value = text.strip();
		try {
			if (value.endsWith("]")) {
				ZonedDateTime zoned = ZonedDateTime.parse(value, DateTimeFormatter.ISO_ZONED_DATE_TIME);
				return new EventTime(zoned.toInstant(), zone != null ? zone : zoned.getZone());
			}
			if (value.endsWith("Z") || value.endsWith("z")) {
				return new EventTime(Instant.parse(value.toUpperCase(java.util.Locale.ROOT)), zone);
			}
			OffsetDateTime offset = OffsetDateTime.parse(value);
			return new EventTime(offset.toInstant(), zone != null ? zone : offset.getOffset());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(field,
					"'" + text + "' is not an ISO 8601 date and time with an offset, e.g. 2026-12-05T23:10:00+09:00");
		}
	}

}
