package dev.meridian.knowledge.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.knowledge.Category;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Categories extends JpaRepository<Category, UUID> {

	@Query("select c from Category c order by c.position, c.slug")
	List<Category> findAllOrdered();

	@Query("select c from Category c where c.slug = ?1")
	Optional<Category> findBySlug(String slug);

}
