package dev.meridian.knowledge;

import java.time.Instant;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.TicketId;

/**
 * A help-center request named an address that belongs to a customer: its owner is to be
 * asked, in the reader's language, to confirm the request by following {@code link}
 * before {@code expiresAt}. The email channel sends the mail.
 */
public record ContactConfirmationRequested(TicketId ticket, String email, LanguageTag language, String link,
		Instant expiresAt) {
}
