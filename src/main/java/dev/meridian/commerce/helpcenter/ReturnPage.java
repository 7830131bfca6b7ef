package dev.meridian.commerce.helpcenter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.meridian.commerce.MoneyFormat;
import dev.meridian.commerce.orders.LineItem;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.returns.OrderReturn;
import dev.meridian.commerce.returns.ReturnCheck;
import dev.meridian.commerce.returns.ReturnLine;
import dev.meridian.commerce.returns.ReturnTerms;
import dev.meridian.commerce.returns.ReturnTexts;
import dev.meridian.commerce.returns.ReturnRefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * An order's return page as the customer reads it, in their language and zone: the items
 * that can still be returned, the policy, whether a return is possible now (and if not,
 * why), and the returns already opened with their status and refund.
 *
 * @param items one row per order line, in the order's order
 * @param deadline the last day to return, in the customer's zone
 * @param refusal why no return is possible now, {@code null} while one is
 */
record ReturnPage(String orderNumber, List<Item> items, List<Reason> reasons, List<String> policy, String deadline,
		@Nullable String refusal, List<Opened> returns, @Nullable String zone) {

	/** The reasons a customer picks from, stored as these codes. */
	static final List<String> REASONS = List.of("damaged", "wrong-item", "not-as-described", "does-not-fit",
			"changed-mind", "other");

	record Item(int index, String sku, String title, int ordered, int returnable) {
	}

	record Reason(String code, String label) {
	}

	/** A return already opened, as the customer sees it. */
	record Opened(String number, String requestedAt, String status, List<String> items, @Nullable String refund) {
	}

	static ReturnPage of(Order order, ReturnCheck check, List<OrderReturn> returns, ReturnTexts texts,
			MessageSource messages, Locale locale, ZoneId zone, Optional<ReturnRefusedException> refused) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
		DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		List<Item> items = new ArrayList<>();
		List<LineItem> lines = order.items();
		Map<String, Integer> left = new HashMap<>();
		check.ordered().forEach((sku, ordered) -> left.put(sku, ordered - check.returned().getOrDefault(sku, 0)));
		for (int i = 0; i < lines.size(); i++) {
			LineItem line = lines.get(i);
			int returnable = Math.max(0, Math.min(line.quantity(), left.getOrDefault(line.sku(), 0)));
			left.merge(line.sku(), -returnable, Integer::sum);
			items.add(new Item(i, line.sku(), line.title(), line.quantity(), returnable));
		}
		ReturnTerms terms = check.terms();
		List<Reason> reasons = REASONS.stream()
			.map(code -> new Reason(code, text(messages, "help.returns.reason." + code, locale)))
			.toList();
		MoneyFormat money = MoneyFormat.of(locale);
		List<Opened> opened = returns.stream()
			.map(found -> new Opened(number(found), dateTime.format(found.requestedAt()),
					text(messages, "help.returns.status." + found.status().value(), locale),
					found.items().stream().map(line -> itemText(line, messages, locale)).toList(),
					found.refund()
						.map(refund -> text(messages, "help.returns.refunded", locale, money.format(refund.amount()),
								text(messages, "commerce.returns.method." + refund.method().value(), locale)))
						.orElse(null)))
			.toList();
		return new ReturnPage(order.number(), items, reasons,
				texts.policy(terms, check.deliveredAt().isPresent(), locale), date.format(check.deadline()),
				refused.map(why -> texts.refusal(why, locale)).orElse(null), opened, zone.getId());
	}

	/** The number a customer writes on the parcel and quotes: short, from the id. */
	static String number(OrderReturn found) {
		return "R-" + found.id().value().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private static String itemText(ReturnLine line, MessageSource messages, Locale locale) {
		String reason = line.reason()
			.map(code -> REASONS.contains(code) ? text(messages, "help.returns.reason." + code, locale) : code)
			.orElse("");
		return text(messages, "help.returns.item", locale, line.quantity(), line.sku(), reason);
	}

	private static String text(MessageSource messages, String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

}
