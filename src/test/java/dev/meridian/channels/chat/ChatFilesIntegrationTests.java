package dev.meridian.channels.chat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Stomp;
import dev.meridian.support.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files in a chat through HTTP as the widget sends and fetches them (the test server's
 * attachment limit is 1 MB), and internal notes, which never reach the visitor.
 */
@IntegrationTest
class ChatFilesIntegrationTests {

	/** The eight bytes every PNG starts with, then some of an image. */
	static final byte[] PNG = concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' },
			"not really pixels".getBytes(StandardCharsets.US_ASCII));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	Api browser;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.browser = Api.on(this.port).withToken("");
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void aVisitorsFileBecomesAnAttachmentOfTheirMessageThatOnlyTheyAndAgentsCanFetch() {
		JsonNode chat = start("{\"locale\":\"en\"}");

		Api.Response sent = upload(visitor(chat), chat, "scarf photo.png", "image/png", PNG);

		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		JsonNode file = sent.json().get("attachments").get(0);
		assertThat(file.get("name").asString()).isEqualTo("scarf photo.png");
		assertThat(file.get("contentType").asString()).isEqualTo("image/png");
		assertThat(file.get("size").asLong()).isEqualTo(PNG.length);
		// The messages list keeps every field it had, and gains the files.
		JsonNode item = visitor(chat).get(messagesOf(chat)).json().get("items").get(0);
		assertThat(item.get("id").asString()).isEqualTo(sent.json().get("id").asString());
		assertThat(item.get("author").get("type").asString()).isEqualTo("customer");
		assertThat(item.has("text") && item.has("language") && item.has("createdAt") && item.has("machineTranslated"))
			.as(item.toString())
			.isTrue();
		assertThat(item.get("attachments").get(0).get("id").asString()).isEqualTo(file.get("id").asString());
		// The agents see it on the ticket as any customer's attachment.
		JsonNode onTicket = this.api.get("/api/v1/tickets/" + ticketOf(chat) + "/messages").json();
		assertThat(onTicket.toString()).contains("scarf photo.png");

		Api.Response download = visitor(chat).get(fileOf(chat, file.get("id").asString()));
		assertThat(download.status()).as(download.toString()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(PNG);
		assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("scarf");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.contentType()).startsWith("application/octet-stream");

		assertProblem(this.browser.get(fileOf(chat, file.get("id").asString())), 401);
		JsonNode other = start("{\"locale\":\"en\"}");
		assertProblem(visitor(other).get(fileOf(chat, file.get("id").asString())), 401);
		assertProblem(visitor(other).get(fileOf(other, file.get("id").asString())), 404);
	}

	@Test
	void anAgentsFileReachesTheVisitorAsADownload() {
		JsonNode chat = start("{\"locale\":\"en\"}");
		visitor(chat).post(messagesOf(chat), "{\"text\":\"Can I have the invoice?\"}");
		byte[] pdf = "%PDF-1.4 invoice 2041".getBytes(StandardCharsets.US_ASCII);

		Api.Response reply = this.api.post("/api/v1/tickets/" + ticketOf(chat) + "/messages",
				"{\"body\":\"Here it is.\",\"language\":\"en\",\"attachments\":[{\"name\":\"Rechnung 2041.pdf\","
						+ "\"mediaType\":\"application/pdf\",\"content\":\"" + Base64.getEncoder().encodeToString(pdf)
						+ "\"}]}");
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		JsonNode items = visitor(chat).get(messagesOf(chat)).json().get("items");
		JsonNode answer = items.get(items.size() - 1);
		assertThat(answer.get("text").asString()).isEqualTo("Here it is.");
		JsonNode file = answer.get("attachments").get(0);
		assertThat(file.get("name").asString()).isEqualTo("Rechnung 2041.pdf");
		Api.Response download = visitor(chat).get(fileOf(chat, file.get("id").asString()));
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(download.header("Content-Disposition")).startsWith("attachment;");
	}

	@Test
	void tooLargeOrUnacceptedFilesAreRefusedWithANoteInTheVisitorsLanguage() {
		JsonNode chat = start("{\"locale\":\"de\"}");
		Api german = visitor(chat).withHeader("Accept-Language", "de");

		byte[] justOver = new byte[1024 * 1024 + 1];
		Arrays.fill(justOver, (byte) 'a');
		Api.Response large = upload(german, chat, "notes.txt", "text/plain", justOver);
		assertProblem(large, 413);
		assertThat(large.json().get("note").asString()).contains("zu groß").contains("1 MB");
		// Far over the limit: refused before the body is read.
		assertProblem(upload(german, chat, "huge.txt", "text/plain", new byte[1024 * 1024 + 200 * 1024]), 413);

		Api.Response zip = upload(german, chat, "orders.zip", "application/zip", new byte[] { 'P', 'K', 3, 4 });
		assertProblem(zip, 415);
		assertThat(zip.json().get("note").asString()).contains("Bild");
		assertProblem(upload(german, chat, "logo.svg", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
					.getBytes(StandardCharsets.UTF_8)),
				415);
		// A name that claims a picture does not make a page one.
		assertProblem(upload(german, chat, "cat.png", "image/png",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), 415);

		assertThat(visitor(chat).get(messagesOf(chat)).json().get("items")).isEmpty();
	}

	@Test
	void filesCountAgainstTheVisitorsRateLimit() {
		JsonNode chat = start("{}");
		for (int i = 0; i < 20; i++) {
			assertThat(visitor(chat).post(messagesOf(chat), "{\"text\":\"spam " + i + "\"}").status()).isEqualTo(201);
		}

		Api.Response refused = upload(visitor(chat), chat, "more.png", "image/png", PNG);

		assertProblem(refused, 429);
		assertThat(refused.header("Retry-After")).isNotBlank();
	}

	@Test
	void anInternalNoteIsNeitherPushedNorListedNorInTheTranscript() throws Exception {
		String email = "notes." + Fixtures.unique() + "@example.com";
		JsonNode chat = start("{\"locale\":\"en\",\"identity\":{\"email\":\"" + email + "\",\"signature\":\""
				+ ChatApiIntegrationTests.sign(email, Api.CHAT_SECRET) + "\"}}");
		visitor(chat).post(messagesOf(chat), "{\"text\":\"Where is my parcel?\"}");
		String secret = "Customer flagged for fraud review " + Fixtures.unique();

		try (Stomp widget = Stomp.visitor(this.port, conversationOf(chat), chat.get("visitorToken").asString())) {
			BlockingQueue<JsonNode> hears = widget.subscribe("/topic/chat." + conversationOf(chat));
			// Subscribed once a message of the visitor's own comes back to them.
			String ping = null;
			for (int i = 0; i < 15 && ping == null; i++) {
				visitor(chat).post(messagesOf(chat), "{\"text\":\"hello? " + i + "\"}");
				ping = firstMessage(hears, Duration.ofSeconds(1));
			}
			assertThat(ping).as("the subscription took effect").isNotNull();
			hears.clear();

			Api.Response note = this.api.post("/api/v1/tickets/" + ticketOf(chat) + "/messages",
					"{\"visibility\":\"internal\",\"body\":\"" + secret
							+ "\",\"attachments\":[{\"name\":\"report.txt\","
							+ "\"mediaType\":\"text/plain\",\"content\":\""
							+ Base64.getEncoder().encodeToString("fraud report".getBytes(StandardCharsets.UTF_8))
							+ "\"}]}");
			assertThat(note.status()).as(note.toString()).isEqualTo(201);
			String noteFile = note.json().get("attachments").get(0).get("id").asString();
			this.api.post("/api/v1/tickets/" + ticketOf(chat) + "/messages",
					"{\"body\":\"It left our warehouse today.\",\"language\":\"en\"}");

			// Pushed in order, after their commits: the note would come first.
			List<String> pushed = new ArrayList<>();
			String text;
			while ((text = firstMessage(hears, Duration.ofSeconds(20))) != null) {
				pushed.add(text);
				if (text.equals("It left our warehouse today.")) {
					break;
				}
			}
			assertThat(pushed).contains("It left our warehouse today.").noneMatch(t -> t.contains("fraud"));

			assertThat(visitor(chat).get(messagesOf(chat)).text()).doesNotContain("fraud").doesNotContain("report.txt");
			assertProblem(visitor(chat).get(fileOf(chat, noteFile)), 404);
		}

		assertThat(visitor(chat).post("/chat/v1/conversations/" + conversationOf(chat) + "/end", "{}").status())
			.isEqualTo(200);
		Api.Response transcript = visitor(chat).post("/chat/v1/conversations/" + conversationOf(chat) + "/transcript",
				"{}");
		assertThat(transcript.status()).as(transcript.toString()).isEqualTo(202);
		String body = Eventually
			.present("the transcript queued",
					() -> this.jdbc.queryForList(
							"select composed_body from email_outbox where ticket_id = ?::uuid and kind = 'COMPOSED'",
							String.class, ticketOf(chat))
						.stream()
						.findFirst()
						.orElse(null));
		assertThat(body).contains("Where is my parcel?").contains("It left our warehouse today.");
		assertThat(body).doesNotContain("fraud");
	}

	/** The text of the next message frame, if one comes within the time. */
	private static @Nullable String firstMessage(BlockingQueue<JsonNode> frames, Duration within)
			throws InterruptedException {
		long until = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < until) {
			JsonNode frame = Stomp.next(frames, Duration.ofNanos(Math.max(1, until - System.nanoTime())));
			if (frame != null && "message".equals(frame.get("type").asString())) {
				return frame.get("item").get("text").asString();
			}
		}
		return null;
	}

	private Api.Response upload(Api as, JsonNode chat, String name, String type, byte[] content) {
		String boundary = "----meridian" + Fixtures.unique();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return as.post("/chat/v1/conversations/" + conversationOf(chat) + "/attachments", body.toByteArray(),
				"multipart/form-data; boundary=" + boundary);
	}

	private JsonNode start(String body) {
		Api.Response response = this.browser.post("/chat/v1/conversations", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private Api visitor(JsonNode chat) {
		return this.browser.withHeader("Authorization", "Visitor " + chat.get("visitorToken").asString());
	}

	private static String conversationOf(JsonNode chat) {
		return chat.get("conversationId").asString();
	}

	private static String ticketOf(JsonNode chat) {
		return chat.get("ticketId").asString();
	}

	private static String messagesOf(JsonNode chat) {
		return "/chat/v1/conversations/" + conversationOf(chat) + "/messages";
	}

	private static String fileOf(JsonNode chat, String attachment) {
		return "/chat/v1/conversations/" + conversationOf(chat) + "/attachments/" + attachment;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
