package dev.meridian.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A translation service on loopback that answers as DeepL's API v2 documents
 * ({@code POST /v2/translate}, {@code Authorization: DeepL-Auth-Key}, JSON
 * {@code text[]}, {@code source_lang}, {@code target_lang}), so the integration tests'
 * server has an engine for the pairs no local engine translates (Arabic and German: the
 * test routes send {@code ar:de} and {@code de:ar} here). It translates from a phrase
 * book the tests fill with {@link #learn}; any other text comes back marked with its
 * target language (and the formality asked for, where the target has one: {@code [de,
 * more]}), so a test can tell a translation happened without a phrase for it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LocalDeepL {

	/**
	 * The key the tests' server sends; anything else is refused with 403 as DeepL does.
	 */
	public static final String AUTH_KEY = "meridian-tests:fx";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> PHRASES = new ConcurrentHashMap<>();

	/** The values of {@code formality} DeepL documents. */
	private static final java.util.Set<String> FORMALITIES = java.util.Set.of("default", "more", "less", "prefer_more",
			"prefer_less");

	/** Target languages DeepL translates in a formality (its documentation's list). */
	private static final java.util.Set<String> WITH_FORMALITY = java.util.Set.of("de", "fr", "it", "es", "nl", "pl",
			"pt-br", "pt-pt", "ja", "ru");

	private static final java.util.Queue<String> RECEIVED = new java.util.concurrent.ConcurrentLinkedQueue<>();

	/** Every text the service was asked to translate, oldest first. */
	public static java.util.List<String> received() {
		return java.util.List.copyOf(RECEIVED);
	}

	/**
	 * Teaches the service one sentence: {@code text} in {@code from} is
	 * {@code translation} in {@code to}.
	 */
	public static void learn(String from, String to, String text, String translation) {
		PHRASES.put(key(from, to, text), translation);
	}

	/**
	 * Teaches the service one sentence in one formality: {@code more} (Sie, vous) or
	 * {@code less} (du, tu), asked for as {@code more}/{@code prefer_more} or
	 * {@code less}/{@code prefer_less}. Without a phrase in the asked formality, the one
	 * learned without a formality answers.
	 */
	public static void learn(String from, String to, String text, String formality, String translation) {
		PHRASES.put(formality + "|" + key(from, to, text), translation);
	}

	@Bean(destroyMethod = "")
	HttpServer localDeepLServer() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", LocalDeepL::answer);
		server.start();
		return server;
	}

	@Bean
	DynamicPropertyRegistrar localDeepLUrl(HttpServer localDeepLServer) {
		return registry -> registry.add("meridian.language.deepl.url",
				() -> "http://127.0.0.1:" + localDeepLServer.getAddress().getPort());
	}

	private static void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!exchange.getRequestMethod().equals("POST")
					|| !exchange.getRequestURI().getPath().equals("/v2/translate")) {
				reply(exchange, 404, "{\"message\":\"Not found\"}");
				return;
			}
			if (!("DeepL-Auth-Key " + AUTH_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				reply(exchange, 403, "{\"message\":\"Wrong auth key\"}");
				return;
			}
			JsonNode request;
			try (InputStream body = exchange.getRequestBody()) {
				request = JSON.readTree(body);
			}
			String from = request.path("source_lang").asString("").toLowerCase(Locale.ROOT);
			String to = request.path("target_lang").asString("").toLowerCase(Locale.ROOT);
			if (!request.path("text").isArray() || to.isEmpty()) {
				reply(exchange, 400, "{\"message\":\"Value for 'target_lang' not supported.\"}");
				return;
			}
			String formality = request.path("formality").asString("default");
			if (!FORMALITIES.contains(formality)) {
				reply(exchange, 400, "{\"message\":\"Value for 'formality' not supported.\"}");
				return;
			}
			// more and less are refused for a target without formality; the prefer_
			// forms fall back to the default there (DeepL's documentation).
			if ((formality.equals("more") || formality.equals("less")) && !WITH_FORMALITY.contains(to)) {
				reply(exchange, 400, "{\"message\":\"'formality' is not supported for given 'target_lang'.\"}");
				return;
			}
			String register = !WITH_FORMALITY.contains(to) ? "" : formality.replace("prefer_", "");
			ObjectNode response = JSON.createObjectNode();
			var translations = response.putArray("translations");
			for (JsonNode text : request.path("text")) {
				RECEIVED.add(text.asString());
				String translation = PHRASES.get(register + "|" + key(from, to, text.asString()));
				if (translation == null) {
					translation = PHRASES.getOrDefault(key(from, to, text.asString()),
							"[" + (register.isEmpty() || register.equals("default") ? to : to + ", " + register) + "] "
									+ text.asString());
				}
				translations.addObject()
					.put("detected_source_language", from.toUpperCase(Locale.ROOT))
					.put("text", translation);
			}
			reply(exchange, 200, JSON.writeValueAsString(response));
		}
	}

	private static void reply(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String key(String from, String to, String text) {
		return from.toLowerCase(Locale.ROOT) + ">" + to.toLowerCase(Locale.ROOT) + ":" + text.strip();
	}

}
