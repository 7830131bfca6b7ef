package dev.meridian.channels.email.outbound;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.meridian.knowledge.HelpCenterAddresses;
import dev.meridian.knowledge.QuestionAnswers;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Direction;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * "This article may already answer your question" in the acknowledgement of a new
 * request: the help center's article the bot is sure of for the request's subject and
 * first message, its passage in the customer's language and its address. Only when an
 * answerer runs (the bot module), the acknowledgement's language has its mail texts, and
 * {@code meridian.email.suggest-answers} is on (default); nothing otherwise, and the
 * acknowledgement goes out as before.
 */
@Component
class AnswerSuggestions {

	/** The languages of {@code mail/notifications*.properties}. */
	static final Set<String> LANGUAGES = Set.of("en", "de", "es", "fr", "ja", "pt", "ar", "ko", "hu");

	/** The bot reads at most this much of a question. */
	static final int MAX_QUESTION = 500;

	private final ObjectProvider<QuestionAnswers> answers;

	private final HelpCenterAddresses addresses;

	private final TicketManagement tickets;

	private final boolean enabled;

	AnswerSuggestions(ObjectProvider<QuestionAnswers> answers, HelpCenterAddresses addresses, TicketManagement tickets,
			Environment environment) {
		this.answers = answers;
		this.addresses = addresses;
		this.tickets = tickets;
		this.enabled = environment.getProperty("meridian.email.suggest-answers", Boolean.class, true);
	}

	/** An article to suggest, in the customer's language. */
	record Suggestion(String title, String passage, String link) {
	}

	/**
	 * The suggestion for a new request, asked outside any transaction: answering may
	 * remember a machine translation.
	 */
	Optional<Suggestion> forTicket(UUID id) {
		QuestionAnswers answerer = this.answers.getIfAvailable();
		if (!this.enabled || answerer == null) {
			return Optional.empty();
		}
		Ticket ticket = this.tickets.get(new TicketId(id));
		LanguageTag language = ticket.language();
		if (language.isUndetermined() || !LANGUAGES.contains(language.language())) {
			return Optional.empty();
		}
		String first = this.tickets.messages(ticket.id())
			.stream()
			.filter(message -> message.direction() == Direction.INBOUND)
			.map(Message::text)
			.findFirst()
			.orElse("");
		String question = (ticket.subject() + "\n" + first).strip();
		if (question.length() > MAX_QUESTION) {
			question = question.substring(0, MAX_QUESTION);
		}
		CountryCode market = ticket.market().orElse(null);
		return answerer.answer(question, language, market)
			.flatMap(answer -> this.addresses.article(answer.article(), language, market)
				.map(link -> new Suggestion(answer.title(), answer.text(), link)));
	}

}
