package dev.meridian.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;

/**
 * How many idle widget connections one node holds: starts conversations, opens
 * {@code sessions} STOMP sockets on {@code /chat/ws} (spread over the conversations, as
 * a visitor's tabs are), each subscribed; reports the server's heap after
 * a full collection before and after, holds them idle, then proves they still listen:
 * agents reply in a sample of conversations and every socket of those conversations
 * must get the push. Meanwhile the server's health endpoint is timed.
 */
final class ChatIdleLoad {

	private ChatIdleLoad() {
	}

	static void main(Options options) throws Exception {
		String baseUrl = options.get("base-url", "http://127.0.0.1:8080");
		int sessions = options.getInt("sessions", 10_000);
		int conversations = options.getInt("conversations", sessions);
		int holdSeconds = options.getInt("hold", 30);
		int probes = Math.min(options.getInt("probes", 50), conversations);
		ServerProcess server = new ServerProcess(options.getLong("server-pid", -1));
		MeridianApi api = new MeridianApi(baseUrl, options.require("token"));
		HttpClient client = ChatVisitors.newClient();
		ChatVisitors chat = new ChatVisitors(baseUrl, client);

		List<ChatVisitors.Visitor> visitors = chat.start(conversations, options.getInt("workers", 8));
		double heapBefore = server.heapAfterGcMib();
		double rssBefore = server.residentMib();
		System.out.printf("Server before the sockets: heap after full GC %.0f MiB, RSS %.0f MiB%n", heapBefore,
				rssBefore);

		ConcurrentHashMap<String, AtomicInteger> pushes = new ConcurrentHashMap<>();
		List<StompSocket> open = new ArrayList<>();
		Semaphore inFlight = new Semaphore(options.getInt("connect-in-flight", 200));
		AtomicInteger failed = new AtomicInteger();
		List<CompletableFuture<Void>> connecting = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < sessions; i++) {
			ChatVisitors.Visitor visitor = visitors.get(i % conversations);
			AtomicInteger heard = pushes.computeIfAbsent(visitor.conversationId(), id -> new AtomicInteger());
			inFlight.acquire();
			connecting.add(chat.connect(visitor, body -> {
				if (body.contains("\"type\":\"message\"")) {
					heard.incrementAndGet();
				}
			}).handle((stomp, failure) -> {
				inFlight.release();
				if (failure != null) {
					if (failed.incrementAndGet() <= 3) {
						System.out.println("Connect failed: " + failure);
					}
				}
				else {
					synchronized (open) {
						open.add(stomp);
					}
				}
				return null;
			}));
		}
		CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).join();
		double connectSeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Sockets connected, subscription sent: %d of %d in %.1f s (%d failed)%n", open.size(), sessions,
				connectSeconds, failed.get());

		double heapWith = server.heapAfterGcMib();
		double rssWith = server.residentMib();
		System.out.printf("Server holding %d sockets: heap after full GC %.0f MiB (+%.0f MiB, %.1f KiB per socket), "
				+ "RSS %.0f MiB (+%.0f MiB)%n", open.size(), heapWith, heapWith - heapBefore,
				(heapWith - heapBefore) * 1024 / Math.max(1, open.size()), rssWith, rssWith - rssBefore);

		Histogram health = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
		long holdUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(holdSeconds);
		while (System.nanoTime() < holdUntil) {
			long t0 = System.nanoTime();
			int status = api.health().statusCode();
			health.recordValue(System.nanoTime() - t0);
			if (status != 200) {
				System.out.println("Health answered " + status);
			}
			Thread.sleep(100);
		}
		System.out.printf("Health while holding (%d s): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", holdSeconds,
				health.getValueAtPercentile(50) / 1e6, health.getValueAtPercentile(99) / 1e6,
				health.getMaxValue() / 1e6);

		int expected = 0;
		for (int i = 0; i < probes; i++) {
			ChatVisitors.Visitor visitor = visitors.get(i);
			expected += sessions / conversations + (i < sessions % conversations ? 1 : 0);
			var reply = api.post("/api/v1/tickets/" + visitor.ticketId() + "/messages",
					Json.object("body", "We are looking into it (probe " + i + ").", "language", "en"));
			if (reply.statusCode() != 201) {
				System.out.println("Probe reply failed: " + MeridianApi.describe(reply));
			}
		}
		int heard = 0;
		long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < waitUntil) {
			heard = 0;
			for (int i = 0; i < probes; i++) {
				heard += pushes.get(visitors.get(i).conversationId()).get();
			}
			if (heard >= expected) {
				break;
			}
			Thread.sleep(200);
		}
		long stillOpen = open.stream().filter(StompSocket::isOpen).count();
		System.out.printf("After holding: %d of %d sockets still open; replies in %d conversations reached %d of "
				+ "their %d sockets%n", stillOpen, open.size(), probes, heard, expected);
		open.forEach(StompSocket::close);
		Thread.sleep(2000);
	}

}
