package dev.meridian.commerce.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.meridian.Keyset;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.orders.OrderStatus;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.shipments.ShipmentManagement;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.tickets.TicketManagement;
import dev.meridian.tickets.TicketQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's orders: a list of every shop's orders searched by number or customer
 * email and filtered by status, and each order's page with its items, addresses, totals,
 * parcels, returns and the tickets about it.
 */
@Controller
@RequestMapping("/app/orders")
class OrderPagesController {

	static final int PAGE_SIZE = 25;

	private final OrderManagement orders;

	private final CustomerManagement customers;

	private final ShipmentManagement shipments;

	private final ReturnManagement returns;

	private final TicketManagement tickets;

	OrderPagesController(OrderManagement orders, CustomerManagement customers, ShipmentManagement shipments,
			ReturnManagement returns, TicketManagement tickets) {
		this.orders = orders;
		this.customers = customers;
		this.shipments = shipments;
		this.returns = returns;
		this.tickets = tickets;
	}

	/** An order in the list, with whom it is for. */
	record OrderRow(OrderResponse order, @Nullable String customerName, @Nullable String customerEmail) {
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		String text = q == null ? "" : q.strip();
		OrderStatus wanted = status == null || status.isBlank() ? null : OrderStatus.parse("status", status);
		Keyset after = cursor == null || cursor.isBlank() ? null : Keyset.decode(cursor);
		List<Order> page;
		if (text.contains("@")) {
			// An email address finds the customer's orders; a number is matched in part.
			page = this.customers.findByEmail(text)
				.map(customer -> this.orders.search(null, customer.id(), wanted, after, PAGE_SIZE + 1))
				.orElse(List.of());
		}
		else {
			page = this.orders.search(text, null, wanted, after, PAGE_SIZE + 1);
		}
		String next = null;
		if (page.size() > PAGE_SIZE) {
			page = page.subList(0, PAGE_SIZE);
			Order last = page.get(PAGE_SIZE - 1);
			next = new Keyset(last.placedAt(), last.id().value()).encode();
		}
		Map<CustomerId, Customer> who = this.customers.findAll(page.stream().map(Order::customer).toList());
		model.addAttribute("rows", page.stream().map(order -> {
			Customer customer = who.get(order.customer());
			return new OrderRow(OrderResponse.of(order), customer == null ? null : customer.displayName(),
					customer == null ? null : customer.primaryEmail().orElse(null));
		}).toList());
		model.addAttribute("q", text);
		model.addAttribute("status", wanted == null ? "" : wanted.value());
		model.addAttribute("statuses", Arrays.stream(OrderStatus.values()).map(OrderStatus::value).toList());
		model.addAttribute("next", next);
		model.addAttribute("paged", after != null);
		return "commerce/orders";
	}

	@GetMapping("/{id}")
	String page(@PathVariable UUID id, Model model) {
		Order order = this.orders.get(new OrderId(id));
		model.addAttribute("order", OrderResponse.of(order));
		model.addAttribute("customer", this.customers.find(order.customer()).orElse(null));
		model.addAttribute("shipments", this.shipments.ofOrder(order.id()));
		model.addAttribute("returns",
				this.returns.ofOrder(order.id())
					.stream()
					.map(found -> ReturnResponse.of(found, order.language()))
					.toList());
		model.addAttribute("tickets",
				this.tickets
					.list(new TicketQuery(Set.of(), null, false, null, null, null, null, orderTag(order.number()),
							null), null, PAGE_SIZE)
					.tickets());
		return "commerce/order";
	}

	/**
	 * The tag that ties tickets to an order, {@code order:<number>}, written as tags are
	 * stored (lower case, no spaces): the same form proactive notifications tag their
	 * tickets with.
	 */
	static String orderTag(String number) {
		String tag = "order:" + number.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_:.\\-]", "-");
		return tag.length() > 64 ? tag.substring(0, 64) : tag;
	}

}
