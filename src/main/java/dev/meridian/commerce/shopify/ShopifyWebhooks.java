package dev.meridian.commerce.shopify;

import java.time.Clock;
import java.util.Set;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.orders.OrderManagement;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a verified Shopify order webhook once: the delivery id is inserted first, in
 * the same transaction as the order, so a replay (or two deliveries racing) meets the
 * primary key and stores nothing.
 */
@Service
class ShopifyWebhooks {

	static final Set<String> ORDER_TOPICS = Set.of("orders/create", "orders/updated");

	private final OrderManagement orders;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	ShopifyWebhooks(OrderManagement orders, JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json,
			Clock clock) {
		this.orders = orders;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	/** What became of a delivery. */
	record Outcome(String status, @Nullable String orderId) {
	}

	/**
	 * Records the order a verified delivery carries.
	 * @throws InvalidValueException when the body is not an order Meridian can read
	 */
	Outcome receive(String webhookId, String shop, String topic, byte[] body) {
		JsonNode order = parse(body);
		try {
			return this.transaction.execute(status -> record(webhookId, shop, topic, order));
		}
		catch (DataIntegrityViolationException ex) {
			// A new customer created by another request at the same moment: once more.
			return this.transaction.execute(status -> record(webhookId, shop, topic, order));
		}
	}

	private Outcome record(String webhookId, String shop, String topic, JsonNode order) {
		int inserted = this.jdbc.update(
				"insert into commerce_webhook_deliveries "
						+ "(provider, webhook_id, shop, topic, received_at) values ('shopify', ?, ?, ?, ?) "
						+ "on conflict do nothing",
				webhookId, shop, topic, java.sql.Timestamp.from(this.clock.instant()));
		if (inserted == 0) {
			return new Outcome("duplicate", null);
		}
		OrderManagement.Received received = this.orders.receive(ShopifyOrderMapping.map(shop, order));
		this.jdbc.update("update commerce_webhook_deliveries set order_id = ? where provider = 'shopify' "
				+ "and webhook_id = ?", received.order().id().value(), webhookId);
		return new Outcome(received.created() ? "created" : "updated", received.order().id().toString());
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode order = this.json.readTree(body);
			if (order == null || !order.isObject()) {
				throw new InvalidValueException("body", "The body is not a Shopify order object");
			}
			return order;
		}
		catch (JacksonException ex) {
			throw new InvalidValueException("body", "The body is not valid JSON");
		}
	}

}
