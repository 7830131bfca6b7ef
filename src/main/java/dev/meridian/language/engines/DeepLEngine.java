package dev.meridian.language.engines;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.meridian.language.LanguagePair;
import dev.meridian.language.TranslationEngine;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * DeepL API v2: {@code POST /v2/translate} with a JSON body, authorized by
 * {@code Authorization: DeepL-Auth-Key <key>}. 456 means the character quota is used up;
 * 429 too many requests (retried with back-off); 403 a refused key. A reply's formality
 * goes as DeepL's {@code formality} parameter.
 */
public final class DeepLEngine implements TranslationEngine {

	/** Source languages DeepL documents; targets add regional English and Portuguese. */
	static final Set<String> LANGUAGES = Set.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he",
			"hu", "id", "it", "ja", "ko", "lt", "lv", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "th", "tr",
			"uk", "vi", "zh");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final String authKey;

	private final RetryingClient client;

	public DeepLEngine(URI url, String authKey, RetryingClient client) {
		this.url = url;
		this.authKey = authKey;
		this.client = client;
	}

	@Override
	public String name() {
		return "deepl";
	}

	@Override
	public boolean supports(LanguagePair pair) {
		return LANGUAGES.contains(pair.from().language()) && LANGUAGES.contains(pair.to().language());
	}

	@Override
	public String translate(String text, LanguagePair pair) {
		return translate(text, pair, Formality.DEFAULT);
	}

	@Override
	public boolean translatesFormality() {
		return true;
	}

	/**
	 * Sends DeepL's {@code formality}: {@code prefer_more} or {@code prefer_less}, the
	 * forms DeepL documents as falling back to the default for target languages without a
	 * formality (English, Chinese), where {@code more} and {@code less} would be refused.
	 */
	@Override
	public String translate(String text, LanguagePair pair, Formality formality) {
		ObjectNode body = JSON.createObjectNode();
		body.putArray("text").add(text);
		body.put("source_lang", pair.from().language().toUpperCase(Locale.ROOT));
		body.put("target_lang", target(pair.to()));
		switch (formality) {
			case FORMAL -> body.put("formality", "prefer_more");
			case INFORMAL -> body.put("formality", "prefer_less");
			case DEFAULT -> {
			}
		}
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.url.resolve("/v2/translate"))
			.header("Authorization", "DeepL-Auth-Key " + this.authKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
		int status = response.statusCode();
		if (status == 200) {
			return JSON.readTree(response.body()).path("translations").path(0).path("text").asString();
		}
		String message = message(response.body());
		throw switch (status) {
			case 456 -> this.client.unavailable("character quota exceeded (456)", null);
			case 403 -> this.client.unavailable("the authentication key was refused (403)", null);
			default -> this.client.unavailable("answered " + status + ": " + message, null);
		};
	}

	/** DeepL wants EN-GB or EN-US, PT-PT or PT-BR as targets; ZH-HANS for Chinese. */
	static String target(LanguageTag to) {
		String language = to.language().toUpperCase(Locale.ROOT);
		String region = to.locale().getCountry();
		Map<String, String> defaults = Map.of("EN", "EN-US", "PT", "PT-PT", "ZH", "ZH-HANS");
		if ((language.equals("EN") || language.equals("PT")) && !region.isEmpty()) {
			return language + "-" + region;
		}
		return defaults.getOrDefault(language, language);
	}

	private static String message(String body) {
		try {
			return JSON.readTree(body).path("message").asString("no details");
		}
		catch (RuntimeException ex) {
			return "no details";
		}
	}

}
