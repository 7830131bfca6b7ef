package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.commerce.orders.CustomerDraft;
import dev.meridian.commerce.orders.HsCode;
import dev.meridian.commerce.orders.LineDraft;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderDraft;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.orders.OrderStatus;
import dev.meridian.commerce.returns.OrderReturn;
import dev.meridian.commerce.returns.RequestedLine;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.returns.ReturnStatus;
import dev.meridian.commerce.shipments.EventTime;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.commerce.shipments.ShipmentDraft;
import dev.meridian.commerce.shipments.ShipmentManagement;
import dev.meridian.commerce.shipments.TrackingEventDraft;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.CurrencyCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/commerce-demo.json} after the demo's customers and tickets: the
 * orders, parcels and returns their tickets talk about (the US duties ticket, the Réunion
 * octroi de mer, the Japanese parcel held at customs, the Brazilian Pix payment, a French
 * return), so the customer 360 has something to show on the first start.
 */
@Component
@org.springframework.core.annotation.Order(15)
class CommerceDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CommerceDemo.class);

	static final String SHOP = "demo.tailwind.example";

	private final DemoData demo;

	private final CustomerManagement customers;

	private final OrderManagement orders;

	private final ShipmentManagement shipments;

	private final ReturnManagement returns;

	private final JsonMapper json;

	private final Clock clock;

	CommerceDemo(DemoData demo, CustomerManagement customers, OrderManagement orders, ShipmentManagement shipments,
			ReturnManagement returns, JsonMapper json, Clock clock) {
		this.demo = demo;
		this.customers = customers;
		this.orders = orders;
		this.shipments = shipments;
		this.returns = returns;
		this.json = json;
		this.clock = clock;
	}

	record Dataset(List<OrderData> orders) {
	}

	record OrderData(String number, String customer, String market, String currency, double hoursAgo,
			@Nullable Double deliveredHoursAgo, String status, @Nullable String paymentMethod, List<ItemData> items,
			String shipping, @Nullable String duties, Map<String, String> shippingAddress,
			@Nullable List<ShipmentData> shipments, @Nullable List<ReturnData> returns) {
	}

	record ItemData(String sku, String title, int quantity, String unitPrice, String hsCode, String originCountry) {
	}

	record ShipmentData(String carrier, String trackingNumber, String originCountry, String destinationCountry,
			List<EventData> events) {
	}

	record EventData(String status, @Nullable String subStatus, double hoursAgo, @Nullable String location,
			@Nullable String zone, @Nullable String description) {
	}

	record ReturnData(List<RequestedLine> items, boolean refund) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.wanted()) {
			return;
		}
		Dataset dataset;
		try (InputStream in = new ClassPathResource("demo/commerce-demo.json").getInputStream()) {
			dataset = this.json.readValue(in, Dataset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int loaded = 0;
		for (OrderData data : dataset.orders()) {
			// Loaded once: the demo's customers exist and have no orders yet on a first
			// start.
			var customer = this.customers.findByEmail(data.customer()).orElse(null);
			if (customer == null || !this.orders.recentOf(customer.id(), null, 1).isEmpty()) {
				continue;
			}
			load(data);
			loaded++;
		}
		if (loaded > 0) {
			log.info("Demo commerce: {} orders with their shipments and returns", loaded);
		}
	}

	private void load(OrderData data) {
		Instant now = this.clock.instant();
		CurrencyCode currency = new CurrencyCode(data.currency());
		List<LineDraft> items = data.items()
			.stream()
			.map(item -> new LineDraft(item.sku(), item.title(), item.quantity(), new BigDecimal(item.unitPrice()),
					HsCode.parse("hsCode", item.hsCode()), new CountryCode(item.originCountry()), null))
			.toList();
		Order order = this.orders.place(new OrderDraft(SHOP, data.number(), null, "api",
				new CustomerDraft(data.customer(), null, null, null, null), new CountryCode(data.market()), null,
				currency, ago(now, data.hoursAgo()),
				data.deliveredHoursAgo() == null ? null : ago(now, data.deliveredHoursAgo()),
				OrderStatus.parse("status", data.status()), data.paymentMethod(), items,
				new BigDecimal(data.shipping()), BigDecimal.ZERO,
				data.duties() == null ? BigDecimal.ZERO : new BigDecimal(data.duties()), null, data.shippingAddress(),
				null, null));
		for (ShipmentData parcel : data.shipments() == null ? List.<ShipmentData>of() : data.shipments()) {
			Shipment shipment = this.shipments.record(order.id(),
					new ShipmentDraft(parcel.carrier(), parcel.trackingNumber(),
							new CountryCode(parcel.destinationCountry()), new CountryCode(parcel.originCountry()), null,
							List.of()));
			for (EventData event : parcel.events()) {
				ShipmentStatus status = ShipmentStatus.parse("status", event.status());
				this.shipments.addEvent(shipment.id(),
						new TrackingEventDraft(status,
								event.subStatus() == null ? null
										: ShipmentSubStatus.parse("subStatus", event.subStatus(), status),
								new EventTime(ago(now, event.hoursAgo()),
										event.zone() == null ? null : ZoneId.of(event.zone())),
								event.location(), event.description(), null),
						"api");
			}
		}
		for (ReturnData returned : data.returns() == null ? List.<ReturnData>of() : data.returns()) {
			OrderReturn opened = this.returns.request(order.id(), returned.items());
			if (returned.refund()) {
				for (ReturnStatus next : List.of(ReturnStatus.APPROVED, ReturnStatus.IN_TRANSIT,
						ReturnStatus.RECEIVED)) {
					this.returns.move(opened.id(), next);
				}
				this.returns.refund(opened.id(), null);
			}
		}
	}

	private static Instant ago(Instant now, double hours) {
		return now.minus(Duration.ofSeconds(Math.round(hours * 3600)));
	}

}
