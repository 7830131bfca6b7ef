package dev.meridian.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with what needs no translating and must not leave the house replaced by
 * placeholders before it goes to an outside engine: email addresses, IBANs, card numbers,
 * phone numbers, order numbers and street addresses (with the postcode and town next to
 * them) as they are written in English, French, Spanish, Portuguese, Italian, German and
 * Dutch. The placeholders ({@code ZZP0ZZ}, ...) are letters and digits no engine
 * translates, the same trick as the glossary's.
 * <p>
 * Every pattern reads a text in one pass: quantifiers are bounded, a word is taken whole
 * (possessive) so a repetition never re-splits it, and repetitions are separated by a
 * space they must consume, so no input makes a pattern try exponentially or quadratically
 * many ways.
 *
 * @param text the text to send
 * @param values the values the placeholders stand for, by number
 */
public record Redaction(String text, List<String> values) {

	private static final Pattern PLACEHOLDER = Pattern.compile("ZZP(\\d+)ZZ", Pattern.CASE_INSENSITIVE);

	/** Where an address may start: not inside a word or a number. */
	private static final String START = "(?<![\\p{L}\\p{N}])";

	/**
	 * A capitalized word of a street's name (Baker, Champs-Élysées, l’Église), taken
	 * whole.
	 */
	private static final String WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}+|[ldLD][’']\\p{Lu}[\\p{L}\\p{M}'’.-]{0,30}+)";

	/** A capitalized word, or the small words between them (de la, das, della, van). */
	private static final String NAME_TOKEN = "(?:" + WORD
			+ "|de|del|de la|de las|de los|dos|das|do|da|di|della|delle|dei|des|du|la|le|les|van|von|der|den|het"
			+ "|of|the|y|e)";

	/** A house number: 7, 12a, 221B. */
	private static final String NUMBER = "\\d{1,5}[A-Za-z]?(?![\\p{L}\\p{N}])";

	/**
	 * The postcode right after an address, with the town's first word: 75002 Paris, 1015
	 * CJ Amsterdam, 1200-195 Lisboa, 01310-200 São, NW1 6XE.
	 */
	private static final String POSTCODE = "(?:,?[ ](?:\\d{5}-\\d{3}|\\d{4}-\\d{3}|\\d{4}[ ]?[A-Z]{2}(?![\\p{L}])|\\d{4,5}"
			+ "|[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2})(?:[ ]\\p{Lu}[\\p{L}\\p{M}-]{1,40}+)?)?";

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
			Pattern.compile("(?<![\\p{L}\\p{N}])(?:#\\d{3,}|[A-Z]{2,5}-\\d{3,})(?![\\p{L}\\p{N}])"),
			// street addresses, number first (en): 221B Baker Street, 1600 Pennsylvania
			// Avenue NW
			Pattern.compile(START + "\\d{1,5}[A-Za-z]?(?:[ ]" + WORD + "){1,4}[ ]"
					+ "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Terrace"
					+ "|Close|Crescent|Square|Sq)\\.?(?![\\p{L}])(?:[ ](?:NW|NE|SW|SE|N|S|E|W)(?![\\p{L}]))?"
					+ POSTCODE),
			// number first (fr): 12 rue de la Paix, 3 bis boulevard Haussmann
			Pattern.compile(START + "\\d{1,4}(?:[ ]?(?:bis|ter))?,?[ ]"
					+ "(?iu:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)(?:[ ]"
					+ NAME_TOKEN + "){1,5}" + POSTCODE),
			// the kind of street first, the number after (es, pt, it): Calle Mayor 5,
			// Rua das Flores, 12, Via Roma 1; Italian kinds only capitalized ("via" is
			// also "by way of")
			Pattern.compile(START
					+ "(?:(?iu:calle|avenida|plaza|paseo|camino|carretera|rua|travessa|praça|praca|largo|estrada|alameda"
					+ "|rodovia)|C/|Avda\\.|Av\\.|Via|Viale|Corso|Piazza|Piazzale|Vicolo|Strada)(?:[ ]" + NAME_TOKEN
					+ "){1,5},?[ ](?:n\\.?[ºo°]?[ ]?)?" + NUMBER + POSTCODE),
			// one word ending in its kind, then the number (de, nl): Goethestraße 7,
			// Keizersgracht 123
			Pattern.compile(START + "\\p{Lu}[\\p{L}\\p{M}-]{1,40}+"
					+ "(?<=straße|strasse|weg|platz|allee|gasse|damm|straat|gracht|laan|plein|kade|singel|steeg)[ ]"
					+ NUMBER + POSTCODE),
			// Hauptstr. 12a, Berliner Straße 5
			Pattern.compile(START + "(?:\\p{Lu}[\\p{L}\\p{M}-]{1,40}+(?<=str)\\.|\\p{Lu}[\\p{L}\\p{M}-]{1,40}+[ ]"
					+ "(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Damm|Straat|Laan|Plein|Kade))[ ]?" + NUMBER
					+ POSTCODE));

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
