package dev.meridian.bot.web;

import java.util.List;

import dev.meridian.bot.BotAlternative;
import dev.meridian.bot.BotAnswer;
import dev.meridian.bot.BotCandidate;
import dev.meridian.bot.BotReply;
import dev.meridian.bot.IntentMatch;
import org.jspecify.annotations.Nullable;

/** The bot API's request and response bodies. */
final class BotResponses {

	private BotResponses() {
	}

	/** {@code {text, locale?, market?}}. */
	record Question(@Nullable String text, @Nullable String locale, @Nullable String market) {
	}

	record Reply(String language, boolean handoff, String outcome, @Nullable String intent,
			@Nullable Intent intentMatch, @Nullable Answer answer, List<Alternative> alternatives,
			List<Candidate> candidates) {

		static Reply of(BotReply reply) {
			return new Reply(reply.language().value(), reply.handoff(), reply.outcome().value(),
					reply.intent() == null ? null : reply.intent().intent().value(),
					reply.intent() == null ? null : Intent.of(reply.intent()),
					reply.answer() == null ? null : Answer.of(reply.answer()),
					reply.alternatives().stream().map(Alternative::of).toList(),
					reply.candidates().stream().map(Candidate::of).toList());
		}

	}

	/**
	 * The recognised intent, its score and the example (or keyword) that decided it.
	 */
	record Intent(String name, double score, String language, String evidence) {

		static Intent of(IntentMatch match) {
			return new Intent(match.intent().value(), Math.round(match.score() * 1000) / 1000.0, match.language(),
					match.evidence());
		}

	}

	record Answer(String articleId, String locale, String title, String text, double confidence,
			boolean machineTranslated, String textLanguage, BotAnswer.Signals signals) {

		static Answer of(BotAnswer answer) {
			return new Answer(answer.articleId().toString(), answer.locale().value(), answer.title(), answer.text(),
					answer.confidence(), answer.machineTranslated(), answer.language().value(), answer.signals());
		}

	}

	/** An article the bot weighed, with its confidence and what made it. */
	record Candidate(String articleId, double confidence, BotAnswer.Signals signals) {

		static Candidate of(BotCandidate candidate) {
			return new Candidate(candidate.articleId().toString(), candidate.confidence(), candidate.signals());
		}

	}

	record Alternative(String articleId, String locale, String title, double confidence, boolean machineTranslated) {

		static Alternative of(BotAlternative alternative) {
			return new Alternative(alternative.articleId().toString(), alternative.locale().value(),
					alternative.title(), alternative.confidence(), alternative.machineTranslated());
		}

	}

}
