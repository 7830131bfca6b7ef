package dev.meridian.knowledge.search;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives: on this server's disk (Lucene, the default) or in an
 * OpenSearch or Elasticsearch cluster that several Meridian nodes share.
 *
 * @param backend {@code lucene} (one node) or {@code opensearch} (several nodes)
 * ({@code MERIDIAN_SEARCH_BACKEND})
 * @param opensearch the cluster, with {@code backend=opensearch}
 */
@ConfigurationProperties("meridian.search")
public record SearchSettings(@DefaultValue("lucene") Backend backend, @DefaultValue OpenSearch opensearch) {

	/** The search backends. */
	public enum Backend {

		/** A Lucene index on this server's disk: for one node. */
		LUCENE,
		/**
		 * Hibernate Search's Elasticsearch backend, on OpenSearch 1.3–3.x or
		 * Elasticsearch 7.10+, with changes passed between nodes through the database
		 * (outbox polling).
		 */
		OPENSEARCH

	}

	/**
	 * An OpenSearch (or Elasticsearch) cluster.
	 *
	 * @param uris the nodes' HTTP addresses, e.g. {@code http://search-1:9200}
	 * ({@code MERIDIAN_SEARCH_OPENSEARCH_URIS}, comma-separated)
	 * @param username basic-auth user, if the cluster asks for one
	 * ({@code MERIDIAN_SEARCH_OPENSEARCH_USERNAME})
	 * @param password its password ({@code MERIDIAN_SEARCH_OPENSEARCH_PASSWORD})
	 * @param languagePlugins whether the cluster has the analysis plugins for Japanese
	 * ({@code analysis-kuromoji}), Chinese ({@code analysis-smartcn}), Korean
	 * ({@code analysis-nori}) and Polish ({@code analysis-stempel}), as the Lucene index
	 * has; without them those languages are cut into character pairs (CJK) or only
	 * lower-cased (Polish) ({@code MERIDIAN_SEARCH_OPENSEARCH_LANGUAGEPLUGINS})
	 * @param germanCompounds a word list on every OpenSearch node (a path relative to its
	 * {@code config} directory, one word a line) that German compounds are split into;
	 * none by default ({@code MERIDIAN_SEARCH_OPENSEARCH_GERMANCOMPOUNDS})
	 */
	public record OpenSearch(@DefaultValue List<URI> uris, @Nullable String username, @Nullable String password,
			@DefaultValue("true") boolean languagePlugins, @Nullable String germanCompounds) {
	}

}
