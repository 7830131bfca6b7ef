package dev.meridian.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mailbox of the email channel created through the API for a test's mail server
 * (GreenMail, or a proxy in front of it), and the two calls tests make of it: poll it,
 * and hand the inbound endpoint a raw mail. IMAP and SMTP without TLS on loopback, user
 * name and password as the test set them on its server.
 */
public final class TestMailbox {

	private final Api api;

	private final Map<String, Object> body = new LinkedHashMap<>();

	private TestMailbox(Api api, String name, String address, String username) {
		this.api = api;
		this.body.put("name", name);
		this.body.put("address", address);
		this.body.put("username", username);
		this.body.put("secret", "secret");
	}

	/** A mailbox for {@code address}, logging in as {@code username} with "secret". */
	public static TestMailbox at(Api api, String name, String address, String username) {
		return new TestMailbox(api, name, address, username);
	}

	public TestMailbox imap(int port) {
		this.body.put("imap", server(port));
		return this;
	}

	public TestMailbox smtp(int port) {
		this.body.put("smtp", server(port));
		return this;
	}

	public TestMailbox market(String country) {
		this.body.put("market", country);
		return this;
	}

	public TestMailbox displayName(String displayName) {
		this.body.put("displayName", displayName);
		return this;
	}

	/** Creates it; the API's answer (with its {@code id}). */
	public JsonNode create() {
		Api.Response created = this.api.post("/api/v1/channels/email/mailboxes", Fixtures.json(this.body));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	/** Polls a mailbox now; how many mails it fetched. */
	public static int poll(Api api, String mailboxId) {
		Api.Response polled = api.post("/api/v1/channels/email/mailboxes/" + mailboxId + "/poll", "{}");
		assertThat(polled.status()).as(polled.toString()).isEqualTo(200);
		return polled.json().get("fetched").asInt();
	}

	/**
	 * Hands a raw mail to the inbound endpoint and expects it taken (202):
	 * {@code {ticketId, messageId}} or {@code {quarantineId, reason}}.
	 */
	public static JsonNode deliver(Api api, String raw) {
		Api.Response response = api.post("/api/v1/channels/email/inbound", raw.getBytes(StandardCharsets.UTF_8),
				"message/rfc822");
		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		return response.json();
	}

	private static Map<String, Object> server(@Nullable Integer port) {
		return Map.of("host", "127.0.0.1", "port", port, "security", "none");
	}

}
