package dev.meridian.commerce.orders;

import dev.meridian.markets.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Who placed an order, as the source knows them: matched to a known customer by email,
 * created when unknown.
 */
public record CustomerDraft(String email, @Nullable String givenName, @Nullable String familyName,
		@Nullable String name, @Nullable CountryCode country) {
}
