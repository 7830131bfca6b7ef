package dev.meridian.commerce.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.Keyset;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.customers.CustomerId;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: created once per shop and number (a second create is a 409; change with PUT),
 * read, and listed per customer, most recent first.
 */
@RestController
@RequestMapping("/api/v1/commerce/orders")
@Tag(name = "Commerce")
class OrderController {

	private final OrderManagement orders;

	OrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@PostMapping
	ResponseEntity<OrderResponse> create(@RequestBody OrderRequest request) {
		Order order = this.orders.place(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/commerce/orders/" + order.id()))
			.body(OrderResponse.of(order));
	}

	@PutMapping("/{id}")
	OrderResponse update(@PathVariable UUID id, @RequestBody OrderRequest request) {
		return OrderResponse.of(this.orders.update(new OrderId(id), request.toDraft()));
	}

	@GetMapping("/{id}")
	OrderResponse get(@PathVariable UUID id) {
		return OrderResponse.of(this.orders.get(new OrderId(id)));
	}

	@GetMapping
	PageResponse<OrderResponse> list(@RequestParam(required = false) @Nullable UUID customer,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		if (customer == null) {
			throw new InvalidValueException("customer", "List orders of one customer: ?customer=<id>");
		}
		if (limit < 1 || limit > 200) {
			throw new InvalidValueException("limit", "limit must be between 1 and 200");
		}
		List<Order> page = this.orders.recentOf(new CustomerId(customer), cursor == null ? null : Keyset.decode(cursor),
				limit + 1);
		String next = null;
		if (page.size() > limit) {
			page = page.subList(0, limit);
			Order last = page.get(limit - 1);
			next = new Keyset(last.placedAt(), last.id().value()).encode();
		}
		return new PageResponse<>(page.stream().map(OrderResponse::of).toList(), next);
	}

}
