package dev.meridian.commerce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.meridian.commerce.AmountJson;
import dev.meridian.commerce.returns.OrderReturn;
import org.jspecify.annotations.Nullable;

/**
 * A return as the API shows it, with its refund once issued.
 */
record ReturnResponse(UUID id, UUID orderId, String status, List<Item> items, Instant requestedAt, Instant updatedAt,
		@Nullable RefundResponse refund) {

	/**
	 * A returned line; the customer's {@code reason} is taken to be in the order's
	 * language ({@code reasonLanguage}), the one the customer shopped in.
	 */
	record Item(String sku, int quantity, @Nullable String reason, @Nullable String reasonLanguage) {
	}

	static ReturnResponse of(OrderReturn found, String orderLanguage) {
		return new ReturnResponse(found.id().value(), found.order().value(), found.status().value(),
				found.items()
					.stream()
					.map(line -> new Item(line.sku(), line.quantity(), line.reason().orElse(null),
							line.reason().isPresent() ? orderLanguage : null))
					.toList(),
				found.requestedAt(), found.updatedAt(),
				found.refund().map(refund -> RefundResponse.of(found)).orElse(null));
	}

	/**
	 * A refund: the amount paid and where it went; {@code orderAmount} is the same refund
	 * in the order's currency, and when they differ {@code rate} (units of the paid
	 * currency per unit of the order's) and {@code rateDate} say how it was converted.
	 */
	record RefundResponse(UUID returnId, UUID orderId, AmountJson amount, String method, Instant refundedAt,
			AmountJson orderAmount, @Nullable String rate, @Nullable LocalDate rateDate) {

		static RefundResponse of(OrderReturn found) {
			OrderReturn.Refund refund = found.refund().orElseThrow();
			OrderReturn.Converted converted = refund.conversion();
			return new RefundResponse(found.id().value(), found.order().value(), AmountJson.of(refund.amount()),
					refund.method().value(), refund.at(), AmountJson.of(refund.orderAmount()),
					converted == null ? null : converted.rate().stripTrailingZeros().toPlainString(),
					converted == null ? null : converted.rateDate());
		}

	}

}
