package dev.meridian.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Cultural profiles per locale from one reviewable file,
 * {@code src/main/resources/language/cultural-profiles.json}: register (T–V), salutation,
 * name order, greeting and closing, the first and last line of a reply by formality and
 * the machine-translation notice. Agents' hints are in the workspace's message bundles
 * ({@code culture.hint.<profile>}). {@code {customer.salutation}} in a reply becomes the
 * salutation for that customer.
 */
@Service
public class CulturalProfiles {

	/** The placeholder replies, macros and notifications may use. */
	public static final String SALUTATION = "{customer.salutation}";

	/** The first line of a reply for the customer ({@link ReplyFrame#greeting()}). */
	public static final String GREETING = "{customer.greeting}";

	/** The last line of a reply for the customer ({@link ReplyFrame#closing()}). */
	public static final String CLOSING = "{customer.closing}";

	private static final Pattern NAME = Pattern.compile("\\{(given|family|name)\\}");

	private final Map<String, CulturalProfile> profiles;

	private final TranslationSettings settings;

	CulturalProfiles(TranslationSettings settings) {
		this.settings = settings;
		this.profiles = read();
	}

	/** Every profile, for checks that each has what it needs (hints, greetings). */
	public java.util.Collection<CulturalProfile> all() {
		return this.profiles.values();
	}

	/** The profile for a tag, a regional one ({@code pt-BR}) before its language's. */
	public Optional<CulturalProfile> of(LanguageTag tag) {
		if (tag.isUndetermined()) {
			return Optional.empty();
		}
		CulturalProfile regional = this.profiles.get(tag.value());
		if (regional != null) {
			return Optional.of(regional);
		}
		return Optional.ofNullable(this.profiles.get(tag.language()));
	}

	/**
	 * How to greet this customer: {@code 田中様}, {@code Sehr geehrte Frau Schmidt},
	 * {@code Dear Ms. Tanaka}.
	 * @param title {@code ms}, {@code mr}, {@code mx} when known, else null
	 */
	public Optional<String> salutation(LanguageTag language, @Nullable String givenName, @Nullable String familyName,
			@Nullable String title) {
		return of(language).map(profile -> address(profile, profile.salutations(),
				new Addressee(givenName, familyName, null, titleOf(title), Formality.DEFAULT)));
	}

	/** The salutation for someone whose title and full name are known. */
	public Optional<String> salutation(LanguageTag language, Addressee addressee) {
		return of(language).map(profile -> address(profile, profile.salutations(), addressee));
	}

	/**
	 * The first and last line of a reply to this person in this language, in their
	 * formality (else their culture's): {@code Estimado Sr. García:} …
	 * {@code Atentamente}; {@code 田中様} … keigo. Empty for a language without a profile.
	 */
	public Optional<ReplyFrame> frame(LanguageTag language, Addressee addressee) {
		return of(language).map(profile -> {
			Formality formality = profile.formalityFor(addressee.formality());
			String key = formality == Formality.INFORMAL ? "informal" : "formal";
			Map<String, String> greetings = profile.greetings().getOrDefault(key, profile.salutations());
			String closing = profile.closings().getOrDefault(key, profile.closing());
			return new ReplyFrame(language, formality, address(profile, greetings, addressee), closing);
		});
	}

	/** The formality to write to this person in: theirs, else their culture's. */
	public Formality formality(LanguageTag language, Formality preferred) {
		return of(language).map(profile -> profile.formalityFor(preferred)).orElse(preferred);
	}

	private static String address(CulturalProfile profile, Map<String, String> patterns, Addressee addressee) {
		String givenName = blankToNull(addressee.givenName());
		String familyName = blankToNull(addressee.familyName());
		if (givenName == null && familyName == null) {
			return patterns.getOrDefault("unnamed", "");
		}
		// A title goes with the family name; without one (or with none asked for) the
		// culture's neutral form, which for a gender-neutral title is the full name.
		String title = addressee.title() == null ? null : addressee.title().name().toLowerCase(Locale.ROOT);
		String pattern = title != null && familyName != null ? patterns.get(title) : null;
		if (pattern == null) {
			pattern = patterns.getOrDefault("neutral", "{name}");
		}
		if (familyName == null && pattern.contains("{family}") && !pattern.contains("{given}")) {
			pattern = pattern.replace("{family}", "{given}");
		}
		if (givenName == null && pattern.contains("{given}") && !pattern.contains("{family}")) {
			// Informal without a given name: the full name rather than nothing.
			pattern = pattern.replace("{given}", "{name}");
		}
		String fullName = blankToNull(addressee.fullName());
		if (fullName == null) {
			fullName = fullName(profile, givenName, familyName);
		}
		Matcher matcher = NAME.matcher(pattern);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = switch (matcher.group(1)) {
				case "given" -> givenName;
				case "family" -> familyName;
				default -> fullName;
			};
			matcher.appendReplacement(filled, Matcher.quoteReplacement(name == null ? "" : name));
		}
		matcher.appendTail(filled);
		return filled.toString().replaceAll("\\s{2,}", " ").replace(" ,", ",").strip();
	}

	/**
	 * The full name in the profile's order; names in Han, kana or Hangul are written
	 * without a space, as their script does.
	 */
	private static String fullName(CulturalProfile profile, @Nullable String givenName, @Nullable String familyName) {
		if (givenName == null || familyName == null) {
			return givenName != null ? givenName : familyName == null ? "" : familyName;
		}
		if (!profile.familyNameFirst()) {
			return givenName + " " + familyName;
		}
		return familyName + (eastAsian(familyName + givenName) ? "" : " ") + givenName;
	}

	private static boolean eastAsian(String text) {
		return text.codePoints().allMatch(cp -> {
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
		});
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A title as older callers give it ({@code Ms.}, {@code mr}); unknown ones count as
	 * none.
	 */
	private static @Nullable FormOfAddress titleOf(@Nullable String title) {
		if (title == null) {
			return null;
		}
		String wanted = title.toUpperCase(Locale.ROOT).replace(".", "").strip();
		for (FormOfAddress candidate : FormOfAddress.values()) {
			if (candidate.name().equals(wanted)) {
				return candidate;
			}
		}
		return null;
	}

	/** Replaces {@code {customer.salutation}} in a text. */
	public String fillIn(String text, LanguageTag language, @Nullable String givenName, @Nullable String familyName,
			@Nullable String title) {
		if (!text.contains(SALUTATION)) {
			return text;
		}
		return text.replace(SALUTATION, salutation(language, givenName, familyName, title).orElse(""));
	}

	/**
	 * Replaces {@code {customer.salutation}}, {@code {customer.greeting}} and
	 * {@code {customer.closing}} in a text for this person.
	 */
	public String fillIn(String text, LanguageTag language, Addressee addressee) {
		if (!text.contains(SALUTATION) && !text.contains(GREETING) && !text.contains(CLOSING)) {
			return text;
		}
		Optional<ReplyFrame> frame = frame(language, addressee);
		return text.replace(SALUTATION, salutation(language, addressee).orElse(""))
			.replace(GREETING, frame.map(ReplyFrame::greeting).orElse(""))
			.replace(CLOSING, frame.map(ReplyFrame::closing).orElse(""));
	}

	/** The line ending a machine-translated reply, in the customer's language. */
	public Optional<String> machineTranslationNotice(LanguageTag language) {
		if (!this.settings.notice()) {
			return Optional.empty();
		}
		String configured = this.settings.notices().get(language.value());
		if (configured == null) {
			configured = this.settings.notices().get(language.language());
		}
		if (configured != null) {
			return configured.isBlank() ? Optional.empty() : Optional.of(configured);
		}
		return of(language).map(CulturalProfile::machineTranslationNotice).filter(n -> !n.isBlank());
	}

	private static Map<String, CulturalProfile> read() {
		try (InputStream in = CulturalProfiles.class.getResourceAsStream("/language/cultural-profiles.json")) {
			if (in == null) {
				throw new IllegalStateException("language/cultural-profiles.json is missing");
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, CulturalProfile> read = new HashMap<>();
			for (Map.Entry<String, JsonNode> entry : root.path("profiles").properties()) {
				JsonNode p = entry.getValue();
				read.put(new LanguageTag(entry.getKey()).value(),
						new CulturalProfile(entry.getKey(), p.path("register").asString(), p.path("formal").asString(),
								p.path("informal").asString(), p.path("nameOrder").asString(),
								strings(p.path("salutations")), p.path("greeting").asString(),
								p.path("closing").asString(), byFormality(p.path("greetings")),
								strings(p.path("closings")), p.path("machineTranslationNotice").asString()));
			}
			return Map.copyOf(read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Map<String, String>> byFormality(JsonNode object) {
		Map<String, Map<String, String>> values = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : object.properties()) {
			values.put(entry.getKey(), Map.copyOf(strings(entry.getValue())));
		}
		return values;
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> values = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : object.properties()) {
			values.put(entry.getKey(), entry.getValue().asString());
		}
		return values;
	}

}
