package dev.meridian.language.engines;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.meridian.language.LanguagePair;
import dev.meridian.language.TranslationUnavailableException;
import dev.meridian.markets.Formality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cloud engines' clients against local servers that answer as each service's
 * published API does: request shapes and credentials checked, errors and rate limits
 * answered as documented (DeepL API v2, Google Cloud Translation Basic v2, Microsoft
 * Translator v3, LibreTranslate).
 */
class CloudEngineContractTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Short back-off, but a request time-out no busy machine reaches: an answer that took
	 * 800 ms on a loaded machine once failed a test that was not about time-outs.
	 */
	static final EngineHttpSettings FAST = new EngineHttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), 3,
			Duration.ofMillis(5), Duration.ofSeconds(2));

	/** For the time-out test: the local server answers after 1.5 s, always too late. */
	static final EngineHttpSettings IMPATIENT = new EngineHttpSettings(Duration.ofSeconds(10), Duration.ofMillis(800),
			3, Duration.ofMillis(5), Duration.ofSeconds(2));

	static final LanguagePair EN_ES = LanguagePair.of("en", "es");

	LocalApi server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.close();
		}
	}

	/** A word-for-word dictionary is all a contract test needs to tell a translation. */
	static String spanish(String english) {
		return english.replace("Hello", "Hola").replace("world", "mundo");
	}

	// DeepL: POST /v2/translate, Authorization: DeepL-Auth-Key, {"text": [...],
	// "target_lang"}
	static LocalApi.Reply deepl(LocalApi.Request request) {
		if (!request.path().equals("/v2/translate") || !request.method().equals("POST")) {
			return LocalApi.Reply.json(404, "{\"message\":\"Not found\"}");
		}
		if (!"DeepL-Auth-Key secret-key:fx".equals(request.header("Authorization"))) {
			return LocalApi.Reply.json(403, "{\"message\":\"Wrong auth key\"}");
		}
		JsonNode body = JSON.readTree(request.body());
		if (!body.path("text").isArray() || body.path("target_lang").isMissingNode()) {
			return LocalApi.Reply.json(400, "{\"message\":\"Value for 'target_lang' not supported.\"}");
		}
		// formality: default, more, less, prefer_more, prefer_less (DeepL API v2).
		String formality = body.path("formality").asString("default");
		if (!java.util.Set.of("default", "more", "less", "prefer_more", "prefer_less").contains(formality)) {
			return LocalApi.Reply.json(400, "{\"message\":\"Value for 'formality' not supported.\"}");
		}
		String text = spanish(body.path("text").path(0).asString());
		text = formality.endsWith("more") ? text.replace("How are you?", "¿Cómo está usted?")
				: text.replace("How are you?", "¿Cómo estás?");
		return LocalApi.Reply.json(200, "{\"translations\":[{\"detected_source_language\":\""
				+ body.path("source_lang").asString("EN") + "\",\"text\":\"" + text + "\"}]}");
	}

	DeepLEngine deeplEngine(String key) {
		this.server = new LocalApi(CloudEngineContractTests::deepl);
		return new DeepLEngine(this.server.url(), key, new RetryingClient("deepl", FAST));
	}

	@Test
	void deeplSendsTheDocumentedRequestAndReadsTheTranslation() {
		DeepLEngine engine = deeplEngine("secret-key:fx");

		assertThat(engine.translate("Hello world", EN_ES)).isEqualTo("Hola mundo");

		JsonNode sent = JSON.readTree(this.server.requests().get(0).body());
		assertThat(sent.path("text").path(0).asString()).isEqualTo("Hello world");
		assertThat(sent.path("source_lang").asString()).isEqualTo("EN");
		assertThat(sent.path("target_lang").asString()).isEqualTo("ES");
		assertThat(this.server.requests().get(0).header("Content-Type")).startsWith("application/json");
	}

	@Test
	void deeplIsAskedForTheFormalityOfTheReply() {
		DeepLEngine engine = deeplEngine("secret-key:fx");

		assertThat(engine.translate("How are you?", EN_ES, Formality.FORMAL)).isEqualTo("¿Cómo está usted?");
		assertThat(engine.translate("How are you?", EN_ES, Formality.INFORMAL)).isEqualTo("¿Cómo estás?");
		engine.translate("How are you?", EN_ES, Formality.DEFAULT);

		List<String> sent = this.server.requests()
			.stream()
			.map(r -> JSON.readTree(r.body()).path("formality").asString("(none)"))
			.toList();
		// The prefer_ forms: a target without formality (English, Chinese) is not
		// refused.
		assertThat(sent).containsExactly("prefer_more", "prefer_less", "(none)");
	}

	@Test
	void deeplNamesRegionalTargetsAsItsApiWants() {
		assertThat(DeepLEngine.target(new dev.meridian.markets.LanguageTag("en"))).isEqualTo("EN-US");
		assertThat(DeepLEngine.target(new dev.meridian.markets.LanguageTag("en-GB"))).isEqualTo("EN-GB");
		assertThat(DeepLEngine.target(new dev.meridian.markets.LanguageTag("pt-BR"))).isEqualTo("PT-BR");
		assertThat(DeepLEngine.target(new dev.meridian.markets.LanguageTag("de"))).isEqualTo("DE");
	}

	@Test
	void deeplReportsARefusedKeyWithoutRetrying() {
		DeepLEngine engine = deeplEngine("wrong-key");

		assertThatThrownBy(() -> engine.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("deepl")
			.hasMessageContaining("authentication key was refused (403)");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void deeplReportsAnExhaustedQuota() {
		DeepLEngine engine = deeplEngine("secret-key:fx");
		this.server.thenReply(456, Map.of("Content-Type", "application/json"),
				"{\"message\":\"Quota exceeded. The character limit has been reached.\"}");

		assertThatThrownBy(() -> engine.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("quota exceeded (456)");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void deeplIsAskedAgainAfterTooManyRequestsHonouringRetryAfter() {
		DeepLEngine engine = deeplEngine("secret-key:fx");
		this.server.thenReply(429, Map.of("Retry-After", "1"), "{\"message\":\"Too many requests\"}");

		assertThat(engine.translate("Hello", EN_ES)).isEqualTo("Hola");
		assertThat(this.server.requests()).hasSize(2);
	}

	@Test
	void aRetryAfterLongerThanTheLongestWaitIsReportedAtOnceWithTheWait() {
		DeepLEngine engine = deeplEngine("secret-key:fx");
		this.server.thenReply(429, Map.of("Retry-After", "120"), "{\"message\":\"Too many requests\"}");

		assertThatThrownBy(() -> engine.translate("Hello", EN_ES))
			.isInstanceOfSatisfying(TranslationUnavailableException.class,
					ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(120)))
			.hasMessageContaining("too many requests (429)");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void aBrieflyUnavailableServiceIsAskedAgainWithBackOffUntilTheAttemptsRunOut() {
		DeepLEngine engine = deeplEngine("secret-key:fx");
		this.server.thenReply(503, Map.of(), "").thenReply(503, Map.of(), "").thenReply(503, Map.of(), "");

		assertThatThrownBy(() -> engine.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("service unavailable (503)");
		assertThat(this.server.requests()).hasSize(3);
	}

	@Test
	void aServiceThatDoesNotAnswerInTimeIsReportedUnavailable() {
		this.server = new LocalApi(CloudEngineContractTests::deepl);
		DeepLEngine engine = new DeepLEngine(this.server.url(), "secret-key:fx",
				new RetryingClient("deepl", IMPATIENT));
		this.server.delay(1500);

		assertThatThrownBy(() -> engine.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("no answer within 800 ms");
	}

	// Google Cloud Translation Basic (v2): POST /language/translate/v2?key=..., {q,
	// source, target, format}
	static LocalApi.Reply google(LocalApi.Request request) {
		if (!request.path().equals("/language/translate/v2")) {
			return LocalApi.Reply.json(404, "{\"error\":{\"code\":404,\"message\":\"Not Found\"}}");
		}
		if (request.query() == null || !request.query().contains("key=google-key")) {
			return LocalApi.Reply.json(400, "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a "
					+ "valid API key.\",\"status\":\"INVALID_ARGUMENT\"}}");
		}
		JsonNode body = JSON.readTree(request.body());
		if (body.path("target").isMissingNode() || !body.path("q").isArray()) {
			return LocalApi.Reply.json(400,
					"{\"error\":{\"code\":400,\"message\":\"Missing required field target\",\"status\":\"INVALID_ARGUMENT\"}}");
		}
		return LocalApi.Reply.json(200, "{\"data\":{\"translations\":[{\"translatedText\":\""
				+ spanish(body.path("q").path(0).asString()) + "\"}]}}");
	}

	@Test
	void googleSendsTheDocumentedRequestAndReadsTheTranslation() {
		this.server = new LocalApi(CloudEngineContractTests::google);
		GoogleTranslateEngine engine = new GoogleTranslateEngine(this.server.url(), "google-key",
				new RetryingClient("google", FAST));

		assertThat(engine.translate("Hello world", EN_ES)).isEqualTo("Hola mundo");

		JsonNode sent = JSON.readTree(this.server.requests().get(0).body());
		assertThat(sent.path("source").asString()).isEqualTo("en");
		assertThat(sent.path("target").asString()).isEqualTo("es");
		assertThat(sent.path("format").asString()).isEqualTo("text");
	}

	@Test
	void googleReportsAnInvalidKeyWithItsStatus() {
		this.server = new LocalApi(CloudEngineContractTests::google);
		GoogleTranslateEngine engine = new GoogleTranslateEngine(this.server.url(), "other-key",
				new RetryingClient("google", FAST));

		assertThatThrownBy(() -> engine.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("INVALID_ARGUMENT")
			.hasMessageContaining("API key not valid");
	}

	@Test
	void googleRateLimitIsRetried() {
		this.server = new LocalApi(CloudEngineContractTests::google);
		this.server.thenReply(429, Map.of("Content-Type", "application/json"),
				"{\"error\":{\"code\":429,\"message\":\"Rate Limit Exceeded\",\"status\":\"RESOURCE_EXHAUSTED\"}}");
		GoogleTranslateEngine engine = new GoogleTranslateEngine(this.server.url(), "google-key",
				new RetryingClient("google", FAST));

		assertThat(engine.translate("Hello", EN_ES)).isEqualTo("Hola");
		assertThat(this.server.requests()).hasSize(2);
	}

	// Microsoft Translator v3: POST /translate?api-version=3.0&from=&to=,
	// Ocp-Apim-Subscription-Key/-Region
	static LocalApi.Reply microsoft(LocalApi.Request request) {
		if (!request.path().equals("/translate") || request.query() == null
				|| !request.query().contains("api-version=3.0")) {
			return LocalApi.Reply.json(400,
					"{\"error\":{\"code\":400021,\"message\":\"The API version parameter is missing or invalid.\"}}");
		}
		if (!"ms-key".equals(request.header("Ocp-Apim-Subscription-Key"))) {
			return LocalApi.Reply.json(401, "{\"error\":{\"code\":401000,\"message\":\"The request is not authorized "
					+ "because credentials are missing or invalid.\"}}");
		}
		if (!"westeurope".equals(request.header("Ocp-Apim-Subscription-Region"))) {
			return LocalApi.Reply.json(401, "{\"error\":{\"code\":401015,\"message\":\"The region is missing.\"}}");
		}
		JsonNode body = JSON.readTree(request.body());
		String to = request.query().replaceAll(".*to=([^&]+).*", "$1");
		return LocalApi.Reply.json(200, "[{\"translations\":[{\"text\":\""
				+ spanish(body.path(0).path("Text").asString()) + "\",\"to\":\"" + to + "\"}]}]");
	}

	@Test
	void microsoftSendsKeyRegionAndTheDocumentedBody() {
		this.server = new LocalApi(CloudEngineContractTests::microsoft);
		MicrosoftTranslatorEngine engine = new MicrosoftTranslatorEngine(this.server.url(), "ms-key", "westeurope",
				new RetryingClient("microsoft", FAST));

		assertThat(engine.translate("Hello world", EN_ES)).isEqualTo("Hola mundo");

		LocalApi.Request sent = this.server.requests().get(0);
		assertThat(sent.query()).contains("api-version=3.0").contains("from=en").contains("to=es");
		assertThat(JSON.readTree(sent.body()).path(0).path("Text").asString()).isEqualTo("Hello world");
	}

	@Test
	void microsoftReportsMissingRegionAndExhaustedFreeQuota() {
		this.server = new LocalApi(CloudEngineContractTests::microsoft);
		MicrosoftTranslatorEngine withoutRegion = new MicrosoftTranslatorEngine(this.server.url(), "ms-key", null,
				new RetryingClient("microsoft", FAST));
		assertThatThrownBy(() -> withoutRegion.translate("Hello", EN_ES))
			.isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("401015");

		MicrosoftTranslatorEngine engine = new MicrosoftTranslatorEngine(this.server.url(), "ms-key", "westeurope",
				new RetryingClient("microsoft", FAST));
		this.server.thenReply(403, Map.of("Content-Type", "application/json"),
				"{\"error\":{\"code\":403001,\"message\":\"The operation is not allowed because the subscription has "
						+ "exceeded its free quota.\"}}");
		assertThatThrownBy(() -> engine.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("403001")
			.hasMessageContaining("free quota");
	}

	// LibreTranslate: POST /translate {q, source, target, format, api_key}
	static LocalApi.Reply libre(LocalApi.Request request) {
		JsonNode body = JSON.readTree(request.body());
		if (!"libre-key".equals(body.path("api_key").asString(null))) {
			return LocalApi.Reply.json(403, "{\"error\":\"Invalid API key\"}");
		}
		return LocalApi.Reply.json(200, "{\"translatedText\":\"" + spanish(body.path("q").asString()) + "\"}");
	}

	@Test
	void libreTranslateSendsTheKeyInTheBodyAndReportsErrors() {
		this.server = new LocalApi(CloudEngineContractTests::libre);
		LibreTranslateEngine engine = new LibreTranslateEngine(this.server.url(), "libre-key",
				new RetryingClient("libretranslate", FAST));
		assertThat(engine.translate("Hello world", EN_ES)).isEqualTo("Hola mundo");
		assertThat(JSON.readTree(this.server.requests().get(0).body()).path("source").asString()).isEqualTo("en");

		LibreTranslateEngine wrongKey = new LibreTranslateEngine(this.server.url(), "nope",
				new RetryingClient("libretranslate", FAST));
		assertThatThrownBy(() -> wrongKey.translate("Hello", EN_ES)).isInstanceOf(TranslationUnavailableException.class)
			.hasMessageContaining("Invalid API key");
	}

	@Test
	void retryAfterIsReadInSecondsAndAsAnHttpDate() {
		assertThat(RetryingClient.parseRetryAfter("7")).contains(Duration.ofSeconds(7));
		assertThat(RetryingClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
		assertThat(RetryingClient.parseRetryAfter("soon")).isEmpty();
	}

}
