package dev.meridian.channels.chat.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meridian.DomainException;
import dev.meridian.knowledge.ArticleHit;
import dev.meridian.knowledge.HelpCenter;
import dev.meridian.knowledge.KnowledgeSearch;
import dev.meridian.knowledge.LocaleFallback;
import dev.meridian.knowledge.SearchQuery;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Ticket;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Finds help-center articles for a chat's visitor and gives each one's address and title
 * in the visitor's language: the ticket's language, else the help center's fallback for
 * it (the knowledge module's locale chain, per market). Only what the visitor may read:
 * published, public articles of the ticket's market.
 */
@Component
class ArticleLinks {

	static final int LIMIT = 8;

	private final KnowledgeSearch search;

	private final HelpCenter help;

	private final LocaleFallback locales;

	ArticleLinks(KnowledgeSearch search, HelpCenter help, LocaleFallback locales) {
		this.search = search;
		this.help = help;
		this.locales = locales;
	}

	/**
	 * An article to link to.
	 *
	 * @param title the title in the language the visitor gets
	 * @param language that language (the visitor's, or the fallback's)
	 * @param path the help-center page, under the visitor's locale
	 */
	record Link(String title, LanguageTag language, String path) {
	}

	List<Link> find(Ticket ticket, String query) {
		LanguageTag reader = ticket.language().isUndetermined() ? this.locales.defaultLocale() : ticket.language();
		@Nullable CountryCode market = ticket.market().orElse(null);
		List<ArticleHit> hits;
		try {
			// Not as an agent: internal articles are no link for a visitor.
			hits = this.search.search(new SearchQuery(query, reader, LIMIT, null, market, false, false));
		}
		catch (DomainException ex) {
			// A query without words finds nothing.
			return List.of();
		}
		List<Link> links = new ArrayList<>();
		for (ArticleHit hit : hits) {
			Optional<HelpCenter.Reading> reading = this.help.article(hit.articleId(), reader, market);
			reading.ifPresent(r -> links.add(new Link(r.translation().title(), r.translation().locale(),
					"/help/" + reader.value() + "/articles/" + r.translation().slug())));
		}
		return links;
	}

}
