package dev.meridian.tickets;

import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A customer's message that its readers need in other languages: decided as it is stored,
 * so that a message everyone reads as written costs no work after its commit.
 *
 * @param targets the languages to translate into
 * @param market the ticket's market, whose glossary the engine follows
 */
record TranslationsWanted(TicketId ticket, MessageId message, List<LanguageTag> targets, @Nullable String market) {

	TranslationsWanted {
		targets = List.copyOf(targets);
	}

}
