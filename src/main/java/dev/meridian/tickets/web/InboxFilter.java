package dev.meridian.tickets.web;

import java.util.EnumSet;
import java.util.Set;

import dev.meridian.agents.AgentId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.TicketSort;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;

/**
 * The inbox's filters as they come from the query string. Unknown values fall back to the
 * defaults instead of failing: a bookmarked inbox must always open.
 *
 * @param view {@code all}, {@code mine} or {@code unassigned}
 * @param status {@code unresolved} (the default), {@code any} or one status
 * @param market a country code or empty
 * @param language a language tag or empty
 * @param sort {@code updated} (the default) or {@code due}
 */
record InboxFilter(String view, String status, String market, String language, String sort) {

	static InboxFilter of(@Nullable String view, @Nullable String status, @Nullable String market,
			@Nullable String language, @Nullable String sort) {
		return new InboxFilter(view == null || view.isBlank() ? "all" : view,
				status == null || status.isBlank() ? "unresolved" : status, market == null ? "" : market.strip(),
				language == null ? "" : language.strip(), "due".equals(sort) ? "due" : "updated");
	}

	TicketSort toSort() {
		return "due".equals(this.sort) ? TicketSort.DUE : TicketSort.UPDATED;
	}

	TicketQuery toQuery(@Nullable AgentId me) {
		Set<Status> statuses = switch (this.status) {
			case "unresolved" -> EnumSet.of(Status.NEW, Status.OPEN, Status.PENDING, Status.ON_HOLD);
			case "any" -> EnumSet.noneOf(Status.class);
			default -> {
				try {
					yield EnumSet.of(EnumValues.parse("status", this.status, Status.class));
				}
				catch (RuntimeException ex) {
					yield EnumSet.of(Status.NEW, Status.OPEN, Status.PENDING, Status.ON_HOLD);
				}
			}
		};
		return new TicketQuery(statuses, "mine".equals(this.view) ? me : null, "unassigned".equals(this.view), null,
				parse(() -> new CountryCode(this.market)), parse(() -> new LanguageTag(this.language)), null, null,
				null);
	}

	private static <T> @Nullable T parse(java.util.function.Supplier<T> value) {
		try {
			return value.get();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
