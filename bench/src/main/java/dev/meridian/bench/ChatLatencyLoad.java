package dev.meridian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * End-to-end latency of a visitor's message to the agents' console at a fixed rate: an
 * open loop sends visitors' messages through the REST API (as the widget does) on a
 * fixed schedule, and agents' consoles, signed in to the workspace on another (or the
 * same) node, hear each one on the ticket's topic. Latency runs from the moment the
 * schedule said to send (so a server that falls behind shows it, rather than slowing
 * the load) to the moment an agent's socket hears the message. Warm-up messages are not
 * counted.
 */
final class ChatLatencyLoad {

	private static final String[] SENTENCES = { "Hello, where is my order? I ordered it last week.",
			"Do you have this jacket in size M?", "Can I change the delivery address of my order?",
			"The parcel arrived damaged, what should I do?", "How long does shipping to Canada take?",
			"I was charged twice for the same order.", "Is the blue scarf back in stock soon?",
			"Can I pay with a gift card and a credit card together?", "How do I return shoes that are too small?",
			"My discount code does not work at checkout." };

	private final Map<String, Long> scheduledById = new HashMap<>();

	private final Map<String, Long> heardById = new HashMap<>();

	private final Histogram measured = new Histogram(TimeUnit.MINUTES.toNanos(5), 3);

	private final Histogram warmup = new Histogram(TimeUnit.MINUTES.toNanos(5), 3);

	private final Histogram posts = new Histogram(TimeUnit.MINUTES.toNanos(5), 3);

	private long measureFrom;

	private int matched;

	private ChatLatencyLoad() {
	}

	static void main(Options options) throws Exception {
		new ChatLatencyLoad().run(options);
	}

	private void run(Options options) throws Exception {
		String visitorUrl = options.get("visitor-base-url", "http://127.0.0.1:8080");
		String agentUrl = options.get("agent-base-url", visitorUrl);
		int conversations = options.getInt("conversations", 200);
		int agentSockets = options.getInt("agent-sockets", 10);
		double rate = options.getInt("rate", 500);
		int warmupSeconds = options.getInt("warmup", 10);
		int durationSeconds = options.getInt("duration", 30);
		int maxInFlight = options.getInt("max-in-flight", 2000);

		HttpClient visitorClient = ChatVisitors.newClient();
		ChatVisitors chat = new ChatVisitors(visitorUrl, visitorClient);
		List<ChatVisitors.Visitor> visitors = chat.start(conversations, options.getInt("workers", 8));
		// As the widget does once its socket is open: lines over the socket; "http" sends
		// them by POST as a widget without a socket (or a shop's own client) does.
		boolean overSocket = !"http".equals(options.get("send", "socket"));
		ChatVisitors.SocketLines lines = new ChatVisitors.SocketLines();
		List<StompSocket> visitorSockets = new ArrayList<>();
		if (overSocket) {
			List<CompletableFuture<StompSocket>> opening = new ArrayList<>();
			for (ChatVisitors.Visitor visitor : visitors) {
				opening.add(chat.connect(visitor, lines::heard));
			}
			for (CompletableFuture<StompSocket> socket : opening) {
				visitorSockets.add(socket.get(60, TimeUnit.SECONDS));
			}
			System.out.printf("Visitors' sockets: %d open, lines sent over them%n", visitorSockets.size());
		}
		else {
			System.out.println("Visitors' lines sent by POST /chat/v1/conversations/{id}/messages");
		}

		WorkspaceSession agent = WorkspaceSession.login(agentUrl, options.require("login-email"),
				options.require("login-password"));
		String csrf = WorkspaceSession.csrfToken(agent.get("/app").body());
		URI socketUri = URI.create(agentUrl.replaceFirst("^http", "ws") + "/app/ws");
		List<CompletableFuture<Void>> subscribed = new ArrayList<>();
		for (int s = 0; s < agentSockets; s++) {
			StompSocket console = StompSocket
				.open(agent.client(), socketUri, agentUrl, Map.of("X-CSRF-TOKEN", csrf), this::heard)
				.get(30, TimeUnit.SECONDS);
			for (int i = s; i < conversations; i += agentSockets) {
				subscribed.add(console.subscribe("/topic/ticket." + visitors.get(i).ticketId()));
			}
		}
		CompletableFuture.allOf(subscribed.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		// No receipts from the in-memory broker: a moment for the subscriptions to land.
		Thread.sleep(2000);
		System.out.printf("Agents' consoles: %d sockets on %s, %d ticket topics subscribed%n", agentSockets, agentUrl,
				subscribed.size());

		long period = (long) (1e9 / rate);
		long total = (long) (rate * (warmupSeconds + durationSeconds));
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();
		int skipped = 0;
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		synchronized (this) {
			this.measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
		}
		for (long i = 0; i < total; i++) {
			long scheduled = start + i * period;
			long wait;
			while ((wait = scheduled - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (inFlight.get() >= maxInFlight) {
				skipped++;
				continue;
			}
			inFlight.incrementAndGet();
			int which = (int) (i % conversations);
			ChatVisitors.Visitor visitor = visitors.get(which);
			String text = SENTENCES[(int) (i % SENTENCES.length)] + " (" + i + ")";
			CompletableFuture<String> said = overSocket ? lines.say(visitorSockets.get(which), visitor, text)
					: chat.say(visitor, text);
			said.whenComplete((id, failure) -> {
				inFlight.decrementAndGet();
				if (failure != null) {
					failures.computeIfAbsent(kind(failure), k -> new AtomicInteger()).incrementAndGet();
					if (failed.incrementAndGet() <= 3) {
						System.out.println("Send failed: " + failure);
					}
				}
				else {
					sent(id, scheduled);
				}
			});
		}
		double sendSeconds = (System.nanoTime() - start) / 1e9;
		long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < drainUntil && (inFlight.get() > 0 || pending() > 0)) {
			Thread.sleep(100);
		}
		synchronized (this) {
			long sentCount = total - skipped - failed.get();
			System.out.printf("Sent %d messages in %.1f s (%.0f/s scheduled at %.0f/s; %d not sent because %d were "
					+ "in flight, %d failed); heard by agents: %d, never heard: %d%n", sentCount, sendSeconds,
					(total - skipped) / sendSeconds, rate, skipped, maxInFlight, failed.get(), this.matched,
					this.scheduledById.size());
			System.out.println("failed sends by kind: " + (failures.isEmpty() ? "none" : new java.util.TreeMap<>(failures)));
			print("visitor -> agent console (measured " + durationSeconds + " s)", this.measured);
			print(overSocket ? "visitor's line answered (over the socket)" : "visitor's POST answered", this.posts);
		}
	}

	/** "HTTP 503" for an answer other than 201, else the exception's class (a timeout). */
	private static String kind(Throwable failure) {
		Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
				? failure.getCause() : failure;
		String message = String.valueOf(cause.getMessage());
		return message.startsWith("HTTP ") ? message.substring(0, Math.min(8, message.length()))
				: cause.getClass().getSimpleName();
	}

	private synchronized int pending() {
		return this.scheduledById.size();
	}

	private synchronized void sent(String id, long scheduled) {
		this.posts.recordValue(Math.max(0, System.nanoTime() - scheduled));
		Long heard = this.heardById.remove(id);
		if (heard != null) {
			record(heard, scheduled);
		}
		else {
			this.scheduledById.put(id, scheduled);
		}
	}

	private void heard(String body) {
		if (!body.contains("\"type\":\"message\"")) {
			return;
		}
		long now = System.nanoTime();
		String id = Json.stringField(body, "message");
		if (id == null) {
			return;
		}
		synchronized (this) {
			Long scheduled = this.scheduledById.remove(id);
			if (scheduled != null) {
				record(now, scheduled);
			}
			else {
				this.heardById.put(id, now);
			}
		}
	}

	private void record(long heard, long scheduled) {
		this.matched++;
		(scheduled >= this.measureFrom ? this.measured : this.warmup).recordValue(Math.max(0, heard - scheduled));
	}

	private static void print(String what, Histogram histogram) {
		System.out.printf("%s: n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  p99.9 %.1f ms  max %.1f ms%n", what,
				histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e6,
				histogram.getValueAtPercentile(90) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
				histogram.getValueAtPercentile(99.9) / 1e6, histogram.getMaxValue() / 1e6);
	}

}
