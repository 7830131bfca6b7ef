package dev.meridian.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Languages the detector does not know, next to ones it does: Galician reads as
 * Portuguese or Spanish, Nepali as Hindi or Marathi. Such a text must come out
 * {@code und}, not as its neighbour, so a few common words of each (from
 * {@code language/outside-languages.tsv}, words its neighbours do not use) mark it.
 */
final class OutsideLanguages {

	/**
	 * An outside language, the languages it is mistaken for, and words that give it away.
	 */
	record Outside(String language, Set<String> neighbours, Set<String> markers) {
	}

	private static final Pattern WORD_EDGES = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

	private static final List<Outside> KNOWN = read("/language/outside-languages.tsv");

	private OutsideLanguages() {
	}

	/**
	 * The outside language this text is in, if one of its neighbours is among the
	 * detector's likeliest languages and the text holds one of its marker words.
	 */
	static Optional<String> of(String text, Collection<String> likeliest) {
		for (Outside outside : KNOWN) {
			if (likeliest.stream().anyMatch(outside.neighbours()::contains) && holdsMarker(text, outside.markers())) {
				return Optional.of(outside.language());
			}
		}
		return Optional.empty();
	}

	private static boolean holdsMarker(String text, Set<String> markers) {
		for (String token : text.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (markers.contains(WORD_EDGES.matcher(token).replaceAll(""))) {
				return true;
			}
		}
		return false;
	}

	private static List<Outside> read(String resource) {
		List<Outside> outside = new ArrayList<>();
		try (InputStream in = OutsideLanguages.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				outside.add(new Outside(fields[0].strip(), Set.of(fields[1].strip().split(" ")),
						Set.of(fields[2].strip().split(" "))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(outside);
	}

}
