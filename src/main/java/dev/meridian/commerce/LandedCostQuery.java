package dev.meridian.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.money.MonetaryAmount;

import dev.meridian.InvalidValueException;
import dev.meridian.markets.CountryCode;

/**
 * What a landed-cost estimate is asked for: goods of an origin sent to a destination on a
 * day, priced in one currency. Invalid input is refused here, naming the field, so the
 * API and other modules get the same checks.
 *
 * @param destination where the parcel goes
 * @param origin where the goods originate (not necessarily where they ship from)
 * @param date the day of import (the rule and the exchange rates of that day apply)
 * @param items the goods; each value is per unit, in the query's currency
 * @param shipping what the customer paid for shipping, in the same currency
 */
public record LandedCostQuery(CountryCode destination, CountryCode origin, LocalDate date, List<Item> items,
		MonetaryAmount shipping) {

	/**
	 * One line of goods.
	 *
	 * @param hsCode Harmonized System code, 2 to 10 digits with a valid chapter (01-97,
	 * not 77)
	 * @param value price of one unit
	 * @param quantity how many units
	 */
	public record Item(String hsCode, MonetaryAmount value, int quantity) {

		public Item {
			hsCode = checkHsCode(hsCode, "hsCode");
		}

		MonetaryAmount total() {
			return this.value.multiply(this.quantity);
		}

	}

	public LandedCostQuery {
		if (items == null || items.isEmpty()) {
			throw new InvalidValueException("items", "At least one item is needed");
		}
		items = List.copyOf(items);
		String currency = shipping.getCurrency().getCurrencyCode();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			if (!item.value().getCurrency().getCurrencyCode().equals(currency)) {
				throw new InvalidValueException("items[" + i + "].value",
						"Every amount must be in the estimate's currency " + currency);
			}
			if (item.value().isNegative()) {
				throw new InvalidValueException("items[" + i + "].value", "A value cannot be negative");
			}
			if (item.quantity() < 1 || item.quantity() > 1_000_000) {
				throw new InvalidValueException("items[" + i + "].quantity",
						"The quantity must be between 1 and 1,000,000, not " + item.quantity());
			}
		}
		if (shipping.isNegative()) {
			throw new InvalidValueException("shipping", "Shipping cannot be negative");
		}
	}

	/** The estimate's currency: that of the goods and the shipping. */
	public String currency() {
		return this.shipping.getCurrency().getCurrencyCode();
	}

	/** The goods' total price (units times unit values). */
	public MonetaryAmount goods() {
		MonetaryAmount total = this.shipping.multiply(0);
		for (Item item : this.items) {
			total = total.add(item.total());
		}
		return total;
	}

	/**
	 * Checks an HS code: 2 to 10 digits whose first two are a chapter of the Harmonized
	 * System (01 to 97; 77 is reserved).
	 * @throws InvalidValueException naming {@code field} otherwise
	 */
	public static String checkHsCode(String code, String field) {
		String digits = (code != null) ? code.replace(".", "").replace(" ", "") : "";
		if (!digits.matches("\\d{2,10}")) {
			throw new InvalidValueException(field, "'" + code + "' is not an HS code (2 to 10 digits)");
		}
		int chapter = Integer.parseInt(digits.substring(0, 2));
		if (chapter < 1 || chapter > 97 || chapter == 77) {
			throw new InvalidValueException(field,
					"'" + code + "' has no valid HS chapter (01 to 97, 77 is reserved), not " + digits.substring(0, 2));
		}
		return digits;
	}

	/** The same value as a plain decimal. */
	static BigDecimal decimal(MonetaryAmount amount) {
		return amount.getNumber().numberValue(BigDecimal.class);
	}

}
