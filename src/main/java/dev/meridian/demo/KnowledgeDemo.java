package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.knowledge.Article;
import dev.meridian.knowledge.ArticleTranslation;
import dev.meridian.knowledge.EditKind;
import dev.meridian.knowledge.KnowledgeManagement;
import dev.meridian.knowledge.NewArticle;
import dev.meridian.knowledge.TranslationDraft;
import dev.meridian.knowledge.TranslationStatus;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/knowledge-demo.json} when the demo is wanted and the knowledge base
 * is empty: an international shop's help center, some translations missing and some made
 * outdated by a substantive source edit, to show the fallback and the freshness
 * dashboard.
 */
@Component
@Order(20)
class KnowledgeDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeDemo.class);

	private final DemoData demo;

	private final KnowledgeManagement knowledge;

	private final JsonMapper json;

	KnowledgeDemo(DemoData demo, KnowledgeManagement knowledge, JsonMapper json) {
		this.demo = demo;
		this.knowledge = knowledge;
		this.json = json;
	}

	record Dataset(List<CategoryData> categories, List<ArticleData> articles) {
	}

	record CategoryData(String slug, Map<String, String> names) {
	}

	record ArticleData(@Nullable String category, String sourceLocale, List<TranslationData> translations,
			List<String> markets, boolean internal, @Nullable String substantiveEdit) {
	}

	record TranslationData(String locale, String title, String body, String status) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.wanted() || !this.knowledge.all().isEmpty()) {
			return;
		}
		Dataset dataset;
		try (InputStream in = new ClassPathResource("demo/knowledge-demo.json").getInputStream()) {
			dataset = this.json.readValue(in, Dataset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int position = 0;
		for (CategoryData category : dataset.categories()) {
			Map<LanguageTag, String> names = new LinkedHashMap<>();
			category.names().forEach((locale, name) -> names.put(new LanguageTag(locale), name));
			this.knowledge.createCategory(category.slug(), null, names, position++);
		}
		for (ArticleData data : dataset.articles()) {
			Article article = this.knowledge.create(new NewArticle(new LanguageTag(data.sourceLocale()),
					data.translations().stream().map(KnowledgeDemo::draft).toList(), data.category(),
					data.markets().stream().map(CountryCode::new).toList(), data.internal()));
			if (data.substantiveEdit() != null) {
				ArticleTranslation source = article.source();
				this.knowledge.write(article.id(), new TranslationDraft(source.locale(), source.title(),
						data.substantiveEdit(), source.status(), source.slug(), source.author()), EditKind.SUBSTANTIVE);
			}
		}
		log.info("Demo knowledge base: {} categories, {} articles", dataset.categories().size(),
				dataset.articles().size());
	}

	private static TranslationDraft draft(TranslationData data) {
		return new TranslationDraft(new LanguageTag(data.locale()), data.title(), data.body(),
				TranslationStatus.parse("status", data.status()), null, "Meridian demo");
	}

}
