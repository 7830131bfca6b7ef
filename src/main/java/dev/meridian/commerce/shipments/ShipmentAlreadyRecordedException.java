package dev.meridian.commerce.shipments;

import dev.meridian.DomainException;

/**
 * The carrier's tracking number is already recorded for a shipment.
 */
public class ShipmentAlreadyRecordedException extends DomainException {

	public ShipmentAlreadyRecordedException(String carrier, String trackingNumber) {
		super(Kind.CONFLICT, "A shipment with " + carrier + " tracking number " + trackingNumber + " is recorded");
	}

	@Override
	public String type() {
		return "shipment-already-recorded";
	}

}
