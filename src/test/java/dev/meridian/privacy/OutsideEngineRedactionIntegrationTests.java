package dev.meridian.privacy;

import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.LocalDeepL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French customer's text with an IBAN and a phone number goes to an outside engine (a
 * local server following DeepL's contract) without them and comes back with them; a
 * market whose rule forbids that engine never reaches it.
 */
@IntegrationTest
class OutsideEngineRedactionIntegrationTests {

	static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";

	static final String PHONE = "+33 6 12 34 56 78";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@Test
	void ibanAndPhoneNeverReachTheOutsideEngineAndComeBackInTheTranslation() {
		String marker = "Colis" + Fixtures.unique().replaceAll("[0-9]", "q");
		String text = "Bonjour, " + marker + " : mon IBAN est " + IBAN + " et mon numéro " + PHONE + ".";

		Api.Response response = this.api.post("/api/v1/language/translate",
				Fixtures.json(Map.of("text", text, "from", "fr", "to", "ko", "market", "FR")));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("engine").asString()).isEqualTo("deepl");
		assertThat(response.json().get("text").asString()).startsWith("[ko] ").contains(IBAN, PHONE, marker);
		String sent = LocalDeepL.received().stream().filter(t -> t.contains(marker)).findFirst().orElseThrow();
		assertThat(sent).doesNotContain(IBAN).doesNotContain("3000 6000").doesNotContain(PHONE).contains("ZZP");
	}

	@Test
	void aMarketThatForbidsTheEngineNeverCallsIt() {
		String marker = "Paquet" + Fixtures.unique().replaceAll("[0-9]", "q");
		String text = "Bonjour, " + marker + " : mon numéro est " + PHONE + ".";

		Api.Response response = this.api.post("/api/v1/language/translate",
				Fixtures.json(Map.of("text", text, "from", "fr", "to", "ko", "market", "CH")));

		assertThat(response.status()).as(response.toString()).isEqualTo(422);
		assertThat(response.text()).contains("may not receive texts of customers in market CH");
		assertThat(LocalDeepL.received()).noneMatch(t -> t.contains(marker));
	}

}
