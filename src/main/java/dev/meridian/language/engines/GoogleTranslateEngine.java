package dev.meridian.language.engines;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.meridian.language.LanguagePair;
import dev.meridian.language.TranslationEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Google Cloud Translation, Basic edition (v2):
 * {@code POST /language/translate/v2?key=...} with {@code {q, source, target, format}},
 * answering {@code {data: {translations: [{translatedText}]}}}; errors as {@code {error:
 * {code, message, status}}}. Plain text is asked for ({@code format: text}) so the answer
 * is not HTML-escaped.
 */
public final class GoogleTranslateEngine implements TranslationEngine {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final String key;

	private final RetryingClient client;

	public GoogleTranslateEngine(URI url, String key, RetryingClient client) {
		this.url = url;
		this.key = key;
		this.client = client;
	}

	@Override
	public String name() {
		return "google";
	}

	/** Google translates between more than a hundred languages; it says so if not. */
	@Override
	public boolean supports(LanguagePair pair) {
		return true;
	}

	@Override
	public String translate(String text, LanguagePair pair) {
		ObjectNode body = JSON.createObjectNode();
		body.putArray("q").add(text);
		body.put("source", code(pair.from().value()));
		body.put("target", code(pair.to().value()));
		body.put("format", "text");
		URI endpoint = this.url
			.resolve("/language/translate/v2?key=" + URLEncoder.encode(this.key, StandardCharsets.UTF_8));
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
		if (response.statusCode() == 200) {
			return JSON.readTree(response.body())
				.path("data")
				.path("translations")
				.path(0)
				.path("translatedText")
				.asString();
		}
		JsonNode error = error(response.body());
		throw this.client.unavailable("answered " + response.statusCode() + " " + error.path("status").asString("")
				+ ": " + error.path("message").asString("no details"), null);
	}

	/** Google uses ISO 639-1 with a few regional codes (zh-CN, zh-TW, pt-PT). */
	static String code(String tag) {
		return switch (tag) {
			case "zh-Hans", "zh-CN", "zh" -> "zh-CN";
			case "zh-Hant", "zh-TW", "zh-HK" -> "zh-TW";
			case "pt-PT" -> "pt-PT";
			default -> tag.split("-")[0];
		};
	}

	private static JsonNode error(String body) {
		try {
			return JSON.readTree(body).path("error");
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode();
		}
	}

}
