package dev.meridian.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a list in the API: the items and the cursor of the next page, {@code null} on
 * the last page.
 */
public record PageResponse<T>(List<T> items, @Nullable String nextCursor) {

	public static <T> PageResponse<T> of(List<T> items) {
		return new PageResponse<>(items, null);
	}

}
