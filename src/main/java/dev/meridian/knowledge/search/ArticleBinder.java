package dev.meridian.knowledge.search;

import dev.meridian.knowledge.ArticleTranslation;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes an article translation: its title and body in its language's fields, and what
 * readers filter on (locale, status, category, markets, internal).
 */
final class ArticleBinder implements TypeBinder {

	static final String ALL_MARKETS = "*";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("title")
			.use("body")
			.use("locale")
			.use("status")
			.use("article.categoryId")
			.use("article.markets")
			.use("article.internal");
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		var keyword = types.asString().projectable(Projectable.YES).toIndexFieldType();
		context.bridge(ArticleTranslation.class,
				new Bridge(schema.field("articleId", keyword).toReference(),
						schema.field("locale", keyword).toReference(), schema.field("language", keyword).toReference(),
						schema.field("status", keyword).toReference(), schema.field("category", keyword).toReference(),
						schema.field("markets", keyword).multiValued().toReference(),
						schema.field("internal", keyword).toReference(), schema.field("title", keyword).toReference(),
						new TextFields("title", schema, types, true), new TextFields("body", schema, types, true)));
	}

	private record Bridge(IndexFieldReference<String> articleId, IndexFieldReference<String> locale,
			IndexFieldReference<String> language, IndexFieldReference<String> status,
			IndexFieldReference<String> category, IndexFieldReference<String> markets,
			IndexFieldReference<String> internal, IndexFieldReference<String> title, TextFields titles,
			TextFields bodies) implements TypeBridge<ArticleTranslation> {

		@Override
		public void write(DocumentElement document, ArticleTranslation translation, TypeBridgeWriteContext context) {
			String key = TextLanguages.key(translation.locale());
			document.addValue(this.articleId, translation.articleId().toString());
			document.addValue(this.locale, translation.locale().value());
			document.addValue(this.language, translation.locale().language());
			document.addValue(this.status, translation.status().value());
			translation.article().category().ifPresent(id -> document.addValue(this.category, id.toString()));
			if (translation.article().markets().isEmpty()) {
				document.addValue(this.markets, ALL_MARKETS);
			}
			translation.article().markets().forEach(market -> document.addValue(this.markets, market.value()));
			document.addValue(this.internal, Boolean.toString(translation.article().isInternal()));
			document.addValue(this.title, translation.title());
			this.titles.write(document, key, translation.title());
			this.bodies.write(document, key, translation.text());
		}

	}

}
