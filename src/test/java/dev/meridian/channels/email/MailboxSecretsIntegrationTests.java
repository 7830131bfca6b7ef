package dev.meridian.channels.email;

import java.util.UUID;

import dev.meridian.channels.email.mailbox.Mailboxes;
import dev.meridian.privacy.SecretCipher;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mailbox's password is stored sealed: the column never holds it in plaintext, a row an
 * earlier version wrote in plaintext is sealed by the start-up step, and the secret does
 * not follow the mailbox to another server unless given again.
 */
@IntegrationTest
class MailboxSecretsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailboxes mailboxes;

	@Test
	void storesTheSecretSealedAndOpensItForUse() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		String password = "pw-" + unique + "-Ünïcode";
		UUID id = create(api, unique, "imap." + unique + ".example", password);

		String stored = column(id, "secret");
		assertThat(stored).startsWith("v1:").doesNotContain(password).doesNotContain(unique);
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).isEqualTo(password);
		JsonNode shown = api.get("/api/v1/channels/email/mailboxes/" + id).json();
		assertThat(shown.toString()).doesNotContain(password).doesNotContain(stored);

		// Saved again without a secret on the same server: kept, still sealed.
		Api.Response renamed = api.put("/api/v1/channels/email/mailboxes/" + id,
				body(unique + " renamed", unique, "imap." + unique + ".example", null));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(column(id, "secret")).startsWith("v1:").doesNotContain(password);
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).isEqualTo(password);
	}

	@Test
	void sealsASecretAnEarlierVersionStoredInPlaintext() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		UUID id = create(api, unique, "imap." + unique + ".example", "first");
		String legacy = "legacy-" + unique;
		this.jdbc.sql("update email_mailboxes set secret = ?, secret_sealed = false where id = ?")
			.params(legacy, id)
			.update();
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).as("read as it is until sealed").isEqualTo(legacy);

		assertThat(this.mailboxes.sealPlaintextSecrets()).isPositive();

		String sealed = column(id, "secret");
		assertThat(sealed).startsWith("v1:").doesNotContain(legacy);
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).isEqualTo(legacy);
		this.mailboxes.sealPlaintextSecrets();
		assertThat(column(id, "secret")).as("a sealed secret is not sealed again").isEqualTo(sealed);
	}

	@Test
	void sealsAgainWithTheNewKeyASecretSealedWithThePreviousOne() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		UUID id = create(api, unique, "imap." + unique + ".example", "first");
		String purpose = "email_mailboxes.secret:" + id;
		String underOldKey = SecretCipher.fromBase64(Api.PREVIOUS_SECRETS_KEY).seal("rotated-" + unique, purpose);
		this.jdbc.sql("update email_mailboxes set secret = ? where id = ?").params(underOldKey, id).update();
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).as("opens with the previous key meanwhile")
			.isEqualTo("rotated-" + unique);

		assertThat(this.mailboxes.resealWithCurrentKey()).isPositive();

		String resealed = column(id, "secret");
		assertThat(resealed).isNotEqualTo(underOldKey);
		assertThat(SecretCipher.fromBase64(Api.SECRETS_KEY).open(resealed, purpose)).isEqualTo("rotated-" + unique);
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).isEqualTo("rotated-" + unique);
	}

	@Test
	void asksForTheSecretAgainWhenTheServerChanges() {
		Api api = Api.on(this.port);
		String unique = Fixtures.unique();
		UUID id = create(api, unique, "imap." + unique + ".example", "original");

		JsonNode problem = assertProblem(api.put("/api/v1/channels/email/mailboxes/" + id,
				body(unique, unique, "evil." + unique + ".example", null)), 400);
		assertThat(problem.toString()).contains("secret");
		assertThat(this.mailboxes.find(id).orElseThrow().imap().host()).isEqualTo("imap." + unique + ".example");

		Api.Response moved = api.put("/api/v1/channels/email/mailboxes/" + id,
				body(unique, unique, "new." + unique + ".example", "renewed"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(this.mailboxes.find(id).orElseThrow().secret()).isEqualTo("renewed");
	}

	private UUID create(Api api, String unique, String host, String secret) {
		Api.Response created = api.post("/api/v1/channels/email/mailboxes", body(unique, unique, host, secret));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static String body(String name, String unique, String host, String secret) {
		return """
				{"name":"Sealed %s","address":"sealed-%s@shop.example","enabled":false,
				 "imap":{"host":"%s","port":993},"username":"u-%s"%s}
				""".formatted(name, unique, host, unique, secret == null ? "" : ",\"secret\":" + Api.quote(secret));
	}

	private String column(UUID id, String column) {
		return this.jdbc.sql("select " + column + " from email_mailboxes where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
