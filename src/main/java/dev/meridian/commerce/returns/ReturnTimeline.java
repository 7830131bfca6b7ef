package dev.meridian.commerce.returns;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import dev.meridian.commerce.MoneyFormat;
import dev.meridian.commerce.OrderTag;
import dev.meridian.commerce.RefundIssued;
import dev.meridian.commerce.ReturnRequested;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Author;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketQuery;
import dev.meridian.tickets.Visibility;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a return and its refund on the timeline of the customer's tickets about the order:
 * an internal note from Meridian itself on each ticket that is not closed and is tagged
 * {@code order:<number>} or names the order number in its subject. When there is no such
 * ticket none is opened: the return already shows on the order in the customer's 360, and
 * a ticket nobody asked for is work without a question to answer.
 */
@Component
class ReturnTimeline {

	private static final EnumSet<Status> NOT_CLOSED = EnumSet.complementOf(EnumSet.of(Status.CLOSED));

	private final TicketManagement tickets;

	private final OrderManagement orders;

	private final ReturnManagement returns;

	private final MessageSource messages;

	private final ReturnNoteSettings settings;

	ReturnTimeline(TicketManagement tickets, OrderManagement orders, ReturnManagement returns, MessageSource messages,
			ReturnNoteSettings settings) {
		this.tickets = tickets;
		this.orders = orders;
		this.returns = returns;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(ReturnRequested event) {
		OrderReturn found = this.returns.get(event.returnId());
		Order order = this.orders.get(event.order());
		Locale locale = locale();
		note(order, text("commerce.timeline.returnRequested", locale, order.number(), items(found, locale),
				reasons(found, locale)));
	}

	@ApplicationModuleListener
	void on(RefundIssued event) {
		OrderReturn found = this.returns.get(event.returnId());
		Order order = this.orders.get(event.order());
		Locale locale = locale();
		MoneyFormat money = MoneyFormat.of(locale);
		String paid = money.format(event.amount().toMoney("amount"));
		String method = text("commerce.timeline.method." + event.method(), locale);
		String note = event.rate() == null || event.rateDate() == null
				? text("commerce.timeline.refundIssued", locale, order.number(), paid, method, items(found, locale))
				: text("commerce.timeline.refundIssuedConverted", locale, order.number(), paid, method,
						items(found, locale), money.format(event.orderAmount().toMoney("orderAmount")),
						event.rate().stripTrailingZeros().toPlainString(),
						java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
							.withLocale(locale)
							.format(event.rateDate()));
		note(order, note);
	}

	private void note(Order order, String text) {
		String tag = OrderTag.of(order.number());
		List<Ticket> about = this.tickets
			.list(new TicketQuery(NOT_CLOSED, null, false, null, null, null, order.customer(), null, null), null, 200)
			.tickets()
			.stream()
			.filter(ticket -> ticket.tags().contains(tag) || ticket.subject().contains(order.number()))
			.limit(this.settings.ticketsPerOrder())
			.toList();
		MessageDraft draft = new MessageDraft(text, null, LanguageTag.parse("language", this.settings.language()), null,
				Visibility.INTERNAL, null, List.of(), null);
		about.forEach(ticket -> this.tickets.addMessage(ticket.id(), Author.system(), draft));
	}

	private String items(OrderReturn found, Locale locale) {
		return String.join(", ",
				found.items()
					.stream()
					.map(line -> text("commerce.timeline.item", locale, line.quantity(), line.sku()))
					.toList());
	}

	private String reasons(OrderReturn found, Locale locale) {
		List<String> reasons = found.items()
			.stream()
			.map(line -> line.reason()
				.map(reason -> this.messages.getMessage("help.returns.reason." + reason, null, reason, locale))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		return reasons.isEmpty() ? text("commerce.timeline.noReason", locale) : String.join("; ", reasons);
	}

	private Locale locale() {
		return Locale.forLanguageTag(this.settings.language());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
