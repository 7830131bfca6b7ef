package dev.meridian.commerce.returns;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.commerce.orders.OrderStatus;

/**
 * The return policy's rules for a request, in the order they are told to a customer: a
 * cancelled order has nothing to return; the window counts whole days from delivery, or
 * from the order while no delivery is known; each SKU must be on the order, and no more
 * may be returned than was ordered less what other returns (not rejected) already hold.
 *
 * @param terms the market's policy
 * @param status the order's status
 * @param placedAt when the order was placed
 * @param deliveredAt when it was delivered, {@code null} while unknown
 * @param ordered quantity ordered per SKU
 * @param returned quantity held by earlier returns per SKU
 */
public record ReturnCheck(ReturnTerms terms, OrderStatus status, Instant placedAt,
		java.util.Optional<Instant> deliveredAt, Map<String, Integer> ordered, Map<String, Integer> returned) {

	/** When the window closes. */
	public Instant deadline() {
		return this.deliveredAt.orElse(this.placedAt).plus(Duration.ofDays(this.terms.windowDays()));
	}

	/**
	 * Passes, or throws with the first reason the request is refused.
	 * @throws ReturnRefusedException with the policy's reason
	 */
	public void check(List<RequestedLine> lines, Instant now) {
		if (this.status == OrderStatus.CANCELLED) {
			throw new ReturnRefusedException("order-cancelled", "The order was cancelled: there is nothing to return");
		}
		if (now.isAfter(deadline())) {
			throw new ReturnRefusedException("outside-window",
					"The return window of " + this.terms.windowDays() + " days "
							+ (this.deliveredAt.isPresent() ? "from delivery" : "from the order") + " ended at "
							+ deadline(),
					this.terms.windowDays(), Date.from(deadline()));
		}
		Map<String, Integer> asked = new LinkedHashMap<>();
		lines.forEach(line -> asked.merge(line.sku(), line.quantity(), Integer::sum));
		asked.forEach((sku, quantity) -> {
			int ordered = this.ordered.getOrDefault(sku, 0);
			if (ordered == 0) {
				throw new ReturnRefusedException("unknown-sku", "SKU " + sku + " is not on this order", sku);
			}
			if (quantity > ordered) {
				throw new ReturnRefusedException("quantity-exceeds-order",
						quantity + " of SKU " + sku + " asked, " + ordered + " ordered", sku, ordered);
			}
			int left = ordered - this.returned.getOrDefault(sku, 0);
			if (quantity > left) {
				throw new ReturnRefusedException("already-returned", quantity + " of SKU " + sku + " asked, "
						+ (ordered - left) + " of " + ordered + " already in other returns", sku, Math.max(left, 0));
			}
		});
	}

}
