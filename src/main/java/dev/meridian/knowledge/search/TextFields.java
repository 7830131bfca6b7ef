package dev.meridian.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;

/**
 * A text field declared once per analysed language ({@code body_de}, {@code body_ja},
 * ...): a document fills only the one of its own language, and a query searches each
 * language's field with the words of that language.
 */
final class TextFields {

	private final Map<String, IndexFieldReference<String>> byKey = new HashMap<>();

	TextFields(String prefix, IndexSchemaElement schema, IndexFieldTypeFactory types, boolean highlight) {
		for (String key : TextLanguages.KEYS) {
			var type = types.asString().analyzer(TextLanguages.analyzer(key));
			if (highlight) {
				type = type.projectable(Projectable.YES).highlightable(List.of(Highlightable.UNIFIED));
			}
			this.byKey.put(key, schema.field(name(prefix, key), type).toReference());
		}
	}

	static String name(String prefix, String key) {
		return prefix + "_" + key;
	}

	void write(DocumentElement document, String key, String text) {
		document.addValue(this.byKey.get(key), text);
	}

}
