package dev.meridian.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client for the REST API as outside callers use it: real HTTP, JSON text in and
 * out, bearer tokens.
 */
public final class Api {

	/** The admin token the integration tests' server registers at start. */
	public static final String ADMIN_TOKEN = "integration-test-admin-token-6f1c2a";

	/**
	 * The secret the integration tests' server checks Shopify webhook signatures with.
	 */
	public static final String SHOPIFY_SECRET = "integration-test-shopify-secret-3b7e";

	/** The secret shops sign chat visitors' identities with in tests. */
	public static final String CHAT_SECRET = "integration-test-chat-secret-9c1d";

	/** The key stored secrets are sealed with in tests (32 bytes, base64). */
	public static final String SECRETS_KEY = "bWVyaWRpYW4taW50ZWdyYXRpb24tdGVzdHMta2V5ISE=";

	/** The secrets key before the last rotation: 32 bytes, base64. */
	public static final String PREVIOUS_SECRETS_KEY = "bWVyaWRpYW4tdGVzdHMtcHJldmlvdXMta2V5LTMyYiE=";

	/**
	 * The secret the integration tests' server checks tracking webhook signatures with.
	 */
	public static final String TRACKING_SECRET = "integration-test-tracking-secret-91d4";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String token;

	private final List<String[]> headers;

	private Api(String base, String token, List<String[]> headers) {
		this.base = base;
		this.token = token;
		this.headers = headers;
	}

	public static Api on(int port) {
		return new Api("http://localhost:" + port, ADMIN_TOKEN, List.of());
	}

	public Api withToken(String token) {
		return new Api(this.base, token, this.headers);
	}

	public Api withHeader(String name, String value) {
		List<String[]> more = new ArrayList<>(this.headers);
		more.add(new String[] { name, value });
		return new Api(this.base, this.token, more);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response post(String path, byte[] body, String contentType) {
		return send(
				request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/**
	 * Posts a body without declaring its length, as a client streaming it does: sent with
	 * {@code Transfer-Encoding: chunked}.
	 */
	public Response postChunked(String path, byte[] body, String contentType) {
		return send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response patch(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Any method with any body, for requests the typed methods cannot make. */
	public Response send(String method, String path, byte[] body, String contentType) {
		return send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path) {
		// Generous: the first request of a run loads the language models, and a poll of
		// forty mails on a machine busy with other builds took over 30 s; a hung server
		// still fails the test.
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(120));
		if (this.token != null && !this.token.isEmpty()) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		this.headers.forEach(header -> builder.header(header[0], header[1]));
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: status, headers and the body as bytes, text or JSON. */
	public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

		public String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(this.bytes);
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

	/** Quotes a string as a JSON string literal. */
	public static String quote(String text) {
		return JSON.writeValueAsString(text);
	}

}
