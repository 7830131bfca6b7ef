package dev.meridian.notifications.delivery;

import java.util.List;
import java.util.Locale;

import dev.meridian.commerce.ShipmentStatus;
import dev.meridian.commerce.ShipmentSubStatus;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a shipment notification, from this module's own bundle
 * ({@code notifications/notifications_*.properties}). The language is the customer's
 * preferred one when the bundle has it, else their market's, else English: never a
 * language the customer did not choose when one of theirs is written.
 */
@Component
class NotificationTexts {

	/** The languages the bundle is written in; English is the bundle's base file. */
	static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "ja", "ar", "ko", "hu");

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	NotificationTexts() {
		this.bundle.setBasename("notifications/notifications");
		this.bundle.setDefaultEncoding("UTF-8");
		this.bundle.setFallbackToSystemLocale(false);
		this.bundle.setAlwaysUseMessageFormat(true);
	}

	/** The language to write in: preferred, else the market's, else English. */
	static String languageFor(@Nullable LanguageTag preferred, @Nullable LanguageTag market) {
		for (LanguageTag candidate : new LanguageTag[] { preferred, market }) {
			if (candidate != null && !candidate.isUndetermined()
					&& LANGUAGES.contains(candidate.language().toLowerCase(Locale.ROOT))) {
				return candidate.language().toLowerCase(Locale.ROOT);
			}
		}
		return "en";
	}

	/** The subject of a new ticket for the notification. */
	String subject(String language, String orderNumber) {
		return text("notification.shipment.subject", language, orderNumber);
	}

	/** The message: greeting, what happened and what to do, the tracking link. */
	String body(String language, String name, String orderNumber, String carrier, String trackingNumber,
			ShipmentStatus status, @Nullable ShipmentSubStatus subStatus, @Nullable String trackingUrl) {
		String reason = subStatus != null && subStatus.isCustoms() ? subStatus.value() : status.value();
		StringBuilder body = new StringBuilder().append(text("notification.shipment.greeting", language, name))
			.append("\n\n")
			.append(text("notification.shipment." + reason, language, orderNumber, carrier, trackingNumber));
		if (trackingUrl != null) {
			body.append("\n\n").append(text("notification.shipment.track", language, trackingUrl));
		}
		return body.append("\n\n").append(text("notification.shipment.closing", language)).toString();
	}

	private String text(String key, String language, Object... arguments) {
		return this.bundle.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

}
