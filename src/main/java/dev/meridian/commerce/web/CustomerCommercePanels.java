package dev.meridian.commerce.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.commerce.OrderId;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerPanel;
import dev.meridian.customers.PanelReads;
import dev.meridian.markets.LanguageTag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Commerce's parts of the customer 360: the customer's recent orders with their totals,
 * and the returns of those orders with their refunds.
 */
@Configuration(proxyBeanMethods = false)
class CustomerCommercePanels {

	@Bean
	CustomerPanel customerOrdersPanel(CustomerCommerce.Reader commerce) {
		return new Panel("orders", "commerce/customer-panels :: orders", 10, (customer, limit,
				reads) -> commerce.of(customer, limit, reads).orders().stream().map(OrderResponse::of).toList());
	}

	@Bean
	CustomerPanel customerReturnsPanel(CustomerCommerce.Reader commerce) {
		return new Panel("returns", "commerce/customer-panels :: returns", 30, (customer, limit, reads) -> {
			// Returns follow orders: those of the recent orders are the ones worth a
			// look, and a reason is in its order's language.
			CustomerCommerce read = commerce.of(customer, limit, reads);
			Map<OrderId, String> languages = new HashMap<>();
			read.orders().forEach(order -> languages.put(order.id(), order.language()));
			List<ReturnResponse> found = new ArrayList<>(read.returns()
				.stream()
				.map(each -> ReturnResponse.of(each,
						languages.getOrDefault(each.order(), LanguageTag.UNDETERMINED.value())))
				.toList());
			found.sort(Comparator.comparing(ReturnResponse::requestedAt).reversed());
			return found.size() > limit ? found.subList(0, limit) : found;
		});
	}

	/** A panel given by its key, fragment, position and how it reads its items. */
	private record Panel(String key, String fragment, int position, Items reader) implements CustomerPanel {

		@Override
		public List<?> items(CustomerId customer, int limit, PanelReads reads) {
			return this.reader.read(customer, limit, reads);
		}

	}

	@FunctionalInterface
	private interface Items {

		List<?> read(CustomerId customer, int limit, PanelReads reads);

	}

}
