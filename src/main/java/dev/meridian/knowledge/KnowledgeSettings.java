package dev.meridian.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Knowledge base settings.
 *
 * @param indexDirectory where the Lucene index lives
 * ({@code MERIDIAN_KNOWLEDGE_INDEXDIRECTORY})
 * @param dictionaries where Debian's FreeDict dictionaries are installed; they split
 * German compounds and translate queries between languages
 * ({@code MERIDIAN_KNOWLEDGE_DICTIONARIES})
 * @param defaultLocale the help center's locale when a reader's cannot be told at all
 * ({@code MERIDIAN_KNOWLEDGE_DEFAULTLOCALE})
 * @param locales the locales the help center is offered in: the freshness dashboard
 * counts a missing translation in each of them ({@code MERIDIAN_KNOWLEDGE_LOCALES})
 * @param fallbackChains for a reader's locale, the locales to try next, in order, e.g.
 * {@code meridian.knowledge.fallback-chains[pt-BR]=pt-PT,en}
 * @param marketFallbackChains the same per market, taking precedence there, e.g.
 * {@code meridian.knowledge.market-fallback-chains.CA[fr-CA]=fr-FR,en}
 * @param reindexEmptyOnStart fill an empty index from the database in the background at
 * start-up ({@code MERIDIAN_KNOWLEDGE_REINDEXEMPTYONSTART})
 */
@ConfigurationProperties("meridian.knowledge")
public record KnowledgeSettings(@DefaultValue("./data/index") Path indexDirectory,
		@DefaultValue("/usr/share/dictd") Path dictionaries, @DefaultValue("en") String defaultLocale, @DefaultValue( {
				"en", "de", "fr", "es", "pt-PT", "pt-BR", "ja", "ar", "he", "fa" }) List<String> locales,
		@DefaultValue Map<String, List<String>> fallbackChains,
		@DefaultValue Map<String, Map<String, List<String>>> marketFallbackChains,
		@DefaultValue("true") boolean reindexEmptyOnStart){
}
