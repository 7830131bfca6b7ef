package dev.meridian.commerce.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.money.MonetaryAmount;

import dev.meridian.DomainException;
import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.LandedCostEstimate;
import dev.meridian.commerce.LandedCostQuery;
import dev.meridian.commerce.LandedCosts;
import dev.meridian.commerce.orders.LineItem;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.customers.CustomerId;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.customers.CustomerPanel;
import dev.meridian.customers.PanelReads;
import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The customer 360's shipments: each recent order's parcels with their latest status, and
 * for a parcel held at customs or waiting for duties the landed-cost explanation in the
 * customer's language ("why was I charged"), ready for the agent to put into a reply.
 */
@Component
class CustomerShipmentsPanel implements CustomerPanel {

	private final CustomerCommerce.Reader commerce;

	private final LandedCosts landedCosts;

	private final CustomerManagement customers;

	CustomerShipmentsPanel(CustomerCommerce.Reader commerce, LandedCosts landedCosts, CustomerManagement customers) {
		this.commerce = commerce;
		this.landedCosts = landedCosts;
		this.customers = customers;
	}

	/** A shipment as the 360 lists it. */
	record ShipmentItem(String id, String orderId, String orderNumber, String carrier, String trackingNumber,
			@Nullable String trackingUrl, String destinationCountry, String status, @Nullable String subStatus,
			@Nullable Instant statusAt, boolean customs, @Nullable Customs customsCharges) {
	}

	/**
	 * What customs charges on top of the order (duty, import tax, carrier fees),
	 * estimated, and why, in the customer's language.
	 */
	record Customs(AmountJson total, String language, String explanation) {
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
				Customs charges = null;
				if (customs) {
					if (language == null) {
						language = this.customers.get(customer).preferredLanguage().locale();
					}
					charges = customs(order, shipment, language);
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

	/**
	 * The estimate for the order's goods at the destination on the day of the customs
	 * event; none when a line lacks what an estimate needs (an HS code, an origin).
	 */
	private @Nullable Customs customs(Order order, Shipment shipment, Locale language) {
		List<LandedCostQuery.Item> goods = new ArrayList<>();
		String origin = shipment.originCountry();
		for (LineItem line : order.items()) {
			if (line.hsCode().isEmpty()) {
				return null;
			}
			if (origin == null) {
				origin = line.originCountry().orElse(null);
			}
			goods.add(new LandedCostQuery.Item(line.hsCode().get(), order.money(line.unitPrice()), line.quantity()));
		}
		if (goods.isEmpty() || origin == null) {
			return null;
		}
		Instant at = shipment.statusAt() != null ? shipment.statusAt() : order.placedAt();
		try {
			MonetaryAmount shipping = order.shipping();
			LandedCostEstimate estimate = this.landedCosts
				.estimate(new LandedCostQuery(new CountryCode(shipment.destinationCountry()), new CountryCode(origin),
						at.atZone(ZoneOffset.UTC).toLocalDate(), goods, shipping));
			LandedCosts.Explanation explanation = this.landedCosts.explain(estimate, language);
			// What customs adds to what the customer already paid: duty, tax and fees.
			MonetaryAmount charges = order.money(java.math.BigDecimal.ZERO);
			for (LandedCostEstimate.Line line : estimate.lines()) {
				if (line.kind() != LandedCostEstimate.Kind.GOODS && line.kind() != LandedCostEstimate.Kind.SHIPPING) {
					charges = charges.add(line.amount());
				}
			}
			return new Customs(AmountJson.of(charges), explanation.language(), explanation.text());
		}
		catch (DomainException | IllegalArgumentException | javax.money.MonetaryException ex) {
			// No rule for the destination, no rate for the day: the panel shows the
			// status without an estimate rather than failing the whole page.
			return null;
		}
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
