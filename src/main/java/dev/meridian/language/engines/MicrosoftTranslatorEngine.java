package dev.meridian.language.engines;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.meridian.language.LanguagePair;
import dev.meridian.language.TranslationEngine;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Microsoft Translator (Azure AI Translator) v3:
 * {@code POST /translate?api-version=3.0&from=..&to=..} with {@code [{"Text": ...}]},
 * authorized by {@code Ocp-Apim-Subscription-Key} and, for regional resources,
 * {@code Ocp-Apim-Subscription-Region}; answers {@code [{translations: [{text, to}]}]},
 * errors as {@code {error: {code, message}}} (403 quota exceeded, 429 rate limit).
 */
public final class MicrosoftTranslatorEngine implements TranslationEngine {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final String key;

	private final @Nullable String region;

	private final RetryingClient client;

	public MicrosoftTranslatorEngine(URI url, String key, @Nullable String region, RetryingClient client) {
		this.url = url;
		this.key = key;
		this.region = region;
		this.client = client;
	}

	@Override
	public String name() {
		return "microsoft";
	}

	@Override
	public boolean supports(LanguagePair pair) {
		return true;
	}

	@Override
	public String translate(String text, LanguagePair pair) {
		ArrayNode body = JSON.createArrayNode();
		body.addObject().put("Text", text);
		URI endpoint = this.url.resolve("/translate?api-version=3.0&from=" + encode(code(pair.from().value())) + "&to="
				+ encode(code(pair.to().value())));
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Ocp-Apim-Subscription-Key", this.key)
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		if (this.region != null && !this.region.isBlank()) {
			request.header("Ocp-Apim-Subscription-Region", this.region);
		}
		HttpResponse<String> response = this.client.send(request);
		if (response.statusCode() == 200) {
			return JSON.readTree(response.body()).path(0).path("translations").path(0).path("text").asString();
		}
		JsonNode error = error(response.body());
		throw this.client.unavailable("answered " + response.statusCode() + " (" + error.path("code").asString("")
				+ "): " + error.path("message").asString("no details"), null);
	}

	/** Microsoft's codes are BCP 47 with script where it matters: zh-Hans, pt-PT. */
	static String code(String tag) {
		return switch (tag) {
			case "zh", "zh-CN" -> "zh-Hans";
			case "zh-TW", "zh-HK" -> "zh-Hant";
			case "pt-PT", "zh-Hans", "zh-Hant", "sr-Cyrl", "sr-Latn", "fr-CA" -> tag;
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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
