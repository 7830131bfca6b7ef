package dev.meridian.tickets.macros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Fills a macro body's placeholders: {@code {{customer.name}}} and the other names in
 * {@link #NAMES}, and {@code {{amount EUR 15 | BRL 80 | JPY 2500}}}, which picks the
 * amount in the customer's currency and writes it the reader's way. A placeholder with no
 * value for this ticket (no promise yet, no order tag, no amount in that currency) stays
 * as written and is reported, so the agent sees what is missing instead of a blank.
 */
public final class Placeholders {

	/** The named placeholders, documented in docs/api.md. */
	public static final List<String> NAMES = List.of("customer.name", "customer.given_name", "customer.family_name",
			"ticket.number", "ticket.subject", "order.number", "reply.promised", "agent.name");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_.]+)((?:\\s+[^}]*)?)\\s*}}");

	private static final Pattern AMOUNT = Pattern.compile("([A-Za-z]{3})\\s+(-?\\d+(?:\\.\\d+)?)");

	private Placeholders() {
	}

	/**
	 * @param values the named values known for this ticket (absent or null: unknown)
	 * @param currency the customer's currency (ISO 4217), null when unknown
	 * @param money writes an amount in that currency the reader's way
	 */
	public static Filled fill(String body, Map<String, @Nullable String> values, @Nullable String currency,
			Function<BigDecimal, String> money) {
		Matcher matcher = PLACEHOLDER.matcher(body);
		StringBuilder out = new StringBuilder();
		Set<String> unfilled = new LinkedHashSet<>();
		while (matcher.find()) {
			String name = matcher.group(1);
			String argument = matcher.group(2).strip();
			String value = "amount".equals(name) ? amount(argument, currency, money) : values.get(name);
			if (value == null) {
				unfilled.add("amount".equals(name) ? "amount" : name);
				value = matcher.group();
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return new Filled(out.toString(), new ArrayList<>(unfilled));
	}

	/** The placeholders a body uses, for checking a macro when it is saved. */
	public static List<String> used(String body) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(body);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static @Nullable String amount(String argument, @Nullable String currency,
			Function<BigDecimal, String> money) {
		if (currency == null) {
			return null;
		}
		for (String option : argument.split("\\|")) {
			Matcher matcher = AMOUNT.matcher(option.strip());
			if (matcher.matches() && matcher.group(1).equalsIgnoreCase(currency)) {
				return money.apply(new BigDecimal(matcher.group(2)));
			}
		}
		return null;
	}

	/** A body with its placeholders filled, and those that could not be. */
	public record Filled(String body, List<String> unfilled) {
	}

}
