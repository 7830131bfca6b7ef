package dev.meridian.markets;

import java.time.ZoneId;
import java.util.Set;

import dev.meridian.InvalidValueException;

/**
 * Parses IANA time zone ids. Only region ids are accepted ({@code Asia/Tokyo}, or
 * {@code UTC}): fixed offsets like {@code GMT+9} would silently ignore daylight saving.
 */
public final class TimeZones {

	private static final Set<String> REGION_IDS = ZoneId.getAvailableZoneIds();

	private TimeZones() {
	}

	public static ZoneId parse(String field, String id) {
		if (id == null || !(REGION_IDS.contains(id.strip()) || "UTC".equals(id.strip()))) {
			throw new InvalidValueException(field, "'" + id + "' is not an IANA time zone id (e.g. Europe/Berlin)");
		}
		return ZoneId.of(id.strip());
	}

}
