package dev.meridian.commerce.orders;

import dev.meridian.InvalidValueException;

/**
 * A Harmonized System code as customs read it: 2 to 10 digits whose first two name a
 * chapter of the nomenclature, 01 to 97; chapter 77 is reserved and never used. Dots and
 * spaces people write between groups ({@code 6109.10}) are dropped.
 */
public record HsCode(String value) {

	public HsCode {
		String digits = value == null ? "" : value.replace(".", "").replace(" ", "");
		if (!digits.matches("[0-9]{2,10}")) {
			throw new IllegalArgumentException("'" + value + "' is not an HS code (2 to 10 digits)");
		}
		int chapter = Integer.parseInt(digits.substring(0, 2));
		if (chapter < 1 || chapter > 97 || chapter == 77) {
			throw new IllegalArgumentException("'" + value + "' does not start with an HS chapter (01-97, not 77)");
		}
		value = digits;
	}

	public static HsCode parse(String field, String value) {
		try {
			return new HsCode(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(field, ex.getMessage());
		}
	}

	/** The chapter, e.g. {@code 61} for knitted apparel. */
	public String chapter() {
		return this.value.substring(0, 2);
	}

}
