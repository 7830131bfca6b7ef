package dev.meridian.commerce.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.commerce.LandedCostQuery;
import dev.meridian.markets.CountryCode;
import org.javamoney.moneta.Money;

/**
 * Builds landed-cost queries for tests:
 * {@code parcel().to("US").from("CN").on("2025-08-30")
 * .item("6109", "100.00").build()} in the destination's usual currency unless told.
 */
final class Parcels {

	private String destination = "US";

	private String origin = "CN";

	private LocalDate date = LocalDate.of(2025, 8, 30);

	private String currency;

	private String shipping = "0";

	private final List<String[]> items = new ArrayList<>();

	static Parcels parcel() {
		return new Parcels();
	}

	Parcels to(String country) {
		this.destination = country;
		return this;
	}

	Parcels from(String country) {
		this.origin = country;
		return this;
	}

	Parcels on(String day) {
		this.date = LocalDate.parse(day);
		return this;
	}

	Parcels in(String code) {
		this.currency = code;
		return this;
	}

	Parcels shipping(String amount) {
		this.shipping = amount;
		return this;
	}

	Parcels item(String hsCode, String value) {
		return item(hsCode, value, 1);
	}

	Parcels item(String hsCode, String value, int quantity) {
		this.items.add(new String[] { hsCode, value, String.valueOf(quantity) });
		return this;
	}

	LandedCostQuery build() {
		String code = (this.currency != null) ? this.currency : switch (this.destination) {
			case "US" -> "USD";
			case "CA" -> "CAD";
			case "GB" -> "GBP";
			case "AU" -> "AUD";
			case "JP" -> "JPY";
			case "CH" -> "CHF";
			case "NO" -> "NOK";
			default -> "EUR";
		};
		List<LandedCostQuery.Item> goods = this.items.stream()
			.map(item -> new LandedCostQuery.Item(item[0], Money.of(new BigDecimal(item[1]), code),
					Integer.parseInt(item[2])))
			.toList();
		return new LandedCostQuery(new CountryCode(this.destination), new CountryCode(this.origin), this.date, goods,
				Money.of(new BigDecimal(this.shipping), code));
	}

}
