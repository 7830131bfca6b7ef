package dev.meridian.commerce.orders;

import dev.meridian.DomainException;

/**
 * The shop already has an order with this number: create it once, then change it with
 * {@code PUT}.
 */
public class OrderNumberTakenException extends DomainException {

	public OrderNumberTakenException(String shop, String number) {
		super(Kind.CONFLICT, "Shop '" + shop + "' already has an order " + number + "; change it with PUT");
	}

	@Override
	public String type() {
		return "order-number-taken";
	}

}
