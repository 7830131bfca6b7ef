package dev.meridian.customers.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.Keyset;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerOverview;
import dev.meridian.privacy.AuditTrail;
import dev.meridian.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers: listed in order of creation with cursor pagination, or found by email.
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerController {

	/** The panels the 360's contract names, present even before anyone fills them. */
	static final List<String> PANEL_KEYS = List.of("orders", "shipments", "returns", "tickets");

	private final CustomerManagement customers;

	private final CustomerOverview overview;

	private final Clock clock;

	private final AuditTrail audit;

	CustomerController(CustomerManagement customers, CustomerOverview overview, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.customers = customers;
		this.overview = overview;
		this.clock = clock;
	}

	@GetMapping
	PageResponse<CustomerResponse> list(@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		if (email != null) {
			return PageResponse.of(this.customers.findByEmail(email).map(CustomerResponse::of).stream().toList());
		}
		if (limit < 1 || limit > 200) {
			throw new dev.meridian.InvalidValueException("limit", "limit must be between 1 and 200");
		}
		int size = limit;
		Keyset after = cursor == null ? null : Keyset.decode(cursor);
		List<Customer> page = this.customers.list(after == null ? null : after.at(),
				after == null ? null : new CustomerId(after.id()), size + 1);
		String next = null;
		if (page.size() > size) {
			page = page.subList(0, size);
			Customer last = page.get(size - 1);
			next = new Keyset(last.createdAt(), last.id().value()).encode();
		}
		return new PageResponse<>(page.stream().map(CustomerResponse::of).toList(), next);
	}

	@GetMapping("/{id}")
	CustomerResponse get(@PathVariable UUID id) {
		CustomerResponse response = CustomerResponse.of(this.customers.get(new CustomerId(id)));
		this.audit.record("customer.viewed", "customer:" + id);
		return response;
	}

	/**
	 * The customer 360: the profile with the customer's local time now, and the panels
	 * other modules contribute. The keys {@link #PANEL_KEYS} are always there, empty when
	 * nothing is known (or no module provides them).
	 */
	@GetMapping("/{id}/360")
	Map<String, Object> overview(@PathVariable UUID id) {
		CustomerOverview.View view = this.overview.of(new CustomerId(id));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("customer", CustomerResponse.of(view.customer()));
		view.customer().timeZone().ifPresent(zone -> {
			body.put("localTime", LocalDateTime.now(this.clock.withZone(zone)).withNano(0));
			// The wall-clock time above is the customer's: its zone stands beside it.
			body.put("localTimeZone", zone.getId());
		});
		PANEL_KEYS.forEach(key -> body.put(key, List.of()));
		body.putAll(view.byKey());
		return body;
	}

	@PostMapping
	ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request) {
		CustomerResponse created = CustomerResponse.of(this.customers.create(request.toProfile()));
		return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	CustomerResponse update(@PathVariable UUID id, @Valid @RequestBody CustomerRequest request) {
		return CustomerResponse.of(this.customers.update(new CustomerId(id), request.toProfile()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.customers.delete(new CustomerId(id));
		return ResponseEntity.noContent().build();
	}

}
