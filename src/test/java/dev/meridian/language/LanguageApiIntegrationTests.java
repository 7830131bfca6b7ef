package dev.meridian.language;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Language detection with the real detector, through the API and on new tickets.
 */
@IntegrationTest
class LanguageApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Guten Tag, mein Paket ist leider noch nicht angekommen.|de",
			"Bonjour, je n'ai toujours pas reçu ma commande.|fr", "Hola, ¿dónde está mi pedido? Gracias.|es",
			"注文した商品がまだ届いていません。|ja", "طلبي لم يصل بعد، أرجو المساعدة|ar", "배송이 아직 안 왔어요|ko",
			"Здравствуйте, мой заказ до сих пор не пришёл.|ru", "Добрий день, моє замовлення досі не прийшло.|uk",
			"Hej, min pakke er stadig ikke kommet, hvad sker der?|da" })
	void detectsSentences(String text, String language) {
		JsonNode detection = detect("{\"text\": " + Api.quote(text) + "}");

		assertThat(detection.get("language").asString()).isEqualTo(language);
		assertThat(detection.get("confidence").asDouble()).isGreaterThan(0.9);
	}

	@Test
	void theCustomersLanguageDecidesAShortWord() {
		JsonNode withoutHint = detect("{\"text\": \"Danke!\"}");
		JsonNode withHint = detect("{\"text\": \"Danke!\", \"hints\": {\"customerLanguage\": \"de-CH\"}}");

		assertThat(withoutHint.get("language").asString()).isEqualTo("und");
		assertThat(withHint.get("language").asString()).isEqualTo("de-CH");
	}

	@Test
	void aWrongCustomerLanguageDoesNotOverruleAClearSentence() {
		JsonNode detection = detect(
				"{\"text\": \"Hello, where is my order?\", \"hints\": {\"customerLanguage\": \"de\"}}");

		assertThat(detection.get("language").asString()).isEqualTo("en");
	}

	@Test
	void aLanguageTheDetectorDoesNotKnowIsUndeterminedNotItsNeighbour() {
		JsonNode galician = detect("{\"text\": \"Grazas pola resposta rápida, xa está todo resolto.\"}");

		assertThat(galician.get("language").asString()).isEqualTo("und");
	}

	@Test
	void textWithoutWordsIsUndeterminedNeverEnglish() {
		assertThat(detect("{\"text\": \"12345 !!! 😊\"}").get("language").asString()).isEqualTo("und");
	}

	@Test
	void refusesEmptyAndHugeTextsAndBadHints() {
		assertThat(this.api.post("/api/v1/language/detect", "{\"text\": \"  \"}").status()).isEqualTo(400);
		assertThat(
				this.api.post("/api/v1/language/detect", "{\"text\": " + Api.quote("a".repeat(100_001)) + "}").status())
			.isEqualTo(400);
		Api.Response badHint = this.api.post("/api/v1/language/detect",
				"{\"text\": \"Hallo\", \"hints\": {\"browserLanguages\": [\"de\", \"klingon\"]}}");
		assertThat(badHint.status()).isEqualTo(400);
		assertThat(badHint.json().get("errors").get(0).get("field").asString()).isEqualTo("hints.browserLanguages[1]");
	}

	@Test
	void newTicketTakesTheLanguageTheCustomerWroteIn() {
		this.api.post("/api/v1/markets", """
				{"code":"BR","name":"Brasil","languages":["pt-BR"],"currency":"BRL","timeZone":"America/Sao_Paulo"}
				""");
		this.api.post("/api/v1/markets", """
				{"code":"DE","name":"Deutschland","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin"}
				""");
		String unique = Long.toString(System.nanoTime());

		JsonNode brazilian = this.api.post("/api/v1/tickets", """
				{"subject":"Pedido","customer":{"email":"ana.%s@example.com.br","country":"BR"},
				 "message":{"body":"Olá, meu pedido ainda não chegou. Podem verificar, por favor?"}}
				""".formatted(unique)).json();
		JsonNode expatInGermany = this.api.post("/api/v1/tickets", """
				{"subject":"Order","customer":{"email":"sam.%s@example.de","country":"DE","language":"de"},
				 "message":{"body":"Hello, my order has not arrived yet. Could you please check where it is?"}}
				""".formatted(unique)).json();

		assertThat(brazilian.get("language").asString()).isEqualTo("pt-BR");
		assertThat(expatInGermany.get("language").asString()).isEqualTo("en");
		JsonNode message = this.api.get("/api/v1/tickets/" + expatInGermany.get("id").asString() + "/messages")
			.json()
			.get("items")
			.get(0);
		assertThat(message.get("language").asString()).isEqualTo("en");
		assertThat(message.get("languageConfidence").asDouble()).isGreaterThan(0.9);
	}

	private JsonNode detect(String body) {
		Api.Response response = this.api.post("/api/v1/language/detect", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
