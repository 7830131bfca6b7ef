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

	/**
	 * Etc/GMT+5 and friends are fixed offsets in disguise: no daylight saving, no place.
	 */
	private static boolean isRegion(String id) {
		return "UTC".equals(id) || "Etc/UTC".equals(id)
				|| (REGION_IDS.contains(id) && !id.startsWith("Etc/") && !id.startsWith("SystemV/"));
	}

	public static ZoneId parse(String field, String id) {
		if (id == null || !isRegion(id.strip())) {
			throw new InvalidValueException(field, "'" + id + "' is not an IANA time zone id (e.g. Europe/Berlin)");
		}
		return ZoneId.of(id.strip());
	}

}
