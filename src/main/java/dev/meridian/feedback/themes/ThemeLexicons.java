package dev.meridian.feedback.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * Per-language keyword lists that sort a comment into themes ({@code delivery},
 * {@code slow_reply}, ...), read from {@code feedback/lexicons/<language>.properties}.
 * Words are compared in lower case and, for Latin scripts, without accents. A keyword
 * matches at the start of a word in languages that separate words (so "deliver" finds
 * "delivered"), and anywhere in languages that do not (Japanese) or that glue words into
 * compounds (German: "Paketlieferung"). A comment in a language without a lexicon is
 * matched against the English one, which catches brand-new words borrowed from English.
 */
public final class ThemeLexicons {

	/** The languages lexicons are written for. */
	public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt", "ja", "ko", "hu");

	/**
	 * Languages whose keywords match anywhere in the text, not only at a word's start
	 * (Korean glues nouns as German does: "배송지연").
	 */
	private static final Set<String> ANYWHERE = Set.of("ja", "zh", "de", "ko");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'-]+");

	private final Map<String, Map<String, List<String>>> lexicons;

	private ThemeLexicons(Map<String, Map<String, List<String>>> lexicons) {
		this.lexicons = lexicons;
	}

	/** The lexicons shipped with Meridian. */
	public static ThemeLexicons shipped() {
		Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			all.put(language, read(language));
		}
		return new ThemeLexicons(all);
	}

	/** The themes any lexicon names. */
	public Set<String> themes() {
		Set<String> themes = new LinkedHashSet<>();
		this.lexicons.values().forEach(lexicon -> themes.addAll(lexicon.keySet()));
		return themes;
	}

	/** Whether the lexicon of a language has keywords for a theme. */
	boolean covers(String language, String theme) {
		return !this.lexicons.getOrDefault(language, Map.of()).getOrDefault(theme, List.of()).isEmpty();
	}

	/** The themes a comment in {@code language} speaks of, in the lexicon's order. */
	public Set<String> themesOf(String comment, @Nullable LanguageTag language) {
		String lang = language == null || language.isUndetermined() ? "en"
				: language.language().toLowerCase(Locale.ROOT);
		Map<String, List<String>> lexicon = this.lexicons.getOrDefault(lang, this.lexicons.get("en"));
		boolean anywhere = ANYWHERE.contains(lang) && this.lexicons.containsKey(lang);
		String text = normalize(comment, lang);
		String words = " " + String.join(" ", SEPARATORS.split(text)) + " ";
		Set<String> found = new LinkedHashSet<>();
		lexicon.forEach((theme, keywords) -> {
			for (String keyword : keywords) {
				if (anywhere ? text.contains(keyword) : words.contains(" " + keyword)) {
					found.add(theme);
					return;
				}
			}
		});
		return found;
	}

	/**
	 * Lower case, compatibility forms folded (full-width letters), accents removed for
	 * alphabets that use them as marks on Latin letters; kana keep their voicing marks
	 * and Hangul stays in syllables (decomposed into letters, "느" would match inside
	 * "늦").
	 */
	static String normalize(String text, String language) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (language.equals("ja") || language.equals("zh") || language.equals("ar") || language.equals("ko")) {
			return folded;
		}
		return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
	}

	private static Map<String, List<String>> read(String language) {
		Properties properties = new Properties();
		String path = "feedback/lexicons/" + language + ".properties";
		try (InputStream in = ThemeLexicons.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The lexicon " + path + " is missing");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<String>> lexicon = new TreeMap<>();
		for (String theme : properties.stringPropertyNames()) {
			lexicon.put(theme,
					Arrays.stream(properties.getProperty(theme).split(","))
						.map(keyword -> normalize(keyword.strip(), language))
						.filter(keyword -> !keyword.isEmpty())
						.toList());
		}
		return lexicon;
	}

}
