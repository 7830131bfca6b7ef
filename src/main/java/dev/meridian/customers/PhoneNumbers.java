package dev.meridian.customers;

import java.util.regex.Pattern;

import dev.meridian.InvalidValueException;

/**
 * Phone numbers in E.164: a plus sign and up to 15 digits. Spaces, dots, dashes and
 * brackets people type are removed first.
 */
public final class PhoneNumbers {

	private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	private PhoneNumbers() {
	}

	public static String normalize(String phone) {
		String compact = phone == null ? "" : phone.replaceAll("[\\s().\\-]", "");
		if (!E164.matcher(compact).matches()) {
			throw new InvalidValueException("phones",
					"'" + phone + "' is not a phone number in E.164 (e.g. +4930123456)");
		}
		return compact;
	}

}
