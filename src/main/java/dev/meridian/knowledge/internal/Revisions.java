package dev.meridian.knowledge.internal;

import java.util.Optional;
import java.util.UUID;

import dev.meridian.knowledge.ArticleRevision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Revisions extends JpaRepository<ArticleRevision, UUID> {

	@Query("select r from ArticleRevision r where r.articleId = ?1 and r.revision = ?2")
	Optional<ArticleRevision> find(UUID article, int revision);

}
