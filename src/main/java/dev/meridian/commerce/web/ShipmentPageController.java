package dev.meridian.commerce.web;

import java.util.UUID;

import dev.meridian.commerce.CustomsCharges;
import dev.meridian.commerce.ShipmentId;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.commerce.shipments.ShipmentManagement;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.LanguageTag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A parcel's page: carrier and tracking link, route, status, and the carrier's events,
 * each at the viewer's time and the local time where it happened; with the landed-cost
 * explanation when customs holds it for duties. It lives beside the customer 360's
 * shipments panel because both explain customs charges the same way
 * ({@link CustomsCharges}).
 */
@Controller
class ShipmentPageController {

	private final ShipmentManagement shipments;

	private final OrderManagement orders;

	private final CustomerManagement customers;

	private final CustomsCharges charges;

	ShipmentPageController(ShipmentManagement shipments, OrderManagement orders, CustomerManagement customers,
			CustomsCharges charges) {
		this.shipments = shipments;
		this.orders = orders;
		this.customers = customers;
		this.charges = charges;
	}

	@GetMapping("/app/shipments/{id}")
	String page(@PathVariable UUID id, Model model) {
		Shipment shipment = this.shipments.get(new ShipmentId(id));
		Order order = this.orders.get(shipment.order());
		boolean customs = shipment.subStatus() != null && shipment.subStatus().isCustoms();
		model.addAttribute("shipment", shipment);
		model.addAttribute("order", order);
		model.addAttribute("customs", customs);
		model.addAttribute("customsCharges", customs ? this.charges.of(order, shipment, language(order)) : null);
		return "commerce/shipment";
	}

	/** The customer's language, else the order's: the explanation is for the customer. */
	private java.util.Locale language(Order order) {
		LanguageTag preferred = this.customers.find(order.customer())
			.map(Customer::preferredLanguage)
			.orElse(LanguageTag.UNDETERMINED);
		LanguageTag tag = preferred.isUndetermined() ? LanguageTag.read(order.language()) : preferred;
		return tag.isUndetermined() ? java.util.Locale.ROOT : tag.locale();
	}

}
