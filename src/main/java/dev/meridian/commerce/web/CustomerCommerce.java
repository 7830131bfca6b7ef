package dev.meridian.commerce.web;

import java.util.List;
import java.util.Map;

import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.returns.OrderReturn;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.commerce.shipments.ShipmentManagement;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.PanelReads;

import org.springframework.stereotype.Component;

/**
 * What the commerce panels of a customer 360 show, read once for the three of them: the
 * customer's recent orders (with their items), and those orders' shipments and returns,
 * each read for all the orders at once. A fixed number of queries however many orders,
 * parcels and returns there are.
 */
record CustomerCommerce(List<Order> orders, Map<OrderId, List<Shipment>> shipments, List<OrderReturn> returns) {

	/** The customer's recent orders' shipments, by order; none for an order without. */
	List<Shipment> shipmentsOf(Order order) {
		return this.shipments.getOrDefault(order.id(), List.of());
	}

	/** Reads the customer's commerce once per 360. */
	@Component
	static class Reader {

		private final OrderManagement orders;

		private final ShipmentManagement shipments;

		private final ReturnManagement returns;

		Reader(OrderManagement orders, ShipmentManagement shipments, ReturnManagement returns) {
			this.orders = orders;
			this.shipments = shipments;
			this.returns = returns;
		}

		/**
		 * The customer's recent orders and what followed them, at most {@code limit}
		 * orders.
		 */
		CustomerCommerce of(CustomerId customer, int limit, PanelReads reads) {
			return reads.of(CustomerCommerce.class, () -> read(customer, limit));
		}

		private CustomerCommerce read(CustomerId customer, int limit) {
			List<Order> recent = this.orders.recentOf(customer, null, limit);
			List<OrderId> ids = recent.stream().map(Order::id).toList();
			return new CustomerCommerce(recent, this.shipments.ofOrders(ids), this.returns.ofOrders(ids));
		}

	}

}
