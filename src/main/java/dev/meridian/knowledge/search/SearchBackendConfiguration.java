package dev.meridian.knowledge.search;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

import dev.meridian.knowledge.KnowledgeSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Hibernate Search at the configured backend: by default the Lucene index on this
 * server's disk; with {@code meridian.search.backend=opensearch} this swaps in the
 * Elasticsearch backend and the outbox-polling coordination: each change is written to
 * {@code hsearch_outbox_event} in the transaction that makes it, and the nodes' agents
 * share the indexing work between them, so an article saved on one node is found on every
 * other.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	private static final String SEARCH = "hibernate.search.";

	@Bean
	HibernatePropertiesCustomizer searchBackend(SearchSettings settings, KnowledgeSettings knowledge) {
		return properties -> {
			if (settings.backend() == SearchSettings.Backend.OPENSEARCH) {
				properties.putAll(openSearch(settings.opensearch()));
			}
			else {
				lucene(knowledge).forEach(properties::putIfAbsent);
			}
		};
	}

	/**
	 * The Lucene index in {@code meridian.knowledge.index-directory}. A change is
	 * searchable when its transaction returns (read-sync), without an fsync of the index
	 * per transaction (write-sync): the database is the record; an index that loses its
	 * last second in a crash is rebuilt with {@code POST /api/v1/knowledge/reindex}.
	 */
	static Map<String, Object> lucene(KnowledgeSettings knowledge) {
		return Map.of(SEARCH + "backend.type", "lucene", SEARCH + "backend.directory.root",
				knowledge.indexDirectory().toString(), SEARCH + "backend.analysis.configurer", "bean:languageAnalysis",
				SEARCH + "indexing.plan.synchronization.strategy", "read-sync");
	}

	static Map<String, Object> openSearch(SearchSettings.OpenSearch cluster) {
		if (cluster.uris().isEmpty()) {
			throw new IllegalStateException(
					"meridian.search.backend=opensearch needs meridian.search.opensearch.uris (MERIDIAN_SEARCH_OPENSEARCH_URIS)");
		}
		Map<String, Object> properties = new java.util.HashMap<>();
		properties.put(SEARCH + "backend.type", "elasticsearch");
		properties.put(SEARCH + "backend.uris",
				cluster.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
		properties.put(SEARCH + "backend.analysis.configurer", "bean:openSearchAnalysis");
		if (cluster.username() != null) {
			properties.put(SEARCH + "backend.username", cluster.username());
			properties.put(SEARCH + "backend.password", cluster.password() == null ? "" : cluster.password());
		}
		// Indexing goes through hsearch_outbox_event, so no synchronization strategy: a
		// change is searchable shortly after its transaction commits, on every node.
		properties.put(SEARCH + "coordination.strategy", "outbox-polling");
		return properties;
	}

}
