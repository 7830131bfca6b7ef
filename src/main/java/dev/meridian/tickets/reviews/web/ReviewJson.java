package dev.meridian.tickets.reviews.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.agents.AgentId;
import dev.meridian.language.Translated;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.reviews.Criterion;
import dev.meridian.tickets.reviews.Review;
import dev.meridian.tickets.reviews.ReviewAverages;
import dev.meridian.tickets.reviews.Scores;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The reviews API's requests and responses. */
final class ReviewJson {

	private ReviewJson() {
	}

	/** Each criterion's score, 1 to 5. */
	record ScoresJson(@NotNull Integer correct, @NotNull Integer clear, @NotNull Integer empathetic,
			@NotNull Integer culturallyAppropriate, @NotNull Integer followedPlaybook) {

		Scores read() {
			return new Scores(this.correct, this.clear, this.empathetic, this.culturallyAppropriate,
					this.followedPlaybook);
		}

		static ScoresJson of(Scores scores) {
			return new ScoresJson(scores.correct(), scores.clear(), scores.empathetic(), scores.culturallyAppropriate(),
					scores.followedPlaybook());
		}

	}

	/**
	 * A review as written; {@code commentLanguage} is detected from the comment when
	 * missing.
	 */
	record CreateRequest(@NotNull @Valid ScoresJson scores, @Nullable @Size(max = 4000) String comment,
			@Nullable String commentLanguage) {

		@Nullable LanguageTag language() {
			return this.commentLanguage == null || this.commentLanguage.isBlank() ? null
					: LanguageTag.parse("commentLanguage", this.commentLanguage);
		}

	}

	/**
	 * A review. {@code comment} is as written, in {@code commentLanguage};
	 * {@code commentTranslated} is it in {@code translatedLanguage} (the reader's), when
	 * the two differ and an engine translated it.
	 */
	record Item(UUID id, UUID ticketId, long ticketNumber, UUID agentId, @Nullable String agentName,
			@Nullable UUID reviewerId, @Nullable String reviewerName, String language, @Nullable String market,
			ScoresJson scores, double overall, @Nullable String comment, @Nullable String commentLanguage,
			@Nullable String commentTranslated, @Nullable String translatedLanguage, @Nullable String translationEngine,
			Instant createdAt) {

		static Item of(Review review, Map<AgentId, String> names, Optional<Translated> translated) {
			return new Item(review.id(), review.ticket().value(), review.ticketNumber(), review.agent().value(),
					names.get(review.agent()), review.reviewer() == null ? null : review.reviewer().value(),
					review.reviewer() == null ? null : names.get(review.reviewer()), review.language().value(),
					review.market(), ScoresJson.of(review.scores()), review.scores().overall(), review.comment(),
					review.commentLanguage() == null ? null : review.commentLanguage().value(),
					translated.map(Translated::text).orElse(null), translated.map(t -> t.to().value()).orElse(null),
					translated.map(Translated::engine).orElse(null), review.createdAt());
		}

	}

	record Items(List<Item> items) {
	}

	/** A conversation proposed for review. */
	record Proposal(UUID ticketId, long number, String subject, String language, @Nullable String market,
			@Nullable Instant solvedAt) {
	}

	record AgentSample(UUID agentId, @Nullable String agentName, List<Proposal> conversations) {
	}

	/**
	 * A week's sample: Monday {@code from} to the next Monday {@code to} in {@code zone}.
	 */
	record Sample(String week, String zone, Instant from, Instant to, int size, List<AgentSample> agents) {
	}

	/**
	 * One group's averages; {@code label} names the agent, language or market in words.
	 */
	record AverageRow(String key, String label, long reviews, Map<String, Double> averages, double overall) {

		static AverageRow of(ReviewAverages row, String label) {
			Map<String, Double> averages = new LinkedHashMap<>();
			for (Criterion criterion : Criterion.values()) {
				averages.put(criterion.key(), row.of(criterion));
			}
			return new AverageRow(row.key(), label, row.reviews(), averages, row.overall());
		}

	}

	record Report(String from, String to, String zone, String groupBy, List<AverageRow> rows) {
	}

}
