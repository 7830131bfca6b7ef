package dev.meridian.language.engines;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that answers as a cloud translation API does, by its published
 * contract (the {@code contract} function checks the request's shape and credentials and
 * answers as the service would), and can be told to answer the next requests with errors
 * the service documents (rate limits, quota, outages). It records every request.
 */
final class LocalApi implements AutoCloseable {

	record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

	record Reply(int status, Map<String, String> headers, String body) {

		static Reply json(int status, String body) {
			return new Reply(status, Map.of("Content-Type", "application/json"), body);
		}

	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Deque<Reply> scripted = new ArrayDeque<>();

	private volatile long delayMillis;

	LocalApi(Function<Request, Reply> contract) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", exchange -> answer(exchange, contract));
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** The next request gets this answer instead of the contract's. */
	synchronized LocalApi thenReply(int status, Map<String, String> headers, String body) {
		this.scripted.add(new Reply(status, headers, body));
		return this;
	}

	/** Answers only after this long: for time-outs. */
	void delay(long millis) {
		this.delayMillis = millis;
	}

	private void answer(HttpExchange exchange, Function<Request, Reply> contract) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
		this.requests.add(request);
		Reply reply;
		synchronized (this) {
			reply = this.scripted.poll();
		}
		if (reply == null) {
			reply = contract.apply(request);
		}
		if (this.delayMillis > 0) {
			try {
				Thread.sleep(this.delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		try {
			exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (IOException ex) {
			// the client gave up waiting: what a time-out test wants
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
