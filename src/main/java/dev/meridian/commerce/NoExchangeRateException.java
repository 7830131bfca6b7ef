package dev.meridian.commerce;

import java.time.LocalDate;

import dev.meridian.DomainException;

/**
 * No rate between two currencies is stored for a day or any day before it.
 */
public class NoExchangeRateException extends DomainException {

	public NoExchangeRateException(String from, String to, LocalDate date) {
		super(Kind.NOT_FOUND, "No exchange rate from " + from + " to " + to + " on or before " + date
				+ " (directly, inversely or through EUR): import ECB rates or enter one with POST /api/v1/commerce/exchange-rates");
	}

	@Override
	public String type() {
		return "no-exchange-rate";
	}

}
