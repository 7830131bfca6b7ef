package dev.meridian.commerce;

import java.time.Instant;
import java.time.ZoneId;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * Someone named an order and its customer's address in the help center: the customer is
 * to get, at that address and in their language, the one-time {@code link} that opens the
 * return page of the order until {@code expiresAt}. The email channel sends it.
 *
 * @param order the order
 * @param orderNumber its number, as the customer knows it
 * @param email the order's customer's address that was given (never another one)
 * @param language the customer's language
 * @param zone the customer's zone, for the expiry; {@code null} when unknown
 * @param market the order's market, whose mailbox sends the mail
 * @param link the link, carrying the token (stored only hashed)
 * @param expiresAt when the link stops working
 */
public record ReturnLinkRequested(OrderId order, String orderNumber, String email, LanguageTag language,
		@Nullable ZoneId zone, @Nullable String market, String link, Instant expiresAt) {
}
