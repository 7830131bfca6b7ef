package dev.meridian.commerce.orders;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's orders, their items, shipments with tracking events, and returns in
 * privacy requests. Erasing keeps what accounting and the markets' retention laws need
 * (number, dates, amounts, currency, items, market and the destination country) and
 * removes the addresses; the order no longer names anyone once the customer row is
 * anonymized.
 */
@Component
class CommercePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CommercePersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int orders = this.jdbc.sql("""
				update commerce_orders
				set shipping_address = jsonb_strip_nulls(jsonb_build_object('country', shipping_address -> 'country')),
				    billing_address = case when billing_address is null then null
				        else jsonb_strip_nulls(jsonb_build_object('country', billing_address -> 'country')) end
				where customer_id = ?
				  and (shipping_address - 'country' <> '{}'::jsonb
				       or coalesce(billing_address - 'country', '{}'::jsonb) <> '{}'::jsonb)""")
			.param(subject.customerId())
			.update();
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
		return Map.of("orderAddresses", orders, "returnReasons", reasons, "returnLookups", lookups);
	}

}
