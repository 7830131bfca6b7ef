package dev.meridian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A STOMP 1.2 client over the JDK's WebSocket, as small as a load generator needs:
 * CONNECT with headers, SUBSCRIBE, and each MESSAGE's body handed to a
 * callback on the client's threads. Frames go out one at a time (the JDK's WebSocket
 * takes one send at a time).
 */
final class StompSocket implements WebSocket.Listener {

	private static final AtomicInteger IDS = new AtomicInteger();

	private final Consumer<String> onMessage;

	private final CompletableFuture<Void> connected = new CompletableFuture<>();

	private final StringBuilder incoming = new StringBuilder();

	private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

	private volatile WebSocket socket;

	private volatile boolean closed;

	private StompSocket(Consumer<String> onMessage) {
		this.onMessage = onMessage;
	}

	/**
	 * Opens the socket and completes once the server answered CONNECTED; fails on an
	 * ERROR frame or a refused handshake.
	 */
	static CompletableFuture<StompSocket> open(HttpClient client, URI uri, String origin,
			Map<String, String> connectHeaders, Consumer<String> onMessage) {
		StompSocket stomp = new StompSocket(onMessage);
		return client.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(30))
			.subprotocols("v12.stomp")
			.header("Origin", origin)
			.buildAsync(uri, stomp)
			.thenCompose(socket -> {
				stomp.socket = socket;
				StringBuilder frame = new StringBuilder("CONNECT\naccept-version:1.2\nhost:")
					.append(uri.getHost())
					.append("\nheart-beat:0,0\n");
				connectHeaders.forEach((name, value) -> frame.append(name).append(':').append(value).append('\n'));
				stomp.send(frame.append('\n').append('\0').toString());
				return stomp.connected;
			})
			.thenApply(done -> stomp);
	}

	/**
	 * Subscribes; completes when the frame is sent. Spring's in-memory broker sends no
	 * RECEIPT for a SUBSCRIBE, so callers give the server a moment, and the loads check
	 * that pushes arrive rather than trusting the subscription.
	 */
	CompletableFuture<Void> subscribe(String destination) {
		String id = Integer.toString(IDS.incrementAndGet());
		return send("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\n\n\0");
	}

	/** Sends a JSON frame to an application destination; completes when it is sent. */
	CompletableFuture<Void> sendJson(String destination, String json) {
		return send("SEND\ndestination:" + destination + "\ncontent-type:application/json\n\n" + json + "\0");
	}

	boolean isOpen() {
		return !this.closed;
	}

	void close() {
		WebSocket open = this.socket;
		if (open != null && !this.closed) {
			send("DISCONNECT\n\n\0");
			this.sending.whenComplete((done, failure) -> open.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
		}
	}

	private synchronized CompletableFuture<Void> send(String frame) {
		WebSocket open = this.socket;
		CompletableFuture<WebSocket> sent = this.sending.handle((done, failure) -> null)
			.thenCompose(ignored -> open.sendText(frame, true));
		this.sending = sent;
		return sent.thenApply(done -> null);
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.incoming.append(data);
		int end;
		while ((end = this.incoming.indexOf("\0")) >= 0) {
			String frame = this.incoming.substring(0, end);
			this.incoming.delete(0, end + 1);
			frame(frame.stripLeading());
		}
		webSocket.request(1);
		return null;
	}

	private void frame(String frame) {
		if (frame.isEmpty()) {
			return;
		}
		int lineEnd = frame.indexOf('\n');
		String command = lineEnd < 0 ? frame : frame.substring(0, lineEnd);
		int bodyStart = frame.indexOf("\n\n");
		String headers = bodyStart < 0 ? frame : frame.substring(0, bodyStart);
		switch (command) {
			case "CONNECTED" -> this.connected.complete(null);
			case "MESSAGE" -> this.onMessage.accept(bodyStart < 0 ? "" : frame.substring(bodyStart + 2));
			case "ERROR" -> fail(new IllegalStateException("STOMP ERROR: " + header(headers, "message")));
			default -> {
			}
		}
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		fail(new IllegalStateException("closed by the server: " + statusCode + " " + reason));
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		fail(error);
	}

	private void fail(Throwable error) {
		this.closed = true;
		this.connected.completeExceptionally(error);
	}

	private static String header(String headers, String name) {
		for (String line : headers.split("\n")) {
			if (line.startsWith(name + ":")) {
				return line.substring(name.length() + 1);
			}
		}
		return "";
	}

}
