package dev.meridian.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what customers paste into messages and nobody may read back: payment card numbers
 * that pass the Luhn check (all but the last four digits), a security code written next
 * to one, and national identity numbers (French NIR, Spanish DNI/NIE, US SSN). Applied to
 * a message's text as it is stored, so agents, search and exports never show them.
 */
public final class StoredTextMasking {

	private static final Pattern CARD = Pattern.compile("(?<![\\p{N}])\\d(?:[ -]?\\d){12,18}(?![\\p{N}])");

	private static final Pattern SECURITY_CODE = Pattern.compile(
			"(?iu)\\b(cvv2?|cvc2?|cid|crypto(?:gramme)?|code de sécurité|prüfziffer|código de seguridad|security code)(\\s*[:=]?\\s*)(\\d{3,4})\\b");

	private static final Pattern NATIONAL_ID = Pattern.compile(
			"(?<![\\p{N}\\p{L}])(?:[12] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3} ?\\d{2}|[XYZ]?\\d{7,8}-?[A-HJ-NP-TV-Z]|\\d{3}-\\d{2}-\\d{4})(?![\\p{N}\\p{L}])");

	private StoredTextMasking() {
	}

	public static String mask(String text) {
		boolean[] card = { false };
		Matcher cards = CARD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (cards.find()) {
			String digits = cards.group().replaceAll("[ -]", "");
			if (luhn(digits)) {
				card[0] = true;
				cards.appendReplacement(out, "**** **** **** " + digits.substring(digits.length() - 4));
			}
			else {
				cards.appendReplacement(out, Matcher.quoteReplacement(cards.group()));
			}
		}
		cards.appendTail(out);
		String masked = out.toString();
		if (card[0]) {
			masked = SECURITY_CODE.matcher(masked).replaceAll("$1$2***");
		}
		return NATIONAL_ID.matcher(masked).replaceAll("[id]");
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
