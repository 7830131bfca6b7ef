package dev.meridian.knowledge.web;

import java.util.Collection;

import dev.meridian.agents.Callers;
import dev.meridian.agents.Role;
import dev.meridian.agents.Scope;
import dev.meridian.knowledge.Article;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.TranslationStatus;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * Who may put text in front of customers: writing a translation as published, or changing
 * one that is published, needs a supervisor (a token also needs
 * {@code knowledge:publish}); drafts and reviews are for every writer. The status is in
 * the request body, so this is checked here rather than by URL.
 */
final class PublishingRights {

	private PublishingRights() {
	}

	static void check(Collection<TranslationDraft> drafts) {
		if (drafts.stream().anyMatch(draft -> draft.status() == TranslationStatus.PUBLISHED)) {
			require();
		}
	}

	static void check(@Nullable Article article, TranslationDraft draft) {
		if (draft.status() == TranslationStatus.PUBLISHED || (article != null && published(article, draft.locale()))) {
			require();
		}
	}

	/** Classification decides who sees a published article (markets, internal). */
	static void checkClassification(Article article) {
		if (article.translations().stream().anyMatch(t -> t.status() == TranslationStatus.PUBLISHED)) {
			require();
		}
	}

	private static boolean published(Article article, LanguageTag locale) {
		return article.translation(locale).filter(t -> t.status() == TranslationStatus.PUBLISHED).isPresent();
	}

	private static void require() {
		Callers.require(Scope.KNOWLEDGE_PUBLISH, Role.SUPERVISOR, "Publishing articles");
	}

}
