package dev.meridian.commerce;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;

/**
 * Where a shipment is, in the vocabulary tracking aggregators share (AfterShip's tags):
 * written in JSON in snake case ({@code out_for_delivery}).
 */
public enum ShipmentStatus {

	/** The carrier has the label's data but not yet the parcel. */
	INFO_RECEIVED,
	/** On its way. */
	IN_TRANSIT,
	/** With the courier for delivery today. */
	OUT_FOR_DELIVERY,
	/** The courier could not deliver; another attempt or a pickup follows. */
	FAILED_ATTEMPT,
	/** Waiting at a pickup point or post office. */
	AVAILABLE_FOR_PICKUP,
	/** Delivered. */
	DELIVERED,
	/** Held, returned, damaged, lost or otherwise stuck: the customer may have to act. */
	EXCEPTION,
	/** No news from the carrier for too long. */
	EXPIRED;

	/** The JSON value, e.g. {@code out_for_delivery}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status a JSON value names.
	 * @throws InvalidValueException naming {@code field} for an unknown value
	 */
	public static ShipmentStatus parse(String field, String value) {
		if (value != null) {
			String wanted = value.strip().toLowerCase(Locale.ROOT);
			for (ShipmentStatus status : values()) {
				if (status.value().equals(wanted)) {
					return status;
				}
			}
		}
		throw new InvalidValueException(field, "'" + value + "' is not a shipment status (one of "
				+ Arrays.stream(values()).map(ShipmentStatus::value).collect(Collectors.joining(", ")) + ")");
	}

}
