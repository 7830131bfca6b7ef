package dev.meridian.privacy;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card number, its security code and a national id a customer pastes are masked in the
 * stored message: the API, the database and search never hold them.
 */
@IntegrationTest
class StoredTextMaskingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void cardNumbersSecurityCodesAndNationalIdsAreMaskedOnArrival() {
		Api api = Api.on(this.port);
		String email = "payer." + Fixtures.unique() + "@example.com";
		Api.Response created = api.post("/api/v1/tickets", """
				{"subject":"Paiement","customer":{"email":"%s"},
				 "message":{"body":"Voici ma carte 4111 1111 1111 1111 CVV 737 et mon DNI 12345678Z."}}
				""".formatted(email));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String ticketId = created.json().get("id").asString();

		JsonNode message = api.get("/api/v1/tickets/" + ticketId + "/messages").json().get("items").get(0);

		assertThat(message.get("text").asString())
			.isEqualTo("Voici ma carte **** **** **** 1111 CVV *** et mon DNI [id].");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from messages where ticket_id = ?::uuid and (body_text like '%4111 1111%' "
						+ "or body_html like '%4111 1111%' or body_text like '%737%' or body_text like '%12345678Z%')",
				Long.class, ticketId))
			.isZero();
	}

}
