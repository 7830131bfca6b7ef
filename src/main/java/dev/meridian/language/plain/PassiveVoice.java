package dev.meridian.language.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The markers of a language's passive voice (regular expressions from its lexicon) and
 * how much passive is too much. One passive sentence is often the right choice ("your
 * parcel was damaged"); a reply mostly in the passive hides who does what, and machine
 * translation blurs it further. So sentences are reported only when at least
 * {@code minSentences} of them, and more than {@code maxShare} of all sentences, are
 * passive.
 *
 * <p>
 * A lexicon with {@code "passive": {"skipped": "why"}} has no check: Japanese, where the
 * same ending marks the passive, the potential and respect.
 */
public record PassiveVoice(List<Pattern> markers, int minSentences, double maxShare) {

	public PassiveVoice {
		markers = List.copyOf(markers);
	}

	static Optional<PassiveVoice> of(JsonNode node) {
		if (!node.has("markers")) {
			return Optional.empty();
		}
		List<Pattern> markers = new ArrayList<>();
		node.path("markers")
			.forEach(marker -> markers
				.add(Pattern.compile(marker.asString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		return Optional
			.of(new PassiveVoice(markers, node.path("minSentences").asInt(2), node.path("maxShare").asDouble(1.0 / 3)));
	}

	public boolean isPassive(String sentence) {
		return this.markers.stream().anyMatch(marker -> marker.matcher(sentence).find());
	}

	/** Whether so many passive sentences among so many are too many. */
	public boolean tooMany(int passive, int sentences) {
		return passive >= this.minSentences && passive > this.maxShare * sentences;
	}

}
