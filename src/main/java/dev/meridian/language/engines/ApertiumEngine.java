package dev.meridian.language.engines;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.MissingResourceException;
import java.util.Set;

import dev.meridian.language.LanguagePair;
import dev.meridian.language.TranslationEngine;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apertium, a rule-based open engine installed from Debian packages, through
 * apertium-apy's HTTP API ({@code /listPairs}, {@code /translate}). Apertium names
 * languages with ISO 639-3 codes ({@code eng}, {@code spa}, {@code por_BR}); BCP 47 tags
 * are mapped to them, a regional variant where the pair has one.
 */
public final class ApertiumEngine implements TranslationEngine {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final RetryingClient client;

	private volatile @Nullable Set<String> pairs;

	public ApertiumEngine(URI url, RetryingClient client) {
		this.url = url;
		this.client = client;
	}

	@Override
	public boolean local() {
		return true;
	}

	@Override
	public String name() {
		return "apertium";
	}

	@Override
	public boolean supports(LanguagePair pair) {
		return langpair(pair) != null;
	}

	@Override
	public String translate(String text, LanguagePair pair) {
		String langpair = langpair(pair);
		if (langpair == null) {
			throw new IllegalArgumentException("Apertium has no pair " + pair);
		}
		String form = "langpair=" + encode(langpair) + "&markUnknown=no&q=" + encode(text);
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.url.resolve("/translate"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
		JsonNode body = parse(response);
		if (response.statusCode() != 200 || body.path("responseStatus").asInt(200) != 200) {
			throw this.client.unavailable("answered " + response.statusCode() + ": "
					+ body.path("responseDetails").asString(body.path("message").asString("no details")), null);
		}
		return body.path("responseData").path("translatedText").asString();
	}

	/**
	 * Apertium's name for the pair, {@code eng|spa}: a regional variant where installed
	 * ({@code spa|por_BR} for pt-BR), else the language's.
	 */
	@Nullable String langpair(LanguagePair pair) {
		Set<String> installed = langpairs();
		for (String from : codes(pair.from())) {
			for (String to : codes(pair.to())) {
				if (installed.contains(from + "|" + to)) {
					return from + "|" + to;
				}
			}
		}
		return null;
	}

	/**
	 * The pairs installed, as language tags ({@code eng|spa} → en to es, {@code por_BR} →
	 * pt-BR); pairs with languages that have no tag ({@code eco}) are left out.
	 */
	@Override
	public java.util.List<LanguagePair> pairs() {
		java.util.List<LanguagePair> pairs = new java.util.ArrayList<>();
		for (String langpair : langpairs()) {
			String[] sides = langpair.split("\\|");
			String from = com.ibm.icu.util.ULocale.createCanonical(sides[0]).toLanguageTag();
			String to = com.ibm.icu.util.ULocale.createCanonical(sides[1]).toLanguageTag();
			// A code ICU cannot map stays as it is (eco): not a language a customer
			// writes.
			if (!from.equals(sides[0]) && !to.equals(sides[1])) {
				pairs.add(LanguagePair.of(from, to));
			}
		}
		pairs.sort(java.util.Comparator.comparing((LanguagePair pair) -> pair.from().value())
			.thenComparing(pair -> pair.to().value()));
		return pairs;
	}

	/** The pairs apertium-apy has installed, read once (and again after a failure). */
	Set<String> langpairs() {
		Set<String> known = this.pairs;
		if (known != null) {
			return known;
		}
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.url.resolve("/listPairs")).GET());
		if (response.statusCode() != 200) {
			throw this.client.unavailable("listPairs answered " + response.statusCode(), null);
		}
		Set<String> read = new HashSet<>();
		for (JsonNode pair : parse(response).path("responseData")) {
			read.add(pair.path("sourceLanguage").asString() + "|" + pair.path("targetLanguage").asString());
		}
		this.pairs = Set.copyOf(read);
		return this.pairs;
	}

	/** {@code por_BR} then {@code por} for {@code pt-BR}; {@code eng} for {@code en}. */
	static java.util.List<String> codes(LanguageTag tag) {
		String language;
		try {
			language = tag.locale().getISO3Language();
		}
		catch (MissingResourceException ex) {
			return java.util.List.of();
		}
		if (language.isEmpty()) {
			return java.util.List.of();
		}
		String region = tag.locale().getCountry();
		return region.isEmpty() ? java.util.List.of(language) : java.util.List.of(language + "_" + region, language);
	}

	private JsonNode parse(HttpResponse<String> response) {
		try {
			return JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			throw this.client.unavailable("answered " + response.statusCode() + " with a body that is not JSON", null);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
