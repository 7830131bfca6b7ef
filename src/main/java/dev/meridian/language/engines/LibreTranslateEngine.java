package dev.meridian.language.engines;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.meridian.language.LanguagePair;
import dev.meridian.language.TranslationEngine;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * LibreTranslate, an open engine an operator may host: {@code POST /translate} with
 * {@code {q, source, target, format, api_key}}, answering {@code {translatedText}} or
 * {@code {error}}.
 */
public final class LibreTranslateEngine implements TranslationEngine {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final @Nullable String apiKey;

	private final RetryingClient client;

	public LibreTranslateEngine(URI url, @Nullable String apiKey, RetryingClient client) {
		this.url = url;
		this.apiKey = apiKey;
		this.client = client;
	}

	@Override
	public String name() {
		return "libretranslate";
	}

	@Override
	public boolean supports(LanguagePair pair) {
		return true;
	}

	@Override
	public String translate(String text, LanguagePair pair) {
		ObjectNode body = JSON.createObjectNode();
		body.put("q", text);
		body.put("source", pair.from().language());
		body.put("target", pair.to().language());
		body.put("format", "text");
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			body.put("api_key", this.apiKey);
		}
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.url.resolve("/translate"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
		if (response.statusCode() == 200) {
			return JSON.readTree(response.body()).path("translatedText").asString();
		}
		String error;
		try {
			error = JSON.readTree(response.body()).path("error").asString("no details");
		}
		catch (RuntimeException ex) {
			error = "no details";
		}
		throw this.client.unavailable("answered " + response.statusCode() + ": " + error, null);
	}

}
