package dev.meridian.knowledge;

import java.util.UUID;

/** Identifies a knowledge base article across all its translations. */
public record ArticleId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
