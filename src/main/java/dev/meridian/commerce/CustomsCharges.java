package dev.meridian.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.money.MonetaryAmount;
import javax.money.MonetaryException;

import dev.meridian.DomainException;
import dev.meridian.commerce.orders.LineItem;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.shipments.Shipment;
import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What customs charges on top of an order when its parcel is held for duties: the
 * estimate for the order's goods at the destination on the day of the customs event, and
 * why, in the customer's language. Shown by the customer 360, the shipment page and the
 * chat's bot alike.
 */
@Component
public class CustomsCharges {

	private final LandedCosts landedCosts;

	CustomsCharges(LandedCosts landedCosts) {
		this.landedCosts = landedCosts;
	}

	/**
	 * What customs charges (duty, import tax, carrier fees), estimated, and why, in the
	 * customer's language.
	 */
	public record Customs(AmountJson total, String language, String explanation) {
	}

	/**
	 * The estimate for a parcel held for customs; none when a line lacks what an estimate
	 * needs (an HS code, an origin), or no rule or rate covers it.
	 */
	public @Nullable Customs of(Order order, Shipment shipment, Locale language) {
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
			MonetaryAmount charges = order.money(BigDecimal.ZERO);
			for (LandedCostEstimate.Line line : estimate.lines()) {
				if (line.kind() != LandedCostEstimate.Kind.GOODS && line.kind() != LandedCostEstimate.Kind.SHIPPING) {
					charges = charges.add(line.amount());
				}
			}
			return new Customs(AmountJson.of(charges), explanation.language(), explanation.text());
		}
		catch (DomainException | IllegalArgumentException | MonetaryException ex) {
			// No rule for the destination, no rate for the day: the screen shows the
			// status without an estimate rather than failing the whole page.
			return null;
		}
	}

}
