package dev.meridian.language.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.language.GlossaryTerm;

/**
 * A text with its glossary terms replaced by placeholders an engine leaves alone, and put
 * back after translation: a brand name is never translated, a preferred term always used.
 * The placeholders ({@code ZZG0ZZ}, ...) are letters and digits no dictionary knows,
 * which Apertium and the cloud engines pass through as unknown words.
 */
public record ProtectedText(String text, List<String> renderings) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\*?ZZG(\\d+)ZZ", Pattern.CASE_INSENSITIVE);

	public static ProtectedText of(String text, List<GlossaryTerm> terms) {
		List<GlossaryTerm> longestFirst = new ArrayList<>(terms);
		longestFirst.sort(Comparator.comparingInt((GlossaryTerm t) -> t.term().length()).reversed());
		List<String> renderings = new ArrayList<>();
		String protectedText = text;
		for (GlossaryTerm term : longestFirst) {
			Matcher matcher = Pattern
				.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.term()) + "(?![\\p{L}\\p{N}])",
						Pattern.UNICODE_CASE)
				.matcher(protectedText);
			if (!matcher.find()) {
				continue;
			}
			String placeholder = "ZZG" + renderings.size() + "ZZ";
			renderings.add(term.rendered());
			protectedText = matcher.replaceAll(Matcher.quoteReplacement(placeholder));
		}
		return new ProtectedText(protectedText, List.copyOf(renderings));
	}

	/** Puts the terms back into an engine's translation. */
	public String restore(String translated) {
		if (this.renderings.isEmpty()) {
			return translated;
		}
		Matcher matcher = PLACEHOLDER.matcher(translated);
		StringBuilder restored = new StringBuilder();
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(1));
			String rendering = index < this.renderings.size() ? this.renderings.get(index)
					: matcher.group().toUpperCase(Locale.ROOT);
			matcher.appendReplacement(restored, Matcher.quoteReplacement(rendering));
		}
		matcher.appendTail(restored);
		return restored.toString();
	}

}
