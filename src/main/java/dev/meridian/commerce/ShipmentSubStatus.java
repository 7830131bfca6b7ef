package dev.meridian.commerce;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meridian.InvalidValueException;

import static dev.meridian.commerce.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static dev.meridian.commerce.ShipmentStatus.DELIVERED;
import static dev.meridian.commerce.ShipmentStatus.EXCEPTION;
import static dev.meridian.commerce.ShipmentStatus.FAILED_ATTEMPT;
import static dev.meridian.commerce.ShipmentStatus.INFO_RECEIVED;
import static dev.meridian.commerce.ShipmentStatus.IN_TRANSIT;
import static dev.meridian.commerce.ShipmentStatus.OUT_FOR_DELIVERY;

/**
 * What exactly a status means this time, each valid under the statuses it can refine:
 * customs holds are reported by carriers both as an exception and while in transit.
 */
public enum ShipmentSubStatus {

	/** The carrier received the label's data. */
	LABEL_CREATED(INFO_RECEIVED),
	/** First scan: the carrier has the parcel. */
	ACCEPTED(IN_TRANSIT),
	/** Arrived at a hub. */
	ARRIVED_AT_FACILITY(IN_TRANSIT),
	/** Left a hub. */
	DEPARTED_FACILITY(IN_TRANSIT),
	/** Later than planned, no action needed. */
	DELAYED(IN_TRANSIT, EXCEPTION, OUT_FOR_DELIVERY),
	/** Customs hold the parcel. */
	HELD_AT_CUSTOMS(IN_TRANSIT, EXCEPTION),
	/** Customs clearance takes longer than usual. */
	CUSTOMS_DELAY(IN_TRANSIT, EXCEPTION),
	/** Import duties or taxes must be paid before delivery. */
	DUTIES_PAYABLE(IN_TRANSIT, EXCEPTION, AVAILABLE_FOR_PICKUP, FAILED_ATTEMPT),
	/** Customs need a document (invoice, ID, tax number). */
	MISSING_DOCUMENTS(IN_TRANSIT, EXCEPTION),
	/** Nobody was there to receive it. */
	RECIPIENT_UNAVAILABLE(FAILED_ATTEMPT),
	/** The address is wrong or incomplete. */
	ADDRESS_ISSUE(FAILED_ATTEMPT, EXCEPTION),
	/** Damaged on the way. */
	DAMAGED(EXCEPTION),
	/** The carrier lost it. */
	LOST(EXCEPTION),
	/** On its way back to the shop. */
	RETURNING_TO_SENDER(EXCEPTION, IN_TRANSIT),
	/** Back at the shop. */
	RETURNED_TO_SENDER(EXCEPTION, DELIVERED),
	/** At a pickup point or locker. */
	AT_PICKUP_POINT(AVAILABLE_FOR_PICKUP),
	/** Signed for by the recipient. */
	SIGNED_BY_RECIPIENT(DELIVERED),
	/** Left at the door or in a safe place. */
	LEFT_AT_DOOR(DELIVERED);

	private final Set<ShipmentStatus> refines;

	ShipmentSubStatus(ShipmentStatus first, ShipmentStatus... more) {
		this.refines = EnumSet.of(first, more);
	}

	/** The JSON value, e.g. {@code held_at_customs}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether this sub-status can say more about the status. */
	public boolean refines(ShipmentStatus status) {
		return this.refines.contains(status);
	}

	/** Customs hold the parcel or want something from the customer. */
	public boolean isCustoms() {
		return this == HELD_AT_CUSTOMS || this == CUSTOMS_DELAY || this == DUTIES_PAYABLE || this == MISSING_DOCUMENTS;
	}

	/**
	 * The sub-status a JSON value names.
	 * @throws InvalidValueException naming {@code field} for an unknown value
	 */
	public static ShipmentSubStatus parse(String field, String value) {
		if (value != null) {
			String wanted = value.strip().toLowerCase(Locale.ROOT);
			for (ShipmentSubStatus subStatus : values()) {
				if (subStatus.value().equals(wanted)) {
					return subStatus;
				}
			}
		}
		throw new InvalidValueException(field, "'" + value + "' is not a shipment sub-status (one of "
				+ Arrays.stream(values()).map(ShipmentSubStatus::value).collect(Collectors.joining(", ")) + ")");
	}

	/**
	 * The sub-status a JSON value names, checked against its status.
	 * @throws InvalidValueException naming {@code field} for an unknown value or one that
	 * does not refine the status
	 */
	public static ShipmentSubStatus parse(String field, String value, ShipmentStatus status) {
		ShipmentSubStatus subStatus = parse(field, value);
		if (!subStatus.refines(status)) {
			throw new InvalidValueException(field,
					"'" + subStatus.value() + "' does not go with the status '" + status.value() + "' (it refines "
							+ subStatus.refines.stream().map(ShipmentStatus::value).collect(Collectors.joining(", "))
							+ ")");
		}
		return subStatus;
	}

}
