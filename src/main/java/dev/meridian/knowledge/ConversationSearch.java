package dev.meridian.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.meridian.customers.Customer;
import dev.meridian.knowledge.search.IndexedLanguages;
import dev.meridian.knowledge.search.QueryLanguages;
import dev.meridian.knowledge.search.TextLanguages;
import dev.meridian.knowledge.search.TranslatedQueries;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import dev.meridian.tickets.TicketId;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' search over tickets and their conversations, with the same language analysis
 * and query translation as articles: subjects, message bodies (internal notes included),
 * and the customer's names and email addresses. One result per ticket.
 */
@Service
@Transactional(readOnly = true)
public class ConversationSearch {

	/** Customers matched by name or email whose tickets join the results. */
	static final int MAX_CUSTOMERS = 50;

	/** One email address and nothing else; the query is at most 500 characters. */
	private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern
		.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+");

	private final EntityManager entityManager;

	private final TranslatedQueries translations;

	ConversationSearch(EntityManager entityManager, TranslatedQueries translations) {
		this.entityManager = entityManager;
		this.translations = translations;
	}

	public List<ConversationHit> search(String text, @Nullable LanguageTag language, int limit) {
		String query = SearchQuery.checkedText(text);
		if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
			throw new dev.meridian.InvalidValueException("limit",
					"limit must be between 1 and " + SearchQuery.MAX_LIMIT);
		}
		var session = Search.session(this.entityManager);
		List<String> customers = session.search(Customer.class)
			.select(f -> f.field("customerId", String.class))
			// Every word: "Marie Dupont" is that customer, not every Marie, and
			// "marie@example.fr" is that address, not everyone at example.fr.
			.where(f -> f.match().fields("name", "email").matching(query).minimumShouldMatchPercent(100))
			.fetchHits(MAX_CUSTOMERS);
		// Only the languages that tickets and messages are written in.
		java.util.Set<String> indexed = IndexedLanguages.of(session, List.of(Ticket.class, Message.class), "text", null,
				null);
		// An address is one thing to find, in any language: its parts ("marie",
		// "example",
		// "fr") would find everyone at the domain, and a translation would change it.
		boolean address = ADDRESS.matcher(query).matches();
		Map<String, String> texts = address ? indexed.stream()
			.collect(java.util.stream.Collectors.toMap(key -> key, key -> query, (a, b) -> a, LinkedHashMap::new))
				: this.translations.of(query, language, indexed);
		String own = language == null ? null : TextLanguages.key(language);
		int candidates = limit * 4;
		// Exact words first; tolerance for typos (Levenshtein automata for every word, a
		// good part of a search's cost) only when they find too little.
		boolean fuzzy = false;
		Map<String, List<?>> chosen = ranked(session, matching(texts, own, customers, false, address), candidates,
				limit);
		if (chosen.size() < limit && !address) {
			fuzzy = true;
			chosen = ranked(session, matching(texts, own, customers, true, false), candidates, limit);
		}
		Map<String, String> snippets = new java.util.HashMap<>();
		if (!chosen.isEmpty()) {
			List<java.util.UUID> ids = chosen.values().stream().map(row -> (java.util.UUID) row.get(0)).toList();
			List<String> keys = chosen.values()
				.stream()
				.map(row -> TextLanguages.key(LanguageTag.read((String) row.get(5))))
				.distinct()
				.toList();
			// A text matched in its own language's field (or by its customer): the other
			// languages' words would cost term lookups here and highlight nothing.
			Map<String, String> found = new LinkedHashMap<>(texts);
			found.keySet().retainAll(keys);
			var matching = matching(found, own, customers, fuzzy, address);
			session.search(List.of(Ticket.class, Message.class)).select(f -> {
				List<SearchProjection<?>> projections = new ArrayList<>();
				projections.add(f.id(java.util.UUID.class).toProjection());
				for (String key : keys) {
					projections.add(f.highlight("text_" + key).toProjection());
				}
				return f.composite(projections.toArray(SearchProjection[]::new));
			}).where((f, root) -> {
				root.add(matching.apply(f));
				root.add(f.id().matchingAny(ids));
			})
				.highlighter(h -> h.unified()
					.numberOfFragments(1)
					.noMatchSize(Integer.MAX_VALUE)
					.tag("<mark>", "</mark>")
					.encoder(HighlighterEncoder.HTML))
				.fetchHits(ids.size() * 2)
				.forEach(row -> snippets.put(row.get(0).toString(), KnowledgeSearch.snippet(row, 1)));
		}
		Map<String, ConversationHit> best = new LinkedHashMap<>();
		for (List<?> row : chosen.values()) {
			String snippet = snippets.getOrDefault(row.get(0).toString(), "");
			String kind = (String) row.get(2);
			String matchedIn = !snippet.contains("<mark>") && customers.contains((String) row.get(3)) ? "customer"
					: "ticket".equals(kind) ? "subject" : "message";
			best.put((String) row.get(1), new ConversationHit(new TicketId(UUID.fromString((String) row.get(1))),
					matchedIn, snippet, ((Number) row.get(4)).doubleValue()));
		}
		return List.copyOf(best.values());
	}

	private static java.util.function.Function<org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory, org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep> matching(
			Map<String, String> texts, @Nullable String own, List<String> customers, boolean fuzzy, boolean phrase) {
		return f -> f.bool(bool -> {
			texts.forEach((key, words) -> {
				float boost = key.equals(own) ? 3f : 1f;
				if (phrase) {
					bool.should(f.phrase().field("text_" + key).matching(words).boost(boost));
					return;
				}
				if (TextLanguages.segmented(key)) {
					QueryLanguages.Split split = QueryLanguages.codesApart(words);
					if (!split.words().isEmpty()) {
						bool.should(f.match().field("text_" + key).matching(split.words()).boost(boost));
					}
					split.codes()
						.forEach(code -> bool.should(f.phrase().field("text_" + key).matching(code).boost(boost)));
					return;
				}
				bool.should(f.match().field("text_" + key).matching(words).boost(boost));
				if (fuzzy && (own == null || key.equals(own))) {
					bool.should(f.match().field("text_" + key).matching(words).fuzzy(1, 2).boost(boost / 3));
				}
			});
			if (!customers.isEmpty()) {
				bool.should(f.terms().field("customer").matchingAny(customers).boost(2f));
			}
		});
	}

	/** The best row of each ticket, best first, at most {@code limit}. */
	private static Map<String, List<?>> ranked(org.hibernate.search.mapper.orm.session.SearchSession session,
			java.util.function.Function<org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory, org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep> matching,
			int candidates, int limit) {
		List<List<?>> rows = session.search(List.of(Ticket.class, Message.class))
			.select(f -> f.composite(f.id(java.util.UUID.class).toProjection(),
					f.field("ticketId", String.class).toProjection(), f.field("kind", String.class).toProjection(),
					f.field("customer", String.class).toProjection(), f.score().toProjection(),
					f.field("language", String.class).toProjection()))
			.where(f -> matching.apply(f))
			.totalHitCountThreshold(candidates)
			.fetchHits(candidates);
		Map<String, List<?>> chosen = new LinkedHashMap<>();
		for (List<?> row : rows) {
			if (!(row.get(1) instanceof String ticket)) {
				// A document written by an older version without its ticket: skipped, so
				// one stale document never fails a search.
				continue;
			}
			chosen.putIfAbsent(ticket, row);
			if (chosen.size() == limit) {
				break;
			}
		}
		return chosen;
	}

}
