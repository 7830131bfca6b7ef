package dev.meridian.commerce.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.meridian.commerce.CustomsCharges;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerPanel;
import dev.meridian.customers.PanelReads;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The customer 360's shipments: each recent order's parcels with their latest status, and
 * for a parcel held at customs or waiting for duties the landed-cost explanation in the
 * customer's language ("why was I charged"), ready for the agent to put into a reply
 * ({@link CustomsCharges}).
 */
@Component
class CustomerShipmentsPanel implements CustomerPanel {

	private final CustomerCommerce.Reader commerce;

	private final CustomsCharges charges;

	private final CustomerManagement customers;

	CustomerShipmentsPanel(CustomerCommerce.Reader commerce, CustomsCharges charges, CustomerManagement customers) {
		this.commerce = commerce;
		this.charges = charges;
		this.customers = customers;
	}

	/** A shipment as the 360 lists it. */
	record ShipmentItem(String id, String orderId, String orderNumber, String carrier, String trackingNumber,
			@Nullable String trackingUrl, String destinationCountry, String status, @Nullable String subStatus,
			@Nullable Instant statusAt, boolean customs, CustomsCharges.@Nullable Customs customsCharges) {
	}

	@Override
	public String key() {
		return "shipments";
	}

	@Override
	public List<ShipmentItem> items(CustomerId customer, int limit, PanelReads reads) {
		List<ShipmentItem> items = new ArrayList<>();
		Locale language = null;
		CustomerCommerce recent = this.commerce.of(customer, limit, reads);
		for (Order order : recent.orders()) {
			for (Shipment shipment : recent.shipmentsOf(order)) {
				boolean customs = shipment.subStatus() != null && shipment.subStatus().isCustoms();
				CustomsCharges.Customs charges = null;
				if (customs) {
					if (language == null) {
						language = this.customers.get(customer).preferredLanguage().locale();
					}
					charges = this.charges.of(order, shipment, language);
				}
				items.add(new ShipmentItem(shipment.id().toString(), order.id().toString(), order.number(),
						shipment.carrier(), shipment.trackingNumber(), shipment.trackingUrl(),
						shipment.destinationCountry(), shipment.status().value(),
						shipment.subStatus() == null ? null : shipment.subStatus().value(), shipment.statusAt(),
						customs, charges));
			}
		}
		items.sort(Comparator.comparing((ShipmentItem item) -> item.statusAt() == null ? Instant.MIN : item.statusAt())
			.reversed());
		return items.size() > limit ? items.subList(0, limit) : items;
	}

	@Override
	public String fragment() {
		return "commerce/customer-panels :: shipments";
	}

	@Override
	public int position() {
		return 20;
	}

}
