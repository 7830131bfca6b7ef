package dev.meridian.commerce.returns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.meridian.commerce.orders.OrderStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReturnCheckTests {

	static final Instant PLACED = Instant.parse("2026-10-01T08:00:00Z");

	static final ReturnTerms THIRTY_DAYS = new ReturnTerms("DE", 30, "merchant", BigDecimal.ZERO, true,
			List.of(RefundMethod.ORIGINAL_PAYMENT));

	static ReturnCheck check(OrderStatus status, Optional<Instant> delivered, Map<String, Integer> returned) {
		return new ReturnCheck(THIRTY_DAYS, status, PLACED, delivered, Map.of("HAT", 2, "SCARF", 1), returned);
	}

	static String reason(ReturnCheck check, List<RequestedLine> lines, Instant now) {
		return catchRefusal(() -> check.check(lines, now));
	}

	static String catchRefusal(Runnable action) {
		try {
			action.run();
			return "allowed";
		}
		catch (ReturnRefusedException ex) {
			return ex.reason();
		}
	}

	@Test
	void allowsAReturnInsideTheWindowCountedFromTheOrderWhileNoDeliveryIsKnown() {
		ReturnCheck check = check(OrderStatus.PAID, Optional.empty(), Map.of());

		assertThat(check.deadline()).isEqualTo(PLACED.plus(Duration.ofDays(30)));
		assertThatCode(
				() -> check.check(List.of(new RequestedLine("HAT", 2, "too small")), PLACED.plus(Duration.ofDays(29))))
			.doesNotThrowAnyException();
		assertThat(reason(check, List.of(new RequestedLine("HAT", 1, null)), PLACED.plus(Duration.ofDays(31))))
			.isEqualTo("outside-window");
	}

	@Test
	void countsTheWindowFromDeliveryWhenItIsKnown() {
		Instant delivered = PLACED.plus(Duration.ofDays(10));
		ReturnCheck check = check(OrderStatus.FULFILLED, Optional.of(delivered), Map.of());

		assertThat(check.deadline()).isEqualTo(delivered.plus(Duration.ofDays(30)));
		assertThat(reason(check, List.of(new RequestedLine("HAT", 1, null)), PLACED.plus(Duration.ofDays(35))))
			.isEqualTo("allowed");
		assertThat(reason(check, List.of(new RequestedLine("HAT", 1, null)),
				delivered.plus(Duration.ofDays(30)).plusSeconds(1)))
			.isEqualTo("outside-window");
	}

	@Test
	void refusesSkusNotOnTheOrderAndMoreThanOrdered() {
		ReturnCheck check = check(OrderStatus.PAID, Optional.empty(), Map.of());
		Instant now = PLACED.plus(Duration.ofDays(1));

		assertThat(reason(check, List.of(new RequestedLine("SOCKS", 1, null)), now)).isEqualTo("unknown-sku");
		assertThat(reason(check, List.of(new RequestedLine("SCARF", 2, null)), now))
			.isEqualTo("quantity-exceeds-order");
		// The same SKU on two lines of the request counts together.
		assertThat(reason(check, List.of(new RequestedLine("HAT", 2, null), new RequestedLine("HAT", 1, null)), now))
			.isEqualTo("quantity-exceeds-order");
	}

	@Test
	void refusesWhatOtherReturnsAlreadyHold() {
		ReturnCheck check = check(OrderStatus.PAID, Optional.empty(), Map.of("HAT", 1));
		Instant now = PLACED.plus(Duration.ofDays(1));

		assertThat(reason(check, List.of(new RequestedLine("HAT", 1, null)), now)).isEqualTo("allowed");
		ReturnRefusedException refused = assertThatExceptionOfType(ReturnRefusedException.class)
			.isThrownBy(() -> check.check(List.of(new RequestedLine("HAT", 2, null)), now))
			.actual();
		assertThat(refused.reason()).isEqualTo("already-returned");
		assertThat(refused.arguments()).containsExactly("HAT", 1);
	}

	@Test
	void refusesReturnsOfCancelledOrders() {
		assertThat(reason(check(OrderStatus.CANCELLED, Optional.empty(), Map.of()),
				List.of(new RequestedLine("HAT", 1, null)), PLACED.plusSeconds(60)))
			.isEqualTo("order-cancelled");
	}

	@Test
	void refundsTheOriginalPaymentByDefaultWhenThePolicyOffersIt() {
		assertThat(THIRTY_DAYS.defaultMethod()).isEqualTo(RefundMethod.ORIGINAL_PAYMENT);
		assertThat(new ReturnTerms("JP", 14, "customer", BigDecimal.ZERO, false,
				List.of(RefundMethod.BANK_TRANSFER, RefundMethod.STORE_CREDIT))
			.defaultMethod()).isEqualTo(RefundMethod.BANK_TRANSFER);
	}

}
