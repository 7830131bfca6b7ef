package dev.meridian.bot;

import java.util.List;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * What the bot makes of a question.
 *
 * @param language the customer's language, as detected (with the locale and market as
 * priors); {@code und} when it cannot be told
 * @param handoff a person should take over: the customer asked for one, or the bot has no
 * answer it is sure of
 * @param outcome why the bot answered or not, for supervision
 * @param intent what the customer wants, when the classifier recognised it
 * @param answer the answer, null when there is none
 * @param alternatives other articles that may help, best first (at most
 * {@code meridian.bot.alternatives})
 * @param candidates the articles the search found and the bot weighed, best first
 */
public record BotReply(LanguageTag language, boolean handoff, Outcome outcome, @Nullable IntentMatch intent,
		@Nullable BotAnswer answer, List<BotAlternative> alternatives, List<BotCandidate> candidates) {

	/** Why the bot answered or not. */
	public enum Outcome {

		/** Answered from an article. */
		ANSWERED,
		/** The customer asked for a person. */
		ASKED_FOR_PERSON,
		/**
		 * An intent that needs the customer's order or is small talk: no hand-off yet.
		 */
		INTENT,
		/** Articles were found, none with enough confidence. */
		NOT_SURE,
		/** No article matched. */
		NOTHING_FOUND,
		/**
		 * The answer exists but cannot be said in the customer's language (no version, no
		 * translation engine): a person answers rather than the bot switching languages.
		 */
		CANNOT_SAY_IN_LANGUAGE,
		/**
		 * The language of the text cannot be told, so the bot cannot promise to reply in
		 * it.
		 */
		LANGUAGE_UNKNOWN;

		public String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public BotReply {
		alternatives = List.copyOf(alternatives);
		candidates = List.copyOf(candidates);
	}

}
