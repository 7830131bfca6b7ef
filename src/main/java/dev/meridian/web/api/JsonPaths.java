package dev.meridian.web.api;

import java.util.List;

import tools.jackson.core.JacksonException;

/**
 * Writes Jackson's path to a failing value the way a client would name the field:
 * {@code customer.email} or {@code tags[2]}.
 */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}

}
