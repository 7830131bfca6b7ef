package dev.meridian.tickets.web;

import java.time.Instant;
import java.util.Optional;

import dev.meridian.agents.Agent;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Callers;
import dev.meridian.customers.Customer;
import dev.meridian.language.CulturalProfiles;
import dev.meridian.language.ReplyFrame;
import dev.meridian.language.Translated;
import dev.meridian.language.Translation;
import dev.meridian.language.TranslationUnavailableException;
import dev.meridian.language.UnsupportedLanguagePairException;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Direction;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.ReadingLanguages;
import dev.meridian.tickets.ReplyDrafts;
import dev.meridian.tickets.ReplyTranslation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the ticket screen shows about languages, for whoever looks at it: a customer's
 * message translated into a language the agent reads, the composer's languages, and how
 * to address the customer. Used by the templates under {@code templates/language/}.
 */
@Component("conversationTranslations")
public class ConversationTranslations {

	/** Where a message's translation stands for this agent. */
	public enum State {

		/** The agent reads the message's language. */
		NOT_NEEDED,
		/** Not in the memory yet: the screen asks for it. */
		LOADING, READY,
		/** The engine could not answer; tried again later. */
		PENDING, UNSUPPORTED, TOO_LONG

	}

	public record MessageTranslation(State state, LanguageTag target, @Nullable Translated translated,
			@Nullable Instant nextAttempt, @Nullable String reason) {

		public boolean ready() {
			return this.state == State.READY;
		}

	}

	/**
	 * The composer's languages.
	 *
	 * @param translates the customer reads another language than the agent writes
	 * @param engineAvailable an engine here translates the agent's language into the
	 * customer's: without one, the composer offers no translated sending and says why
	 */
	public record Composer(LanguageTag agentLanguage, LanguageTag customerLanguage, boolean translates,
			boolean engineAvailable) {

		/** Whether the composer offers "Translate and send". */
		public boolean offersTranslation() {
			return this.translates && this.engineAvailable;
		}

	}

	private static final String VIEWER = ConversationTranslations.class.getName() + ".viewer";

	private final Translation translation;

	private final AgentManagement agents;

	private final CulturalProfiles profiles;

	ConversationTranslations(Translation translation, AgentManagement agents, CulturalProfiles profiles) {
		this.translation = translation;
		this.agents = agents;
		this.profiles = profiles;
	}

	/** From the memory only: never waits for an engine. */
	public MessageTranslation of(Message message) {
		Optional<Agent> agent = viewer();
		if (agent.isEmpty() || message.direction() != Direction.INBOUND || message.isInternalNote()
				|| ReadingLanguages.reads(agent.get(), message.language())) {
			return new MessageTranslation(State.NOT_NEEDED, message.language(), null, null, null);
		}
		LanguageTag target = ReadingLanguages.of(agent.get());
		if (message.text().length() > this.translation.maxTextLength()) {
			return new MessageTranslation(State.TOO_LONG, target, null, null, null);
		}
		Optional<Translated> remembered = this.translation.remembered(message.text(), message.language(), target);
		if (remembered.isPresent()) {
			return new MessageTranslation(State.READY, target, remembered.get(), null, null);
		}
		if (!this.translation.canTranslate(message.language(), target)) {
			// Say so now rather than offer a translation that cannot come.
			return new MessageTranslation(State.UNSUPPORTED, target, null, null, null);
		}
		return this.translation.pending(message.text(), message.language(), target)
			.map(p -> new MessageTranslation(State.PENDING, target, null, p.nextAttemptAt(), p.lastError()))
			.orElse(new MessageTranslation(State.LOADING, target, null, null, null));
	}

	/** Translates now if needed (the screen asked for it after showing the page). */
	public MessageTranslation translate(Message message) {
		MessageTranslation known = of(message);
		if (known.state() != State.LOADING) {
			return known;
		}
		try {
			return this.translation.translateOrRetryLater(message.text(), message.language(), known.target())
				.map(t -> new MessageTranslation(State.READY, known.target(), t, null, null))
				.orElseGet(() -> of(message));
		}
		catch (UnsupportedLanguagePairException ex) {
			return new MessageTranslation(State.UNSUPPORTED, known.target(), null, null, ex.getMessage());
		}
		catch (TranslationUnavailableException ex) {
			return new MessageTranslation(State.PENDING, known.target(), null, null, ex.getMessage());
		}
	}

	public Composer composer(String ticketLanguage) {
		LanguageTag customerLanguage = LanguageTag.read(ticketLanguage);
		LanguageTag agentLanguage = viewer().map(ReadingLanguages::of)
			.orElse(LanguageTag.read(LocaleContextHolder.getLocale().toLanguageTag()));
		boolean translates = ReplyTranslation.needsTranslation(customerLanguage, agentLanguage);
		return new Composer(agentLanguage, customerLanguage, translates,
				translates && this.translation.canTranslate(agentLanguage, customerLanguage));
	}

	/**
	 * The message key of the hint for agents on the customer's culture
	 * ({@code culture.hint.ja}: "formal register (keigo); family name + 様"), or null when
	 * no profile knows the language.
	 */
	public @Nullable String hintKey(String ticketLanguage) {
		return this.profiles.of(LanguageTag.read(ticketLanguage))
			.map(profile -> "culture.hint." + profile.language())
			.orElse(null);
	}

	public @Nullable String salutation(Customer customer, String ticketLanguage) {
		return this.profiles.salutation(LanguageTag.read(ticketLanguage), ReplyDrafts.addressee(customer)).orElse(null);
	}

	/** The greeting and closing for this customer, with the formality they are in. */
	public @Nullable ReplyFrame frame(Customer customer, String ticketLanguage) {
		return this.profiles.frame(LanguageTag.read(ticketLanguage), ReplyDrafts.addressee(customer)).orElse(null);
	}

	/**
	 * What the reply box starts with: the greeting and the closing in the customer's
	 * language; placeholders when the agent writes in another language, so that the
	 * engine translates the agent's text around them and never the customer's greeting.
	 */
	public String replyDraft(Customer customer, String ticketLanguage) {
		ReplyFrame frame = frame(customer, ticketLanguage);
		if (frame == null) {
			return "";
		}
		if (composer(ticketLanguage).translates()) {
			return CulturalProfiles.GREETING + "\n\n\n\n" + CulturalProfiles.CLOSING;
		}
		return frame.draft();
	}

	/** The agent looking at the screen, looked up once per request, not per message. */
	private Optional<Agent> viewer() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			@SuppressWarnings("unchecked")
			Optional<Agent> known = (Optional<Agent>) request.getAttribute(VIEWER, RequestAttributes.SCOPE_REQUEST);
			if (known != null) {
				return known;
			}
		}
		Optional<Agent> agent;
		try {
			agent = Callers.current().agentId().flatMap(this.agents::find);
		}
		catch (RuntimeException ex) {
			agent = Optional.empty();
		}
		if (request != null) {
			request.setAttribute(VIEWER, agent, RequestAttributes.SCOPE_REQUEST);
		}
		return agent;
	}

}
