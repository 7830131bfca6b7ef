package dev.meridian.tickets;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket's life through the real HTTP API on PostgreSQL: status, assignment, tags, and
 * the conversation with its attachments.
 */
@IntegrationTest
class TicketLifecycleApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.fixtures = new Fixtures(this.api);
		this.fixtures.market("DE", "de", "EUR", "Europe/Berlin");
	}

	@Test
	void movesAlongTheLifeCycleAndReopensOnce() {
		String ticket = this.fixtures.aTicket().inMarket("DE").open().get("id").asString();

		assertThat(status(ticket, "open").get("status").asString()).isEqualTo("open");
		assertThat(status(ticket, "pending").get("status").asString()).isEqualTo("pending");
		JsonNode solved = status(ticket, "solved");
		assertThat(solved.get("status").asString()).isEqualTo("solved");
		assertThat(solved.get("solvedAt").isNull()).isFalse();
		JsonNode reopened = status(ticket, "open");
		assertThat(reopened.get("status").asString()).isEqualTo("open");
		assertThat(reopened.get("solvedAt").isNull()).isTrue();
		assertThat(status(ticket, "solved").get("status").asString()).isEqualTo("solved");
		JsonNode closed = status(ticket, "closed");
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("status").asString()).isEqualTo("closed");
	}

	@Test
	void refusesMovesTheLifeCycleDoesNotAllowWithConflict() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		assertIllegalTransition(patch(ticket, Map.of("status", "closed")));
		status(ticket, "open");
		assertIllegalTransition(patch(ticket, Map.of("status", "new")));
		status(ticket, "solved");
		assertIllegalTransition(patch(ticket, Map.of("status", "pending")));
		assertIllegalTransition(patch(ticket, Map.of("status", "on_hold")));

		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("status").asString()).isEqualTo("solved");
	}

	@Test
	void closedTicketTakesNoMoreChangesOrMessages() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		status(ticket, "solved");
		status(ticket, "closed");

		for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("status", "open"),
				Map.of("status", "closed"), Map.of("priority", "high"), Map.of("tags", List.of("late")))) {
			assertThat(assertProblem(patch(ticket, change), 409).get("type").asString())
				.isEqualTo("urn:meridian:problem:ticket-closed");
		}
		assertProblem(message(ticket, Map.of("from", "customer", "body", "Hello?")), 409);
		assertProblem(message(ticket, Map.of("body", "We are on it")), 409);
		assertThat(this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items").size()).isEqualTo(1);
	}

	@Test
	void refusedMoveLeavesTheRestOfThePatchUnapplied() {
		String ticket = this.fixtures.aTicket().tagged("first").open().get("id").asString();

		assertIllegalTransition(
				patch(ticket, Map.of("tags", List.of("second"), "priority", "urgent", "status", "closed")));

		JsonNode unchanged = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(texts(unchanged.get("tags"))).containsExactly("first");
		assertThat(unchanged.get("priority").asString()).isEqualTo("normal");
	}

	@Test
	void refusesUnknownStatusWithFieldError() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		assertFieldError(patch(ticket, Map.of("status", "done")), "status");
		assertFieldError(patch(ticket, Map.of("status", 3)), "status");
	}

	@Test
	void assignsByIdAndByEmailAndUnassignsWithNull() {
		JsonNode agent = this.fixtures.agent("agent");
		JsonNode colleague = this.fixtures.agent("agent");
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		JsonNode byId = ok(patch(ticket, Map.of("assignee", agent.get("id").asString())));
		assertThat(byId.get("assignee").get("id").asString()).isEqualTo(agent.get("id").asString());
		assertThat(byId.get("assignee").get("name").asString()).isEqualTo(agent.get("displayName").asString());

		JsonNode byEmail = ok(patch(ticket, Map.of("assignee", colleague.get("email").asString().toUpperCase())));
		assertThat(byEmail.get("assignee").get("id").asString()).isEqualTo(colleague.get("id").asString());

		JsonNode byObject = ok(patch(ticket, Map.of("assigneeId", Map.of("id", agent.get("id").asString()))));
		assertThat(byObject.get("assignee").get("id").asString()).isEqualTo(agent.get("id").asString());

		Map<String, Object> unassign = new LinkedHashMap<>();
		unassign.put("assignee", null);
		JsonNode unassigned = ok(patch(ticket, unassign));
		assertThat(unassigned.get("assignee").isNull()).isTrue();
		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("assignee").isNull()).isTrue();
	}

	@Test
	void refusesAssigneeWhoIsNoAgentWithFieldError() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		assertFieldError(patch(ticket, Map.of("assignee", "00000000-0000-0000-0000-000000000000")), "assignee");
		assertFieldError(patch(ticket, Map.of("assignee", "nobody@example.com")), "assignee");
		assertFieldError(patch(ticket, Map.of("assignee", "not an id")), "assignee");
		assertFieldError(patch(ticket, Map.of("assignee", 42)), "assignee");
	}

	@Test
	void agentMayAssignTicketsOnlyToThemselves() {
		JsonNode agent = this.fixtures.agent("agent");
		String agentId = agent.get("id").asString();
		String colleague = this.fixtures.agent("agent").get("id").asString();
		Api asAgent = this.api
			.withToken(this.fixtures.token("agent", agentId, "tickets:read", "tickets:write").secret());
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		Api.Response toColleague = asAgent.patch("/api/v1/tickets/" + ticket, json(Map.of("assignee", colleague)));
		assertThat(assertProblem(toColleague, 403).get("type").asString())
			.isEqualTo("urn:meridian:problem:not-allowed");
		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("assignee").isNull()).isTrue();

		Api.Response toSelf = asAgent.patch("/api/v1/tickets/" + ticket, json(Map.of("assignee", agentId)));
		assertThat(toSelf.status()).as(toSelf.toString()).isEqualTo(200);
		assertThat(toSelf.json().get("assignee").get("id").asString()).isEqualTo(agentId);

		Api.Response handedBack = asAgent.patch("/api/v1/tickets/" + ticket, "{\"assignee\":null}");
		assertThat(handedBack.status()).as(handedBack.toString()).isEqualTo(200);
		assertThat(handedBack.json().get("assignee").isNull()).isTrue();

		ok(patch(ticket, Map.of("assignee", colleague)));
		assertProblem(asAgent.patch("/api/v1/tickets/" + ticket, "{\"assignee\":null}"), 403);
		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("assignee").get("id").asString())
			.isEqualTo(colleague);
	}

	@Test
	void agentMayNotOpenTicketAssignedToSomeoneElse() {
		String agentId = this.fixtures.agent("agent").get("id").asString();
		String colleague = this.fixtures.agent("agent").get("id").asString();
		Api asAgent = this.api
			.withToken(this.fixtures.token("agent", agentId, "tickets:read", "tickets:write").secret());

		Api.Response opened = asAgent.post("/api/v1/tickets",
				json(Map.of("subject", "For a colleague", "customer",
						Map.of("email", "assign." + Fixtures.unique() + "@example.com"), "message",
						Map.of("body", "Hi"), "assigneeId", colleague)));

		assertProblem(opened, 403);
	}

	@Test
	void agentMayOpenTicketAssignedToThemselves() {
		String agentId = this.fixtures.agent("agent").get("id").asString();
		Api asAgent = this.api
			.withToken(this.fixtures.token("agent", agentId, "tickets:read", "tickets:write").secret());

		Api.Response opened = asAgent.post("/api/v1/tickets",
				json(Map.of("subject", "Mine", "customer",
						Map.of("email", "assign." + Fixtures.unique() + "@example.com"), "message",
						Map.of("body", "Hi"), "assigneeId", agentId)));

		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		assertThat(opened.json().get("assignee").get("id").asString()).isEqualTo(agentId);
	}

	@Test
	void refusesInactiveAgentAsAssignee() {
		JsonNode agent = this.fixtures.agent("agent");
		Map<String, Object> inactive = new LinkedHashMap<>();
		inactive.put("email", agent.get("email").asString());
		inactive.put("displayName", agent.get("displayName").asString());
		inactive.put("role", "agent");
		inactive.put("timeZone", "Europe/Berlin");
		inactive.put("uiLanguage", "de");
		inactive.put("active", false);
		this.api.put("/api/v1/agents/" + agent.get("id").asString(), json(inactive));
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		assertFieldError(patch(ticket, Map.of("assignee", agent.get("id").asString())), "assignee");
	}

	@Test
	void replacesTagsNormalizedAndRefusesInvalidOnes() {
		String ticket = this.fixtures.aTicket().tagged("first").open().get("id").asString();

		JsonNode retagged = ok(patch(ticket, Map.of("tags", List.of("Billing", " refund ", "billing", "vip:gold"))));

		assertThat(texts(retagged.get("tags"))).containsExactly("billing", "refund", "vip:gold");
		assertFieldError(patch(ticket, Map.of("tags", List.of("two words"))), "tags");
		assertFieldError(patch(ticket, Map.of("tags", "billing")), "tags");
		assertThat(texts(ok(patch(ticket, Map.of("tags", List.of()))).get("tags"))).isEmpty();
	}

	@Test
	void agentReplySetsFirstResponseAndOpensANewTicket() {
		String agentId = this.fixtures.agent("agent").get("id").asString();
		Api asAgent = this.api
			.withToken(this.fixtures.token("agent", agentId, "tickets:read", "tickets:write").secret());
		JsonNode opened = this.fixtures.aTicket().inMarket("DE").open();
		String ticket = opened.get("id").asString();
		assertThat(opened.get("firstResponseAt").isNull()).isTrue();

		Api.Response reply = asAgent.post("/api/v1/tickets/" + ticket + "/messages",
				json(Map.of("body", "Ihr Paket ist unterwegs.")));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		JsonNode message = reply.json();
		assertThat(reply.header("Location"))
			.isEqualTo("/api/v1/tickets/" + ticket + "/messages/" + message.get("id").asString());
		assertThat(message.get("author").get("type").asString()).isEqualTo("agent");
		assertThat(message.get("author").get("id").asString()).isEqualTo(agentId);
		assertThat(message.get("direction").asString()).isEqualTo("outbound");
		assertThat(message.get("visibility").asString()).isEqualTo("public");
		assertThat(message.get("language").asString()).isEqualTo("de");
		JsonNode after = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(after.get("status").asString()).isEqualTo("open");
		assertThat(after.get("firstResponseAt").asString()).isEqualTo(message.get("createdAt").asString());

		asAgent.post("/api/v1/tickets/" + ticket + "/messages", json(Map.of("body", "Noch eine Info.")));
		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("firstResponseAt").asString())
			.isEqualTo(message.get("createdAt").asString());
	}

	@Test
	void internalNoteIsNoFirstResponseAndLeavesTheStatus() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		Api.Response note = message(ticket, Map.of("visibility", "internal", "body", "Customer called twice."));

		assertThat(note.status()).as(note.toString()).isEqualTo(201);
		assertThat(note.json().get("visibility").asString()).isEqualTo("internal");
		assertThat(note.json().get("direction").asString()).isEqualTo("outbound");
		JsonNode after = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(after.get("status").asString()).isEqualTo("new");
		assertThat(after.get("firstResponseAt").isNull()).isTrue();
	}

	@Test
	void customerMessageReopensSolvedTicket() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		status(ticket, "solved");

		Api.Response reply = message(ticket, Map.of("from", "customer", "body", "It still does not work."));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		assertThat(reply.json().get("author").get("type").asString()).isEqualTo("customer");
		assertThat(reply.json().get("direction").asString()).isEqualTo("inbound");
		JsonNode after = this.api.get("/api/v1/tickets/" + ticket).json();
		assertThat(after.get("status").asString()).isEqualTo("open");
		assertThat(after.get("solvedAt").isNull()).isTrue();
		assertThat(reply.json().get("author").get("id").asString())
			.isEqualTo(after.get("customer").get("id").asString());
	}

	@Test
	void customerMessageTakesAWaitingTicketBackToOpen() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		status(ticket, "pending");

		message(ticket, Map.of("from", "customer", "body", "Here is the photo you asked for."));

		assertThat(this.api.get("/api/v1/tickets/" + ticket).json().get("status").asString()).isEqualTo("open");
	}

	@Test
	void refusesMessageFromUnknownKindOfAuthor() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		assertFieldError(message(ticket, Map.of("from", "robot", "body", "Beep")), "from");
		assertFieldError(message(ticket, Map.of("visibility", "secret", "body", "Psst")), "visibility");
		assertFieldError(message(ticket, Map.of("body", " ")), "message.body");
	}

	@Test
	void listsTheConversationInOrderWithDirectionAndVisibility() {
		String ticket = this.fixtures.aTicket().saying("First question").open().get("id").asString();
		message(ticket, Map.of("visibility", "internal", "body", "Checking with the warehouse"));
		message(ticket, Map.of("body", "We are checking"));
		message(ticket, Map.of("from", "customer", "body", "Thanks!"));

		Api.Response conversation = this.api.get("/api/v1/tickets/" + ticket + "/messages");

		assertThat(conversation.status()).isEqualTo(200);
		List<String> lines = conversation.json()
			.get("items")
			.valueStream()
			.map(m -> m.get("direction").asString() + "/" + m.get("visibility").asString() + "/"
					+ m.get("author").get("type").asString() + ": " + m.get("text").asString())
			.toList();
		assertThat(lines).containsExactly("inbound/public/customer: First question",
				"outbound/internal/system: Checking with the warehouse", "outbound/public/system: We are checking",
				"inbound/public/customer: Thanks!");
		assertThat(conversation.json()
			.get("items")
			.valueStream()
			.map(m -> m.get("createdAt").asString())
			.map(Instant::parse)
			.toList()).isSorted();
	}

	@Test
	void storesAttachmentsAndServesBackTheSameBytesAndNameKeepingTheTypeAsData() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		byte[] pdf = new byte[70_000];
		new Random(42).nextBytes(pdf);
		byte[] note = "Grüße 👋\n".getBytes(StandardCharsets.UTF_8);

		Api.Response posted = message(ticket,
				Map.of("body", "Invoice attached", "attachments",
						List.of(attachment("../../Rechnung März 請求書.pdf", "application/pdf", pdf),
								attachment("note.txt", "text/plain; charset=utf-8", note))));

		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		JsonNode attachments = posted.json().get("attachments");
		assertThat(attachments.size()).isEqualTo(2);
		JsonNode invoice = attachments.valueStream()
			.filter(a -> a.get("mediaType").asString().equals("application/pdf"))
			.findFirst()
			.orElseThrow();
		assertThat(invoice.get("name").asString()).isEqualTo("Rechnung März 請求書.pdf");
		assertThat(invoice.get("size").asLong()).isEqualTo(pdf.length);

		Api.Response download = this.api.get(invoice.get("url").asString());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(download.contentType()).isEqualTo("application/octet-stream");
		assertThat(download.header("Content-Disposition")).startsWith("attachment");
		assertThat(utf8FileName(download.header("Content-Disposition"))).isEqualTo("Rechnung März 請求書.pdf");

		JsonNode text = attachments.valueStream()
			.filter(a -> a.get("name").asString().equals("note.txt"))
			.findFirst()
			.orElseThrow();
		Api.Response textDownload = this.api.get(text.get("url").asString());
		assertThat(textDownload.bytes()).isEqualTo(note);
		assertThat(text.get("mediaType").asString()).startsWith("text/plain").containsIgnoringCase("charset=utf-8");

		JsonNode listed = this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items").get(1);
		assertThat(listed.get("attachments").size()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "page.html, text/html", "image.svg, image/svg+xml", "app.js, text/javascript",
			"page.xhtml, application/xhtml+xml" })
	void servesEveryAttachmentAsADownloadThatCannotRunAsAPageOrScript(String name, String mediaType) {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		byte[] active = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(document.cookie)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		JsonNode attachment = message(ticket,
				Map.of("body", "See attached", "attachments", List.of(attachment(name, mediaType, active))))
			.json()
			.get("attachments")
			.get(0);

		Api.Response download = this.api.get(attachment.get("url").asString());

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).isEqualTo("application/octet-stream");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.header("Content-Disposition")).startsWith("attachment;");
		assertThat(download.header("Content-Security-Policy")).contains("sandbox");
		assertThat(download.bytes()).isEqualTo(active);
	}

	@Test
	void refusesAttachmentOverTheSizeLimitAndKeepsNothingOfTheMessage() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		byte[] large = new byte[1024 * 1024 + 1];

		Api.Response response = message(ticket,
				Map.of("body", "Too large", "attachments", List.of(attachment("scan.tiff", "image/tiff", large))));

		assertFieldError(response, "attachments");
		assertThat(this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items").size()).isEqualTo(1);
	}

	@Test
	void refusesAttachmentThatIsNotBase64() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		Api.Response response = message(ticket,
				Map.of("body", "Broken", "attachments", List.of(Map.of("name", "a.bin", "content", "not base64 ¿"))));

		assertThat(assertProblem(response, 400).get("errors").valueStream().map(error -> error.get("field").asString()))
			.anyMatch(field -> field.endsWith("attachments[0].content"));
	}

	@Test
	void attachmentIsNotServedThroughAnotherTicket() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		String other = this.fixtures.aTicket().open().get("id").asString();
		String attachment = message(ticket,
				Map.of("body", "See file", "attachments",
						List.of(attachment("a.txt", "text/plain", "secret".getBytes(StandardCharsets.UTF_8)))))
			.json()
			.get("attachments")
			.get(0)
			.get("id")
			.asString();

		assertProblem(this.api.get("/api/v1/tickets/" + other + "/attachments/" + attachment), 404);
		assertThat(this.api.get("/api/v1/tickets/" + ticket + "/attachments/" + attachment).text()).isEqualTo("secret");
	}

	@Test
	void sanitizesHtmlBodies() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		JsonNode message = message(ticket,
				Map.of("html",
						"<p onclick=\"steal()\">Hello <b>world</b><script>alert('x')</script>"
								+ "<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">link</a>"
								+ "<iframe src=\"https://evil.example\"></iframe><style>p{}</style></p>"))
			.json();

		String html = message.get("html").asString();
		assertThat(html).contains("<b>world</b>")
			.doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("<iframe")
			.doesNotContainIgnoringCase("<style");
		assertThat(message.get("text").asString()).isEqualTo("Hello worldlink");
		JsonNode stored = this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items").get(1);
		assertThat(stored.get("html").asString()).isEqualTo(html);
	}

	@Test
	void derivesTextFromHtmlWhenOnlyHtmlIsSent() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();

		JsonNode message = message(ticket,
				Map.of("html", "<p>Dear Anna,</p><p>your order &amp; invoice<br>are on their way &lt;today&gt;.</p>"))
			.json();

		assertThat(message.get("text").asString())
			.isEqualTo("Dear Anna,\n\nyour order & invoice\nare on their way <today>.");
	}

	@Test
	void escapesPlainTextIntoHtmlAndKeepsTheTextAsWritten() {
		String ticket = this.fixtures.aTicket().open().get("id").asString();
		String text = "1 < 2 & <b>not bold</b>\n\nsecond paragraph ";

		JsonNode message = message(ticket, Map.of("body", text)).json();

		assertThat(message.get("text").asString()).isEqualTo(text);
		assertThat(message.get("html").asString()).doesNotContain("<b>")
			.contains("&lt;b&gt;not bold&lt;/b&gt;")
			.contains("second paragraph");
	}

	private JsonNode status(String ticket, String status) {
		return ok(patch(ticket, Map.of("status", status)));
	}

	private Api.Response patch(String ticket, Map<String, ?> changes) {
		return this.api.patch("/api/v1/tickets/" + ticket, json(changes));
	}

	private Api.Response message(String ticket, Map<String, ?> message) {
		return this.api.post("/api/v1/tickets/" + ticket + "/messages", json(message));
	}

	private static JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static void assertIllegalTransition(Api.Response response) {
		assertThat(assertProblem(response, 409).get("type").asString())
			.isEqualTo("urn:meridian:problem:illegal-transition");
	}

	private static Map<String, String> attachment(String name, String mediaType, byte[] content) {
		return Map.of("name", name, "mediaType", mediaType, "content", Base64.getEncoder().encodeToString(content));
	}

	/** The RFC 6266 {@code filename*} of a Content-Disposition, decoded. */
	private static String utf8FileName(String contentDisposition) {
		String marker = "filename*=UTF-8''";
		int start = contentDisposition.indexOf(marker);
		assertThat(start).as(contentDisposition).isNotNegative();
		String encoded = contentDisposition.substring(start + marker.length()).split(";")[0].strip();
		return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

}
