package dev.meridian.tickets;

import java.util.List;
import java.util.regex.Matcher;

import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.language.Addressee;
import dev.meridian.language.CulturalProfiles;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;

import org.springframework.stereotype.Service;

/**
 * Replies written in the agent's language and sent in the customer's: machine-translated,
 * followed by a line in the customer's language saying so, with both texts kept on the
 * message. The translation is made before anything is stored, so a reply the engine
 * cannot translate now is not sent, and the agent is told why.
 * {@code {customer.salutation}} becomes the customer's salutation in their language
 * ("田中様", "Sehr geehrte Frau Schmidt"), {@code {customer.greeting}} and
 * {@code {customer.closing}} the first and last line of a reply to them; the translation
 * is asked for in the customer's formality.
 */
@Service
public class ReplyTranslation {

	/**
	 * Stand for the salutation, greeting and closing while the text is translated: no
	 * engine touches them.
	 */
	private static final java.util.Map<String, String> PROTECTED = java.util.Map.of(CulturalProfiles.SALUTATION,
			"ZZS0ZZ", CulturalProfiles.GREETING, "ZZH0ZZ", CulturalProfiles.CLOSING, "ZZC0ZZ");

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

	/**
	 * A reply sent as written, with {@code {customer.salutation}},
	 * {@code {customer.greeting}} and {@code {customer.closing}} filled in.
	 */
	public String withSalutation(TicketId id, String text) {
		Ticket ticket = this.tickets.get(id);
		return fillIn(ticket, text, ticket.language());
	}

	public static boolean needsTranslation(LanguageTag customerLanguage, LanguageTag written) {
		return !customerLanguage.isUndetermined() && !customerLanguage.language().equals(written.language());
	}

	private Translated translate(Ticket ticket, String text, LanguageTag written) {
		LanguageTag customerLanguage = ticket.language();
		Customer customer = this.customers.get(ticket.customer());
		Addressee addressee = ReplyDrafts.addressee(customer);
		String protectedText = text;
		for (var placeholder : PROTECTED.entrySet()) {
			protectedText = protectedText.replace(placeholder.getKey(), placeholder.getValue());
		}
		// Sie or du, vous or tu: as the customer prefers, else as their culture writes.
		Formality formality = this.profiles.formality(customerLanguage, customer.formality());
		Translated translated = this.translation.translate(protectedText, written, customerLanguage, null, formality);
		String result = translated.text();
		for (var placeholder : PROTECTED.entrySet()) {
			String filled = this.profiles.fillIn(placeholder.getKey(), customerLanguage, addressee);
			result = result.replaceAll("\\*?" + placeholder.getValue(), Matcher.quoteReplacement(filled));
		}
		return new Translated(result, translated.from(), translated.to(), translated.engine(), translated.fromMemory(),
				translated.pivot(), translated.corrected());
	}

	private String fillIn(Ticket ticket, String text, LanguageTag language) {
		if (!text.contains(CulturalProfiles.SALUTATION) && !text.contains(CulturalProfiles.GREETING)
				&& !text.contains(CulturalProfiles.CLOSING)) {
			return text;
		}
		Customer customer = this.customers.get(ticket.customer());
		return this.profiles.fillIn(text, language, ReplyDrafts.addressee(customer));
	}

}
