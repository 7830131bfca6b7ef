package dev.meridian.web.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Simultaneous;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} through the API: the key and the work it guards are committed
 * together, requests with one key at the same moment create one resource, and no secret
 * is kept for replay.
 */
@IntegrationTest
class IdempotencyApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@Test
	void requestsWithOneKeyAtTheSameMomentCreateOneTicket() throws Exception {
		String subject = "Simultaneous " + unique();
		String body = ticket(subject);
		Api keyed = this.api.withHeader(IdempotencyFilter.HEADER, "same-moment-" + unique());

		List<Api.Response> answers = Simultaneous.calls(6, () -> keyed.post("/api/v1/tickets", body));

		// Each waits for the first; one still waiting after the wait gets 409.
		assertThat(answers).extracting(Api.Response::status).containsAnyOf(201).isSubsetOf(201, 409);
		Set<String> ids = answers.stream()
			.filter(answer -> answer.status() == 201)
			.map(answer -> answer.json().get("id").asString())
			.collect(Collectors.toSet());
		assertThat(ids).hasSize(1);
		Api.Response retried = Eventually.satisfies("an answer instead of 409",
				() -> keyed.post("/api/v1/tickets", body), answer -> answer.status() != 409);
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retried.json().get("id").asString()).isIn(ids);
		assertThat(ticketsWithSubject(subject)).isEqualTo(1);
	}

	/**
	 * A request whose key another transaction holds longer than the retry may wait (a
	 * first request stuck in a slow commit, here a transaction of the test's own) is
	 * answered 409 with a problem, creates nothing, and goes through once the key is
	 * free.
	 */
	@Test
	void aKeyHeldLongerThanTheWaitIsAnswered409AndFreedLater() throws Exception {
		String learn = "learn-principal-" + unique();
		Api.Response first = this.api.withHeader(IdempotencyFilter.HEADER, learn)
			.post("/api/v1/tickets", ticket("Principal " + unique()));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		String principal = this.jdbc.sql("select principal from idempotency_records where idempotency_key = ?")
			.param(learn)
			.query(String.class)
			.single();
		String key = "held-" + unique();
		String subject = "Held key " + unique();
		try (java.sql.Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (java.sql.PreparedStatement insert = holder.prepareStatement(
					"insert into idempotency_records (principal, idempotency_key, request_hash, created_at) values (?, ?, 'x', now())")) {
				insert.setString(1, principal);
				insert.setString(2, key);
				insert.executeUpdate();
			}

			Api.Response busy = this.api.withHeader(IdempotencyFilter.HEADER, key)
				.post("/api/v1/tickets", ticket(subject));

			assertThat(busy.status()).as(busy.toString()).isEqualTo(409);
			assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
			assertThat(busy.json().get("type").asString()).endsWith("idempotent-request-in-progress");
			assertThat(ticketsWithSubject(subject)).isZero();
			holder.rollback();
		}
		Api.Response free = this.api.withHeader(IdempotencyFilter.HEADER, key).post("/api/v1/tickets", ticket(subject));
		assertThat(free.status()).as(free.toString()).isEqualTo(201);
		assertThat(ticketsWithSubject(subject)).isEqualTo(1);
	}

	/**
	 * The server fails after the ticket is written and before the answer is kept (here a
	 * trigger refuses the answer, as a crash or a lost connection would): the ticket must
	 * not stay without its key, or the client's retry would open a second one.
	 */
	@Test
	void aTicketIsKeptOnlyTogetherWithTheAnswerToItsKey() {
		String subject = "Dies before the answer " + unique();
		String key = "dies-before-answer-" + unique();
		String body = ticket(subject);
		Api keyed = this.api.withHeader(IdempotencyFilter.HEADER, key);
		this.jdbc.sql("""
				create or replace function meridian_test_refuse_answer() returns trigger language plpgsql as $$
				begin
				    raise exception 'the answer could not be kept';
				end $$""").update();
		this.jdbc.sql("""
				create or replace trigger meridian_test_refuse_answer before insert or update on idempotency_records
				for each row when (new.status is not null and new.idempotency_key like 'dies-before-answer-%')
				execute function meridian_test_refuse_answer()""").update();
		Api.Response failed;
		try {
			failed = keyed.post("/api/v1/tickets", body);
		}
		finally {
			this.jdbc.sql("drop trigger meridian_test_refuse_answer on idempotency_records").update();
			this.jdbc.sql("drop function meridian_test_refuse_answer()").update();
		}

		assertThat(failed.status()).as(failed.toString()).isGreaterThanOrEqualTo(500);
		assertThat(ticketsWithSubject(subject)).isZero();

		Api.Response retried = keyed.post("/api/v1/tickets", body);
		assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
		assertThat(keyed.post("/api/v1/tickets", body).json().get("id").asString())
			.isEqualTo(retried.json().get("id").asString());
		assertThat(ticketsWithSubject(subject)).isEqualTo(1);
	}

	@Test
	void aNewTokenIsReplayedWithoutItsSecretAndTheSecretIsNotStored() {
		String key = "token-" + unique();
		Api keyed = this.api.withHeader(IdempotencyFilter.HEADER, key);
		String request = "{\"name\":\"shop sync %s\",\"role\":\"agent\",\"scopes\":[\"tickets:read\"]}"
			.formatted(unique());

		Api.Response first = keyed.post("/api/v1/tokens", request);
		Api.Response replayed = keyed.post("/api/v1/tokens", request);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		String secret = first.json().get("secret").asString();
		assertThat(secret).isNotBlank();
		assertThat(this.api.withToken(secret).get("/api/v1/tickets").status()).isEqualTo(200);
		assertThat(replayed.status()).isEqualTo(201);
		assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
		JsonNode token = replayed.json();
		assertThat(token.get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(token.get("secret").isNull()).as(token.toString()).isTrue();
		List<byte[]> stored = this.jdbc.sql("select body from idempotency_records where idempotency_key = ?")
			.param(key)
			.query((rs, row) -> rs.getBytes(1))
			.list();
		assertThat(stored).singleElement()
			.satisfies(body -> assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
				.doesNotContain(secret));
	}

	@Test
	void aRefusedRequestIsAnsweredTheSameOnRetryAndCreatesNothing() {
		Api keyed = this.api.withHeader(IdempotencyFilter.HEADER, "refused-" + unique());
		String invalid = "{\"subject\":\"\",\"customer\":{\"email\":\"x@example.com\"},\"message\":{\"body\":\"x\"}}";

		Api.Response first = keyed.post("/api/v1/tickets", invalid);
		Api.Response second = keyed.post("/api/v1/tickets", invalid);

		assertThat(first.status()).isBetween(400, 499);
		assertThat(second.status()).isEqualTo(first.status());
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
	}

	private long ticketsWithSubject(String subject) {
		return this.jdbc.sql("select count(*) from tickets where subject = ?")
			.param(subject)
			.query(Long.class)
			.single();
	}

	private static String ticket(String subject) {
		return """
				{"subject":"%s","customer":{"email":"idem.%s@example.com"},"message":{"body":"Where is my order?"}}
				""".formatted(subject, unique());
	}

}
