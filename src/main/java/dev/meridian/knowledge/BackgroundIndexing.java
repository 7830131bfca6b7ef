package dev.meridian.knowledge;

import dev.meridian.knowledge.search.SearchSettings;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

import org.springframework.stereotype.Component;

/**
 * Lets a transaction's changes reach the search index in the background after it commits,
 * instead of before its request returns.
 * <p>
 * By default (the embedded Lucene index) a change is searchable when its request returns:
 * the index's readers are refreshed for each transaction. That is right for an article an
 * editor publishes and then looks for, and wrong for a chat: at a hundred lines a second
 * each line paid for a refresh, each refresh wrote a tiny segment, and merging those
 * segments took a sixth of the machine; the lines waited in their requests meanwhile. A
 * chat line is searchable a moment later instead (the index commits every second and a
 * search refreshes what it reads). With OpenSearch every change already goes through the
 * outbox in the background, so this changes nothing there.
 */
@Component
public class BackgroundIndexing {

	private final EntityManager entityManager;

	private final boolean lucene;

	BackgroundIndexing(EntityManager entityManager, SearchSettings settings) {
		// Spring's shared EntityManager: it stands for the current transaction's.
		this.entityManager = entityManager;
		this.lucene = settings.backend() == SearchSettings.Backend.LUCENE;
	}

	/**
	 * The changes of the transaction running now are indexed after it commits, without
	 * being waited for. Call it inside the transaction.
	 */
	public void forThisTransaction() {
		if (this.lucene) {
			Search.session(this.entityManager)
				.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
		}
	}

}
