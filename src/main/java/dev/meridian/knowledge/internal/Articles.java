package dev.meridian.knowledge.internal;

import java.util.List;
import java.util.UUID;

import dev.meridian.knowledge.Article;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Articles extends JpaRepository<Article, UUID> {

	@EntityGraph(attributePaths = "translations")
	@Query("select distinct a from Article a order by a.createdAt, a.id")
	List<Article> findAllWithTranslations();

	@Query("select count(t) > 0 from ArticleTranslation t where t.locale = ?1 and t.slug = ?2 and t.article.id <> ?3")
	boolean slugTaken(String locale, String slug, UUID article);

	@Query("select t.article from ArticleTranslation t where t.locale = ?1 and t.slug = ?2")
	List<Article> findBySlug(String locale, String slug);

}
