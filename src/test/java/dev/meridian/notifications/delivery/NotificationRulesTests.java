package dev.meridian.notifications.delivery;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTests {

	@Test
	void exceptionsFailedAttemptsAndCustomsHoldsCallForANotification() {
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.EXCEPTION, null)).isTrue();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.FAILED_ATTEMPT, null)).isTrue();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.HELD_AT_CUSTOMS))
			.isTrue();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.CUSTOMS_DELAY))
			.isTrue();
		assertThat(
				ShipmentNotifications.calledFor(ShipmentStatus.AVAILABLE_FOR_PICKUP, ShipmentSubStatus.DUTIES_PAYABLE))
			.isTrue();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.MISSING_DOCUMENTS))
			.isTrue();
	}

	@Test
	void ordinaryProgressCallsForNone() {
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.DEPARTED_FACILITY))
			.isFalse();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.OUT_FOR_DELIVERY, null)).isFalse();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.DELIVERED, ShipmentSubStatus.SIGNED_BY_RECIPIENT))
			.isFalse();
		assertThat(ShipmentNotifications.calledFor(ShipmentStatus.IN_TRANSIT, ShipmentSubStatus.DELAYED)).isFalse();
	}

	@Test
	void theOrderTagIsAValidTicketTag() {
		assertThat(NotificationSender.orderTag("T-1001")).isEqualTo("order:t-1001");
		assertThat(NotificationSender.orderTag("#1001 / A")).isEqualTo("order:-1001---a");
		assertThat(NotificationSender.orderTag("注文-12")).isEqualTo("order:注文-12");
		assertThat(NotificationSender.orderTag("X".repeat(100))).hasSize(64);
	}

}
