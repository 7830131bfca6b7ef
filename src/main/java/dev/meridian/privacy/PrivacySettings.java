package dev.meridian.privacy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy settings ({@code meridian.privacy.*}).
 *
 * @param exportLinkValidity how long an export's download link works (it works once)
 * @param requestDeadline how long the team has to answer a customer's export or erasure
 * request where the market sets nothing else: 30 days, the GDPR's month
 * @param requestDeadlines the deadline by market (ISO 3166-1 alpha-2), where its law sets
 * another, e.g. {@code meridian.privacy.request-deadlines.BR=15d} (LGPD)
 * @param requestWarning how long before its due date an open request counts as due soon:
 * flagged on the admins' screen and in their reminders
 */
@ConfigurationProperties("meridian.privacy")
public record PrivacySettings(@DefaultValue("72h") Duration exportLinkValidity,
		@DefaultValue("30d") Duration requestDeadline, @DefaultValue Map<String, Duration> requestDeadlines,
		@DefaultValue("7d") Duration requestWarning) {

	public PrivacySettings {
		Map<String, Duration> byMarket = new java.util.HashMap<>();
		requestDeadlines.forEach((market, deadline) -> byMarket.put(market.toUpperCase(Locale.ROOT), deadline));
		requestDeadlines = Map.copyOf(byMarket);
	}

	/** The deadline for a request from a customer of this market (none: the default). */
	public Duration deadline(@Nullable String market) {
		if (market == null) {
			return this.requestDeadline;
		}
		return this.requestDeadlines.getOrDefault(market.toUpperCase(Locale.ROOT), this.requestDeadline);
	}

}
