package dev.meridian.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The REST API of a Meridian server, called with an API token. One HTTP/1.1 client,
 * shared by all workers (the JDK client pools one connection per concurrent request).
 */
final class MeridianApi {

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final String baseUrl;

	private final String token;

	private final HttpClient client;

	MeridianApi(String baseUrl, String token) {
		this.baseUrl = LoopbackGuard.requireLoopback(baseUrl);
		this.token = token;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	String baseUrl() {
		return baseUrl;
	}

	HttpResponse<String> createTicket(String json, String idempotencyKey) throws IOException, InterruptedException {
		HttpRequest.Builder request = jsonPost("/api/v1/tickets", json);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	HttpResponse<String> createMarket(Market market) throws IOException, InterruptedException {
		return send(jsonPost("/api/v1/markets", market.toJson()));
	}

	HttpResponse<String> createAgent(String json) throws IOException, InterruptedException {
		return send(jsonPost("/api/v1/agents", json));
	}

	/** GET /api/v1/tickets?status=..&limit=..[&cursor=..]. */
	HttpResponse<String> listTickets(String status, int limit, String cursor) throws IOException, InterruptedException {
		StringBuilder path = new StringBuilder("/api/v1/tickets?status=").append(encode(status))
			.append("&limit=")
			.append(limit);
		if (cursor != null) {
			path.append("&cursor=").append(encode(cursor));
		}
		return send(authorized(path.toString()).GET());
	}

	/** GET of any API path, e.g. {@code /api/v1/customers/{id}/360}. */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(authorized(path).GET());
	}

	/** POST of any API path with a JSON body, e.g. an agent's reply to a ticket. */
	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return send(jsonPost(path, json));
	}

	HttpResponse<String> health() throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
			.timeout(REQUEST_TIMEOUT)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder jsonPost(String path, String json) {
		return authorized(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String describe(HttpResponse<String> response) {
		return "HTTP " + response.statusCode() + " " + response.request().method() + " " + response.uri().getPath()
				+ ": " + response.body();
	}

}
