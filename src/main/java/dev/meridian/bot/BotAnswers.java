package dev.meridian.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.meridian.InvalidValueException;
import dev.meridian.bot.answers.AnswerConfidence;
import dev.meridian.bot.answers.ArticleTexts;
import dev.meridian.bot.answers.ArticleTexts.ArticleText;
import dev.meridian.bot.answers.ContentWords;
import dev.meridian.bot.answers.MarkedWords;
import dev.meridian.bot.answers.Passages;
import dev.meridian.knowledge.ArticleHit;
import dev.meridian.knowledge.KnowledgeSearch;
import dev.meridian.knowledge.KnowledgeSettings;
import dev.meridian.knowledge.SearchQuery;
import dev.meridian.language.Detection;
import dev.meridian.language.DetectionHints;
import dev.meridian.language.LanguageDetection;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Answers a customer's question from the knowledge base in their language, or says that a
 * person should. In order: the language (detected, the locale and the market as priors);
 * the intent (a person asked for: hand off at once); the help center's search (locale
 * fallback, the market's articles, query translation); a confidence for the best
 * articles; the best one's most relevant passage, in the customer's language — its own
 * version or a marked machine translation. Below the confidence threshold, or when the
 * answer cannot be said in the customer's language, no answer and a hand-off: a wrong
 * confident answer is worse than a person a little later.
 * <p>
 * Stateless: the conversation (two unhelpful answers, silence after a hand-off) is the
 * caller's to keep.
 */
@Service
public class BotAnswers {

	/** Articles the search returns for the bot to weigh. */
	static final int CANDIDATES = 3;

	/**
	 * The knowledge search weighs words in the reader's own language three times as much
	 * as translated ones, so a text that matched only through the query's translation
	 * scores a third of what the same match would in the reader's language. Its score is
	 * compared on the own-language scale.
	 */
	static final double CROSS_LANGUAGE_FACTOR = 3;

	private final LanguageDetection detection;

	private final IntentClassifier intents;

	private final KnowledgeSearch search;

	private final ArticleTexts articles;

	private final MarketManagement markets;

	private final SpokenText spoken;

	private final BotSettings settings;

	/** Languages the bot has intent examples or help center locales for. */
	private final Set<String> spokenLanguages = new java.util.HashSet<>();

	BotAnswers(LanguageDetection detection, IntentClassifier intents, KnowledgeSearch search, ArticleTexts articles,
			MarketManagement markets, SpokenText spoken, BotSettings settings, KnowledgeSettings knowledge) {
		this.spokenLanguages.addAll(intents.languages());
		knowledge.locales().forEach(locale -> this.spokenLanguages.add(new LanguageTag(locale).language()));
		this.detection = detection;
		this.intents = intents;
		this.search = search;
		this.articles = articles;
		this.markets = markets;
		this.spoken = spoken;
		this.settings = settings;
	}

	/**
	 * @throws InvalidValueException for an empty question
	 * @throws QuestionTooLongException for a question longer than the bot reads
	 * @throws UnknownMarketException for a market the business does not have
	 */
	public BotReply answer(BotQuestion question) {
		String text = checked(question.text());
		Market market = question.market() == null ? null
				: this.markets.find(question.market()).orElseThrow(() -> new UnknownMarketException(question.market()));
		LanguageTag language = language(text, question.locale(), market);
		IntentMatch intent = this.intents.classify(text).orElse(null);
		if (intent != null && intent.intent() == Intent.HANDOFF) {
			return new BotReply(language, true, BotReply.Outcome.ASKED_FOR_PERSON, intent, null, List.of(), List.of());
		}
		if (language.isUndetermined()) {
			return noAnswer(language, intent, BotReply.Outcome.LANGUAGE_UNKNOWN, List.of());
		}
		List<ArticleHit> hits = this.search
			.search(new SearchQuery(text, language, CANDIDATES, null, question.market(), false, false));
		if (hits.isEmpty()) {
			return noAnswer(language, intent, BotReply.Outcome.NOTHING_FOUND, List.of());
		}
		Set<String> questionWords = ContentWords.of(text);
		BotAnswer answer = null;
		BotReply.Outcome outcome = BotReply.Outcome.NOT_SURE;
		List<BotAlternative> alternatives = new ArrayList<>();
		List<BotCandidate> candidates = new ArrayList<>();
		boolean first = true;
		java.util.Map<dev.meridian.knowledge.ArticleId, ArticleText> texts = this.articles
			.read(hits.stream().map(ArticleHit::articleId).toList(), language, question.market());
		for (int i = 0; i < hits.size(); i++) {
			ArticleHit hit = hits.get(i);
			double next = i + 1 < hits.size() ? comparable(hits.get(i + 1)) : 0;
			Optional<ArticleText> article = Optional.ofNullable(texts.get(hit.articleId()));
			if (article.isEmpty()) {
				continue;
			}
			Set<String> marked = MarkedWords.of(hit.snippet());
			boolean own = article.get().locale().language().equals(language.language());
			AnswerConfidence confidence = AnswerConfidence.of(comparable(hit), next,
					coverage(questionWords, article.get().words(), own ? Set.of() : marked));
			candidates.add(new BotCandidate(hit.articleId(), confidence.rounded(), signals(hit, confidence)));
			if (first) {
				first = false;
				double threshold = question.threshold() != null ? question.threshold()
						: this.settings.answerThreshold();
				if (confidence.value() < threshold) {
					continue;
				}
				Optional<BotAnswer> said = said(article.get(), language, questionWords, marked, hit, confidence);
				if (said.isEmpty()) {
					outcome = BotReply.Outcome.CANNOT_SAY_IN_LANGUAGE;
					continue;
				}
				answer = said.get();
				outcome = BotReply.Outcome.ANSWERED;
				continue;
			}
			// No alternatives without an answer: offering articles the bot is not sure of
			// instead of a person is the loop customers complain about.
			if (answer != null && alternatives.size() < this.settings.alternatives()
					&& confidence.value() >= this.settings.alternativeThreshold()) {
				alternative(article.get(), language, confidence).ifPresent(alternatives::add);
			}
		}
		if (answer == null) {
			return noAnswer(language, intent, outcome, candidates);
		}
		return new BotReply(language, false, outcome, intent, answer, alternatives, candidates);
	}

	private String checked(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValueException("text", "A question needs at least one word");
		}
		String stripped = text.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > this.settings.maxQuestionLength()) {
			throw new QuestionTooLongException(this.settings.maxQuestionLength(), length);
		}
		return stripped;
	}

	/**
	 * The detected language; when the text is too short to tell, what the caller knows
	 * (the locale, then the market's first language).
	 */
	private LanguageTag language(String text, @Nullable LanguageTag locale, @Nullable Market market) {
		List<LanguageTag> marketLanguages = market == null ? List.of() : market.languages();
		Detection detected = this.detection.detect(text, new DetectionHints(null, locale, List.of(), marketLanguages));
		LanguageTag language = detected.language();
		// A short question read as a language the help desk does not speak at all
		// (Sesotho for "Je voudrais renvoyer la robe…") is a misreading when the caller
		// knows the customer's language.
		if (!language.isUndetermined() && (locale == null || this.spokenLanguages.contains(language.language()))) {
			return language;
		}
		if (locale != null && !locale.isUndetermined()) {
			return locale;
		}
		return market == null ? LanguageTag.UNDETERMINED : market.primaryLanguage();
	}

	/**
	 * With no answer the bot hands off, unless it understood what the customer wants
	 * without an article: a greeting, thanks, or a question about their order, which the
	 * conversation answers from commerce data once it knows the customer.
	 */
	private static BotReply noAnswer(LanguageTag language, @Nullable IntentMatch intent, BotReply.Outcome outcome,
			List<BotCandidate> candidates) {
		if (intent != null) {
			return new BotReply(language, false, BotReply.Outcome.INTENT, intent, null, List.of(), candidates);
		}
		return new BotReply(language, true, outcome, null, null, List.of(), candidates);
	}

	/**
	 * The share of the question's content words the article holds in any version, or —
	 * for a question in a language the article lacks ({@code marked} then holds the words
	 * the search matched through its translation of the query) — the share so matched,
	 * whichever is larger.
	 */
	static double coverage(Set<String> question, Set<String> article, Set<String> marked) {
		if (question.isEmpty()) {
			return 0;
		}
		long covered = question.stream().filter(article::contains).count();
		long translated = marked.stream().filter(word -> !question.contains(word)).count();
		return Math.max((double) covered / question.size(), Math.min(1.0, (double) translated / question.size()));
	}

	private Optional<BotAnswer> said(ArticleText article, LanguageTag language, Set<String> questionWords,
			Set<String> marked, ArticleHit hit, AnswerConfidence confidence) {
		Set<String> wanted = new java.util.HashSet<>(questionWords);
		wanted.addAll(marked);
		String passage = Passages.best(article.html(), article.locale(), wanted, this.settings.maxPassageLength());
		if (passage.isBlank()) {
			return Optional.empty();
		}
		boolean own = article.locale().language().equals(language.language());
		Optional<String> title = this.spoken.in(article.title(), article.locale(), language);
		Optional<String> text = title.isEmpty() ? Optional.empty()
				: this.spoken.in(passage, article.locale(), language);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new BotAnswer(article.articleId(), article.locale(), title.get(), text.get(), language, !own,
				confidence.rounded(), signals(hit, confidence)));
	}

	private Optional<BotAlternative> alternative(ArticleText article, LanguageTag language,
			AnswerConfidence confidence) {
		boolean own = article.locale().language().equals(language.language());
		return this.spoken.in(article.title(), article.locale(), language)
			.map(title -> new BotAlternative(article.articleId(), article.locale(), title, !own, confidence.rounded()));
	}

	private static double comparable(ArticleHit hit) {
		return hit.crossLanguage() ? hit.score() * CROSS_LANGUAGE_FACTOR : hit.score();
	}

	private static BotAnswer.Signals signals(ArticleHit hit, AnswerConfidence confidence) {
		return new BotAnswer.Signals(round(comparable(hit)), round(confidence.coverage()), round(confidence.margin()),
				hit.crossLanguage());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
