package dev.meridian.commerce.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.HeldField;
import dev.meridian.privacy.LegalHold;
import dev.meridian.privacy.LegalHolds;
import dev.meridian.privacy.PersonalDataHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's orders, their items, shipments with tracking events, and returns in
 * privacy requests. Erasing keeps what the market's {@link LegalHold} requires of each
 * order while it runs, and removes the addresses; the order no longer names anyone once
 * the customer row is anonymized.
 */
@Component
class CommercePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final LegalHolds holds;

	private final Clock clock;

	CommercePersonalData(JdbcClient jdbc, JsonMapper json, LegalHolds holds, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.holds = holds;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "commerce";
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		archive.section("orders", rows("""
				select to_jsonb(o) - 'version' || jsonb_build_object('items',
				    coalesce((select jsonb_agg(to_jsonb(i) order by i.position) from commerce_order_items i
				              where i.order_id = o.id), '[]'::jsonb)) as row
				from commerce_orders o where o.customer_id = ? order by o.placed_at""", subject));
		archive.section("shipments", rows("""
				select to_jsonb(s) || jsonb_build_object('events',
				    coalesce((select jsonb_agg(to_jsonb(e) order by e.occurred_at) from commerce_tracking_events e
				              where e.shipment_id = s.id), '[]'::jsonb)) as row
				from commerce_shipments s where s.customer_id = ? order by s.created_at""", subject));
		archive.section("returns", rows("""
				select to_jsonb(r) - 'version' || jsonb_build_object('items',
				    coalesce((select jsonb_agg(to_jsonb(i) order by i.position) from commerce_return_items i
				              where i.return_id = r.id), '[]'::jsonb)) as row
				from commerce_returns r join commerce_orders o on o.id = r.order_id
				where o.customer_id = ? order by r.requested_at""", subject));
	}

	private List<JsonNode> rows(String sql, DataSubject subject) {
		return this.jdbc.sql(sql)
			.param(subject.customerId())
			.query((rs, row) -> this.json.readTree(rs.getString("row")))
			.list();
	}

	/** An order of the subject as an erasure weighs it against its market's hold. */
	private record HeldOrder(UUID id, String market, Instant placedAt, LegalHold hold, boolean held) {

		boolean keeps(HeldField field) {
			return this.held && this.hold.orderFields().contains(field);
		}

	}

	private List<HeldOrder> orders(DataSubject subject) {
		Instant now = this.clock.instant();
		Map<String, LegalHold> holds = new HashMap<>();
		return this.jdbc
			.sql("select id, market, placed_at from commerce_orders where customer_id = ? order by placed_at")
			.param(subject.customerId())
			.query((rs, row) -> {
				String market = rs.getString("market");
				Instant placedAt = rs.getTimestamp("placed_at").toInstant();
				LegalHold hold = holds.computeIfAbsent(market, this.holds::of);
				return new HeldOrder(rs.getObject("id", UUID.class), market, placedAt, hold, hold.holds(placedAt, now));
			})
			.list();
	}

	@Override
	public List<LegalHold.Kept> kept(DataSubject subject) {
		Map<String, List<HeldOrder>> byMarket = new TreeMap<>();
		for (HeldOrder order : orders(subject)) {
			if (order.held()) {
				byMarket.computeIfAbsent(order.market(), m -> new ArrayList<>()).add(order);
			}
		}
		List<LegalHold.Kept> kept = new ArrayList<>();
		byMarket.forEach((market, held) -> {
			LegalHold hold = held.get(0).hold();
			Instant until = held.stream().map(o -> hold.until(o.placedAt())).max(Instant::compareTo).orElseThrow();
			kept.add(new LegalHold.Kept("commerce.orders", market, held.size(), hold.fieldKeys(), until));
		});
		return kept;
	}

	/**
	 * Names, street addresses, postcodes, cities, phones and emails go from every order.
	 * What a market's legal hold keeps stays while it runs (the number, the country, the
	 * items, the payment method, each only if held); the rest of those go too. Dates,
	 * amounts and currency stay on every order: they name nobody once the number is gone,
	 * and the reports count them.
	 */
	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int addresses = 0;
		int numbers = 0;
		int items = 0;
		for (HeldOrder order : orders(subject)) {
			boolean country = order.keeps(HeldField.COUNTRY);
			addresses += this.jdbc.sql("""
					update commerce_orders
					set shipping_address = case when ? then jsonb_strip_nulls(
					        jsonb_build_object('country', shipping_address -> 'country')) else '{}'::jsonb end,
					    billing_address = case when billing_address is null then null
					        when ? then jsonb_strip_nulls(jsonb_build_object('country', billing_address -> 'country'))
					        else '{}'::jsonb end
					where id = ?
					  and (shipping_address - 'country' <> '{}'::jsonb
					       or coalesce(billing_address - 'country', '{}'::jsonb) <> '{}'::jsonb
					       or (not ? and (jsonb_exists(shipping_address, 'country')
					                     or coalesce(jsonb_exists(billing_address, 'country'), false))))""")
				.params(country, country, order.id(), country)
				.update();
			if (!order.keeps(HeldField.NUMBER)) {
				numbers += this.jdbc.sql("""
						update commerce_orders set number = 'erased-' || id::text, external_id = null
						where id = ? and number <> 'erased-' || id::text""").param(order.id()).update();
			}
			if (!order.keeps(HeldField.PAYMENT_METHOD)) {
				this.jdbc
					.sql("update commerce_orders set payment_method = null where id = ? and payment_method is not null")
					.param(order.id())
					.update();
			}
			if (!order.keeps(HeldField.ITEMS)) {
				items += this.jdbc.sql("""
						update commerce_order_items set sku = ?, title = ?
						where order_id = ? and (sku <> ? or title <> ?)""")
					.params(DataSubject.ERASED, DataSubject.ERASED, order.id(), DataSubject.ERASED, DataSubject.ERASED)
					.update();
			}
		}
		int orders = addresses;
		int reasons = this.jdbc.sql("""
				update commerce_return_items i set reason = ?
				from commerce_returns r join commerce_orders o on o.id = r.order_id
				where i.return_id = r.id and o.customer_id = ? and i.reason is not null and i.reason <> ?""")
			.params(DataSubject.ERASED, subject.customerId(), DataSubject.ERASED)
			.update();
		String[] emails = subject.emails().stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		int lookups = this.jdbc.sql("delete from commerce_return_lookups where lower(email) = any (?)")
			.param(emails)
			.update();
		return Map.of("orderAddresses", orders, "orderNumbers", numbers, "orderItems", items, "returnReasons", reasons,
				"returnLookups", lookups);
	}

}
