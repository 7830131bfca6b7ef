package dev.meridian.commerce;

import java.util.Locale;

/**
 * The tag that ties tickets to an order: {@code order:<number>}, as tags may be written
 * (lower case, at most 64 characters). Every module that files a ticket under an order
 * tags it so, and finds it so.
 */
public final class OrderTag {

	private OrderTag() {
	}

	public static String of(String orderNumber) {
		String tag = "order:" + orderNumber.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_:.\\-]", "-");
		return tag.length() > 64 ? tag.substring(0, 64) : tag;
	}

}
