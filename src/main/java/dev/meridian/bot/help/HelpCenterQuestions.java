package dev.meridian.bot.help;

import java.util.Optional;

import dev.meridian.bot.BotAnswer;
import dev.meridian.bot.BotAnswers;
import dev.meridian.bot.BotQuestion;
import dev.meridian.bot.BotReply;
import dev.meridian.bot.BotSettings;
import dev.meridian.bot.UnknownMarketException;
import dev.meridian.knowledge.QuestionAnswers;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Answers the help center's search box the way the bot answers a chat: the best article's
 * passage when the bot is sure of it and can say it in the reader's language, nothing
 * otherwise (the search results and the contact page remain). The same threshold as
 * everywhere: precision first.
 */
@Component
class HelpCenterQuestions implements QuestionAnswers {

	private final BotAnswers answers;

	private final BotSettings settings;

	HelpCenterQuestions(BotAnswers answers, BotSettings settings) {
		this.answers = answers;
		this.settings = settings;
	}

	@Override
	public Optional<QuickAnswer> answer(String question, LanguageTag reader, @Nullable CountryCode market) {
		if (question.isBlank() || question.length() > this.settings.maxQuestionLength()) {
			return Optional.empty();
		}
		BotReply reply;
		try {
			reply = this.answers.answer(new BotQuestion(question.strip(), reader, market));
		}
		catch (UnknownMarketException ex) {
			// The reader's region is no market of the business (pt-BR without Brazil):
			// every market's articles, as the help center's search shows them.
			reply = this.answers.answer(new BotQuestion(question.strip(), reader, null));
		}
		BotAnswer answer = reply.answer();
		if (answer == null || reply.handoff() || !answer.language().language().equalsIgnoreCase(reader.language())) {
			return Optional.empty();
		}
		return Optional.of(new QuickAnswer(answer.articleId(), answer.locale(), answer.title(), answer.text(),
				answer.language(), answer.machineTranslated()));
	}

}
