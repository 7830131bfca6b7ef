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

import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Cultural profiles per locale from one reviewable file,
 * {@code src/main/resources/language/cultural-profiles.json}: register (T–V), salutation,
 * name order, greeting and closing, a hint for agents and the machine-translation notice.
 * {@code {customer.salutation}} in a reply becomes the salutation for that customer.
 */
@Service
public class CulturalProfiles {

	/** The placeholder replies, macros and notifications may use. */
	public static final String SALUTATION = "{customer.salutation}";

	private static final Pattern NAME = Pattern.compile("\\{(given|family)\\}");

	private final Map<String, CulturalProfile> profiles;

	private final TranslationSettings settings;

	CulturalProfiles(TranslationSettings settings) {
		this.settings = settings;
		this.profiles = read();
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
		return of(language).map(profile -> {
			boolean hasGiven = givenName != null && !givenName.isBlank();
			boolean hasFamily = familyName != null && !familyName.isBlank();
			if (!hasGiven && !hasFamily) {
				return profile.salutations().getOrDefault("unnamed", "");
			}
			String pattern = title != null && hasFamily
					? profile.salutations().get(title.toLowerCase(Locale.ROOT).replace(".", "")) : null;
			if (pattern == null) {
				pattern = profile.salutations().get("neutral");
			}
			if (!hasFamily && pattern.contains("{family}") && !pattern.contains("{given}")) {
				pattern = pattern.replace("{family}", "{given}");
			}
			Matcher matcher = NAME.matcher(pattern);
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				String name = "given".equals(matcher.group(1)) ? givenName : familyName;
				matcher.appendReplacement(filled, Matcher.quoteReplacement(name == null ? "" : name.strip()));
			}
			matcher.appendTail(filled);
			return filled.toString().replaceAll("\\s{2,}", " ").replace(" ,", ",").strip();
		});
	}

	/** Replaces {@code {customer.salutation}} in a text. */
	public String fillIn(String text, LanguageTag language, @Nullable String givenName, @Nullable String familyName,
			@Nullable String title) {
		if (!text.contains(SALUTATION)) {
			return text;
		}
		return text.replace(SALUTATION, salutation(language, givenName, familyName, title).orElse(""));
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

	/** The short hint for an agent, in their workspace language (else English). */
	public Optional<String> hint(LanguageTag language, Locale agentLocale) {
		return of(language)
			.map(profile -> profile.hints()
				.getOrDefault(agentLocale.getLanguage(), profile.hints().getOrDefault("en", "")))
			.filter(hint -> !hint.isBlank());
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
								p.path("closing").asString(), strings(p.path("hint")),
								p.path("machineTranslationNotice").asString()));
			}
			return Map.copyOf(read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> values = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : object.properties()) {
			values.put(entry.getKey(), entry.getValue().asString());
		}
		return values;
	}

}
