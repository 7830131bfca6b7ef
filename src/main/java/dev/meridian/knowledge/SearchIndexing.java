package dev.meridian.knowledge;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.customers.Customer;
import dev.meridian.tickets.Message;
import dev.meridian.tickets.Ticket;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index complete. Every change is indexed as it commits; this rebuilds
 * what is missing: on start, any index that is empty while the database has rows (a new
 * index directory, an upgrade) is filled in the background, and an administrator can
 * rebuild everything.
 */
@Service
public class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	static final List<Class<?>> INDEXED = List.of(ArticleTranslation.class, Ticket.class, Message.class,
			Customer.class);

	private final EntityManagerFactory entityManagers;

	private final KnowledgeSettings settings;

	SearchIndexing(EntityManagerFactory entityManagers, KnowledgeSettings settings) {
		this.entityManagers = entityManagers;
		this.settings = settings;
	}

	/** What a rebuild did. */
	public record Rebuilt(Map<String, Long> documents, Duration took) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillEmptyIndexes() {
		if (!this.settings.reindexEmptyOnStart()) {
			return;
		}
		SearchMapping mapping = Search.mapping(this.entityManagers);
		var empty = INDEXED.stream().filter(type -> isEmptyButHasRows(type)).toList();
		if (!empty.isEmpty()) {
			log.info("Search index empty for {} while the database has rows: indexing in the background",
					empty.stream().map(Class::getSimpleName).toList());
			mapping.scope(Object.class, empty.stream().map(Class::getName).toList())
				.massIndexer()
				.threadsToLoadObjects(1)
				.start();
		}
	}

	private boolean isEmptyButHasRows(Class<?> type) {
		try (var entityManager = this.entityManagers.createEntityManager()) {
			long indexed = Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
			if (indexed > 0) {
				return false;
			}
			return !entityManager.createQuery("select 1 from " + type.getSimpleName(), Integer.class)
				.setMaxResults(1)
				.getResultList()
				.isEmpty();
		}
	}

	/** Rebuilds every index from the database, waiting until done. */
	public Rebuilt rebuild(int threads) throws InterruptedException {
		long started = System.nanoTime();
		SearchMapping mapping = Search.mapping(this.entityManagers);
		mapping.scope(Object.class, INDEXED.stream().map(Class::getName).toList())
			.massIndexer()
			.threadsToLoadObjects(Math.max(1, threads))
			.batchSizeToLoadObjects(200)
			.startAndWait();
		Map<String, Long> documents = new LinkedHashMap<>();
		try (var entityManager = this.entityManagers.createEntityManager()) {
			for (Class<?> type : INDEXED) {
				documents.put(type.getSimpleName(),
						Search.session(entityManager).search(type).where(f -> f.matchAll()).fetchTotalHitCount());
			}
		}
		return new Rebuilt(documents, Duration.ofNanos(System.nanoTime() - started));
	}

}
