package dev.meridian.support;

import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A STOMP client over a plain WebSocket, as a browser connects: for visitors (their token
 * in CONNECT) and for agents (the workspace's session cookie on the handshake and its
 * CSRF token in CONNECT). Received JSON frames queue up per subscription.
 */
public final class Stomp implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StompSession session;

	private final BlockingQueue<String> errors;

	private Stomp(StompSession session, BlockingQueue<String> errors) {
		this.session = session;
		this.errors = errors;
	}

	/** A visitor connected to their conversation. */
	public static Stomp visitor(int port, String conversation, String token) {
		StompHeaders connect = new StompHeaders();
		connect.add("conversation", conversation);
		connect.add("visitor-token", token);
		return connect("ws://localhost:" + port + "/chat/ws", new WebSocketHttpHeaders(), connect);
	}

	/** An agent signed in to the workspace of the node on {@code port}. */
	public static Stomp agent(int port, String email, String password) {
		Workspace workspace = Workspace.signIn(port, email, password);
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		handshake.add("Cookie", workspace.cookie());
		StompHeaders connect = new StompHeaders();
		connect.add("X-CSRF-TOKEN", workspace.csrf());
		return connect("ws://localhost:" + port + "/app/ws", handshake, connect);
	}

	public static Stomp connect(String url, WebSocketHttpHeaders handshake, StompHeaders connect) {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new JsonAsText());
		BlockingQueue<String> errors = new LinkedBlockingQueue<>();
		try {
			StompSession session = client.connectAsync(url, handshake, connect, new StompSessionHandlerAdapter() {
				@Override
				public Type getPayloadType(StompHeaders headers) {
					return String.class;
				}

				@Override
				public void handleFrame(StompHeaders headers, @Nullable Object payload) {
					errors.add(String.valueOf(headers.getFirst("message")));
				}

				@Override
				public void handleException(StompSession session, @Nullable StompCommand command, StompHeaders headers,
						byte[] payload, Throwable exception) {
					errors.add(String.valueOf(exception));
				}

				@Override
				public void handleTransportError(StompSession session, Throwable exception) {
					errors.add("transport: " + exception);
				}
			}).get(20, TimeUnit.SECONDS);
			return new Stomp(session, errors);
		}
		catch (Exception ex) {
			throw new IllegalStateException("No STOMP connection to " + url, ex);
		}
	}

	/** Subscribes; frames arrive in the returned queue, parsed. */
	public BlockingQueue<JsonNode> subscribe(String destination) {
		BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
		this.session.subscribe(destination, new StompFrameHandler() {
			@Override
			public Type getPayloadType(StompHeaders headers) {
				return String.class;
			}

			@Override
			public void handleFrame(StompHeaders headers, @Nullable Object payload) {
				frames.add(JSON.readTree(String.valueOf(payload)));
			}
		});
		return frames;
	}

	public void send(String destination, String json) {
		StompHeaders headers = new StompHeaders();
		headers.setDestination(destination);
		headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
		this.session.send(headers, json);
	}

	/**
	 * The next error the server sent (an ERROR frame or a closed connection), if any in
	 * time.
	 */
	public @Nullable String nextError(Duration within) throws InterruptedException {
		return this.errors.poll(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	public boolean isConnected() {
		return this.session.isConnected();
	}

	/** The next frame, waiting for it at most {@code within}. */
	public static @Nullable JsonNode next(BlockingQueue<JsonNode> frames, Duration within) throws InterruptedException {
		return frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		if (this.session.isConnected()) {
			this.session.disconnect();
		}
	}

	/** Frames' JSON bodies as text, both ways. */
	private static final class JsonAsText extends StringMessageConverter {

		JsonAsText() {
			addSupportedMimeTypes(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
		}

	}

	/** A workspace session: its cookie and a CSRF token for it. */
	public record Workspace(String cookie, String csrf) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		public static Workspace signIn(int port, String email, String password) {
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			String base = "http://localhost:" + port;
			try {
				HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
						HttpResponse.BodyHandlers.ofString());
				String cookie = cookie(login, "");
				String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
						+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8);
				HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", cookie)
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
				cookie = cookie(signedIn, cookie);
				HttpResponse<String> app = http.send(
						HttpRequest.newBuilder(URI.create(base + "/app")).header("Cookie", cookie).build(),
						HttpResponse.BodyHandlers.ofString());
				if (app.statusCode() != 200) {
					throw new IllegalStateException(
							"Not signed in: " + app.statusCode() + " after " + signedIn.statusCode());
				}
				return new Workspace(cookie, csrf(app.body()));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private static String cookie(HttpResponse<?> response, String otherwise) {
			List<String> cookies = response.headers().allValues("Set-Cookie");
			return cookies.stream()
				.filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
				.findFirst()
				.orElse(otherwise);
		}

		private static String csrf(String page) {
			Matcher matcher = CSRF.matcher(page);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the page");
			}
			return matcher.group(1);
		}

	}

}
