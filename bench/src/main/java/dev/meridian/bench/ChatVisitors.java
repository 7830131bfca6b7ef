package dev.meridian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Chat visitors as the widget makes them: {@code POST /chat/v1/conversations} (each one
 * a ticket with channel chat), then a STOMP socket on {@code /chat/ws} with the
 * conversation and its visitor token.
 */
final class ChatVisitors {

	record Visitor(String conversationId, String visitorToken, String ticketId) {
	}

	private final String baseUrl;

	private final HttpClient client;

	ChatVisitors(String baseUrl, HttpClient client) {
		this.baseUrl = LoopbackGuard.requireLoopback(baseUrl);
		this.client = client;
	}

	static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Starts {@code count} conversations with {@code workers} requests in flight; prints the rate. */
	List<Visitor> start(int count, int workers) throws Exception {
		List<Visitor> visitors = Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				done.add(pool.submit(() -> {
					visitors.add(start("Visitor " + n));
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Conversations started: %d in %.1f s (%.0f/s, %d in flight)%n", count, seconds,
				count / seconds, workers);
		return new ArrayList<>(visitors);
	}

	private Visitor start(String name) throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/chat/v1/conversations"))
			.timeout(MeridianApi.REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Json.object("locale", "en", "name", name, "page",
					"https://shop.example/bench"), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Starting a conversation: " + MeridianApi.describe(response));
		}
		String body = response.body();
		return new Visitor(Json.stringField(body, "conversationId"), Json.stringField(body, "visitorToken"),
				Json.stringField(body, "ticketId"));
	}

	/** A visitor's socket, subscribed to their conversation's topic. */
	CompletableFuture<StompSocket> connect(Visitor visitor, Consumer<String> onMessage) {
		URI socket = URI.create(this.baseUrl.replaceFirst("^http", "ws") + "/chat/ws");
		return StompSocket
			.open(this.client, socket, this.baseUrl,
					Map.of("conversation", visitor.conversationId(), "visitor-token", visitor.visitorToken()), onMessage)
			.thenCompose(stomp -> stomp.subscribe("/topic/chat." + visitor.conversationId()).thenApply(done -> stomp));
	}

	/**
	 * Visitors' lines over their open sockets, as the widget sends them once connected
	 * ({@code /live/chat.<id>.say}); each completes with the stored message's id when the
	 * server answers {@code accepted}, or fails with "HTTP <status>" when it answers
	 * {@code refused}.
	 */
	static final class SocketLines {

		private final Map<String, CompletableFuture<String>> waiting = new java.util.concurrent.ConcurrentHashMap<>();

		private final java.util.concurrent.atomic.AtomicLong refs = new java.util.concurrent.atomic.AtomicLong();

		/** For each visitor's socket: the server's answers to lines. */
		void heard(String body) {
			boolean accepted = body.contains("\"type\":\"accepted\"");
			if (!accepted && !body.contains("\"type\":\"refused\"")) {
				return;
			}
			CompletableFuture<String> line = this.waiting.remove(Json.stringField(body, "ref"));
			if (line == null) {
				return;
			}
			if (accepted) {
				line.complete(Json.stringField(body, "id"));
			}
			else {
				int at = body.indexOf("\"status\":");
				String status = at < 0 ? "?" : body.substring(at + 9, Math.min(body.length(), at + 12));
				line.completeExceptionally(new IllegalStateException("HTTP " + status + " over the socket: " + body));
			}
		}

		CompletableFuture<String> say(StompSocket socket, Visitor visitor, String text) {
			String ref = "b" + this.refs.incrementAndGet();
			CompletableFuture<String> line = new CompletableFuture<>();
			this.waiting.put(ref, line);
			socket.sendJson("/live/chat." + visitor.conversationId() + ".say", Json.object("ref", ref, "text", text))
				.whenComplete((sent, failure) -> {
					if (failure != null) {
						this.waiting.remove(ref);
						line.completeExceptionally(failure);
					}
				});
			return line.orTimeout(MeridianApi.REQUEST_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
				.whenComplete((id, failure) -> this.waiting.remove(ref));
		}

	}

	/** A visitor's message through the REST API, as the widget sends it; completes with its id. */
	CompletableFuture<String> say(Visitor visitor, String text) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/chat/v1/conversations/" + visitor.conversationId() + "/messages"))
			.timeout(MeridianApi.REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Authorization", "Visitor " + visitor.visitorToken())
			.POST(HttpRequest.BodyPublishers.ofString(Json.object("text", text), StandardCharsets.UTF_8))
			.build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.thenApply(response -> {
				if (response.statusCode() != 201) {
					throw new IllegalStateException(MeridianApi.describe(response));
				}
				return Json.stringField(response.body(), "id");
			});
	}

}
