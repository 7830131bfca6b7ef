package dev.meridian.tickets;

import java.util.List;

import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.language.CulturalProfiles;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.markets.LanguageTag;

import org.springframework.stereotype.Service;

/**
 * Replies written in the agent's language and sent in the customer's: machine-translated,
 * followed by a line in the customer's language saying so, with both texts kept on the
 * message. The translation is made before anything is stored, so a reply the engine
 * cannot translate now is not sent, and the agent is told why.
 * {@code {customer.salutation}} becomes the customer's salutation in their language
 * ("田中様", "Sehr geehrte Frau Schmidt").
 */
@Service
public class ReplyTranslation {

	/** Stands for the salutation while the text is translated: no engine touches it. */
	private static final String SALUTATION_PLACEHOLDER = "ZZS0ZZ";

	private final Translation translation;

	private final TicketManagement tickets;

	private final CustomerManagement customers;

	private final CulturalProfiles profiles;

	ReplyTranslation(Translation translation, TicketManagement tickets, CustomerManagement customers,
			CulturalProfiles profiles) {
		this.translation = translation;
		this.tickets = tickets;
		this.customers = customers;
		this.profiles = profiles;
	}

	/** A reply as it would be sent: the customer's text and its translation back. */
	public record Preview(Translated translated, Translated backTranslated) {
	}

	/** What the customer would read, and that text translated back for the agent. */
	public Preview preview(TicketId id, String text, LanguageTag written) {
		Ticket ticket = this.tickets.get(id);
		Translated translated = translate(ticket, text, written);
		Translated back = this.translation.translate(translated.text(), translated.to(), written);
		return new Preview(translated, back);
	}

	/**
	 * Sends a reply written in {@code written} to the customer in the ticket's language.
	 * A reply already in the customer's language is sent as it is.
	 */
	public Message reply(TicketId id, Author author, String text, LanguageTag written) {
		Ticket ticket = this.tickets.get(id);
		LanguageTag customerLanguage = ticket.language();
		if (!needsTranslation(customerLanguage, written)) {
			return this.tickets.addMessage(id, author, new MessageDraft(fillIn(ticket, text, written), null, written,
					null, Visibility.PUBLIC, null, List.of()));
		}
		Translated translated = translate(ticket, text, written);
		String notice = this.profiles.machineTranslationNotice(customerLanguage).orElse(null);
		String body = notice == null ? translated.text() : translated.text() + "\n\n" + notice;
		MessageDraft draft = new MessageDraft(body, null, customerLanguage, null, Visibility.PUBLIC, null, List.of());
		return this.tickets.addTranslatedMessage(id, author, draft,
				new OriginalText(fillIn(ticket, text, customerLanguage), written, translated.engine()));
	}

	/** A reply sent as written, with {@code {customer.salutation}} filled in. */
	public String withSalutation(TicketId id, String text) {
		Ticket ticket = this.tickets.get(id);
		return fillIn(ticket, text, ticket.language());
	}

	public static boolean needsTranslation(LanguageTag customerLanguage, LanguageTag written) {
		return !customerLanguage.isUndetermined() && !customerLanguage.language().equals(written.language());
	}

	private Translated translate(Ticket ticket, String text, LanguageTag written) {
		LanguageTag customerLanguage = ticket.language();
		Translated translated = this.translation
			.translate(text.replace(CulturalProfiles.SALUTATION, SALUTATION_PLACEHOLDER), written, customerLanguage);
		String salutation = fillIn(ticket, CulturalProfiles.SALUTATION, customerLanguage);
		return new Translated(
				translated.text()
					.replaceAll("\\*?" + SALUTATION_PLACEHOLDER, java.util.regex.Matcher.quoteReplacement(salutation)),
				translated.from(), translated.to(), translated.engine(), translated.fromMemory(), translated.pivot(),
				translated.corrected());
	}

	private String fillIn(Ticket ticket, String text, LanguageTag language) {
		if (!text.contains(CulturalProfiles.SALUTATION)) {
			return text;
		}
		Customer customer = this.customers.get(ticket.customer());
		return this.profiles.fillIn(text, language, customer.givenName().orElse(null),
				customer.familyName().orElse(null), null);
	}

}
