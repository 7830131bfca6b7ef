package dev.meridian.privacy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legal hold of markets without one of their own
 * ({@code meridian.privacy.legal-holds.*}): by default ten years of the invoice record
 * (number, date, amounts, currency, country and items), what erasures kept before holds
 * were set per market.
 *
 * @param defaultYears how long (0: nothing is held by default)
 * @param defaultOrderFields the order fields kept ({@link HeldField#key()} names)
 */
@ConfigurationProperties("meridian.privacy.legal-holds")
public record LegalHoldSettings(@DefaultValue("10") int defaultYears, @DefaultValue( {
		"number", "placedAt", "amounts", "currency", "country", "items" }) List<String> defaultOrderFields){

}
