package dev.meridian.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with what needs no translating and must not leave the house replaced by
 * placeholders before it goes to an outside engine: email addresses, IBANs, card numbers,
 * phone numbers and order numbers. The placeholders ({@code ZZP0ZZ}, ...) are letters and
 * digits no engine translates, the same trick as the glossary's.
 *
 * @param text the text to send
 * @param values the values the placeholders stand for, by number
 */
public record Redaction(String text, List<String> values) {

	private static final Pattern PLACEHOLDER = Pattern.compile("ZZP(\\d+)ZZ", Pattern.CASE_INSENSITIVE);

	/** In order: the most specific first, so a card number is not taken for a phone. */
	private static final List<Pattern> PERSONAL = List.of(
			// email addresses: tried only where a word starts, each part taken whole and
			// bounded (RFC 5321 lengths, at most 8 labels, since each repetition is a
			// stack frame), so a long text costs one pass, not one per character
			Pattern.compile(
					"(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}+@(?:[\\p{L}\\p{N}-]{1,63}+\\.){1,8}\\p{L}{2,63}"),
			// IBAN: country, check digits, 11 to 30 letters and digits, in groups or not
			Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\\b"),
			// card numbers: 13 to 19 digits with optional spaces or dashes
			Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b"),
			// phone numbers: an optional +, then 8 to 15 digits with separators
			Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[ .()/-]{0,2}\\d){7,14}(?![\\p{L}\\p{N}])"),
			// order numbers: #1234, or letters-digits like FR-10042
			Pattern.compile("(?<![\\p{L}\\p{N}])(?:#\\d{3,}|[A-Z]{2,5}-\\d{3,})(?![\\p{L}\\p{N}])"));

	public static Redaction of(String text) {
		List<String> values = new ArrayList<>();
		String redacted = text;
		for (Pattern pattern : PERSONAL) {
			Matcher matcher = pattern.matcher(redacted);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String value = matcher.group();
				if (PLACEHOLDER.matcher(value).find()) {
					matcher.appendReplacement(out, Matcher.quoteReplacement(value));
					continue;
				}
				matcher.appendReplacement(out, "ZZP" + values.size() + "ZZ");
				values.add(value);
			}
			matcher.appendTail(out);
			redacted = out.toString();
		}
		return new Redaction(redacted, List.copyOf(values));
	}

	/** Whether anything was replaced. */
	public boolean redacted() {
		return !this.values.isEmpty();
	}

	/** Puts the values back into the engine's translation. */
	public String restore(String translated) {
		if (this.values.isEmpty()) {
			return translated;
		}
		Matcher matcher = PLACEHOLDER.matcher(translated);
		StringBuilder restored = new StringBuilder();
		while (matcher.find()) {
			int index = Integer.parseInt(matcher.group(1));
			matcher.appendReplacement(restored,
					Matcher.quoteReplacement(index < this.values.size() ? this.values.get(index) : matcher.group()));
		}
		matcher.appendTail(restored);
		return restored.toString();
	}

}
