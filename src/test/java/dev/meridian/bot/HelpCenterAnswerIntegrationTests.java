package dev.meridian.bot;

import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help center's search box takes questions: above the results, the bot's short answer
 * in the reader's language with its source, when the bot is sure of one; nothing but the
 * results when it is not.
 */
@IntegrationTest
class HelpCenterAnswerIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aQuestionInTheSearchBoxGetsTheBotsShortAnswerAboveTheResults() {
		Api api = Api.on(this.port);
		String word = "Quorvex" + Fixtures.unique().replaceAll("[^a-z0-9]", "");
		String title = "Como trocar a bateria do " + word;
		Api.Response created = api.post("/api/v1/knowledge/articles",
				Fixtures.json(Map.of("sourceLocale", "pt-BR", "translations",
						List.of(Map.of("locale", "pt-BR", "title", title, "status", "published", "body",
								"Abra a tampa traseira do " + word + " com uma moeda. Troque a bateria do " + word
										+ " por uma CR2032 nova, com o lado positivo para cima.\n\n" + "A garantia do "
										+ word + " é de dois anos.")))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String question = "Como troco a bateria do " + word + "?";
		Eventually.satisfies("the bot answers from the new article",
				() -> api.post("/api/v1/bot/answer", Fixtures.json(Map.of("text", question, "locale", "pt-BR"))).json(),
				reply -> reply.get("answer") != null && !reply.get("answer").isNull());

		Document page = search(question);
		Element answer = page.selectFirst("main .quick-answer");
		assertThat(answer).as(page.select("main").html()).isNotNull();
		assertThat(answer.selectFirst("h2").text()).isEqualTo("Resposta rápida");
		assertThat(answer.selectFirst(".passage").text()).contains("CR2032");
		assertThat(answer.selectFirst(".passage").attr("lang")).startsWith("pt");
		assertThat(answer.selectFirst(".source a").text()).isEqualTo(title);
		assertThat(answer.selectFirst(".source a").attr("href")).startsWith("/help/pt-BR/articles/");
		assertThat(answer.selectFirst(".machine-translated")).isNull();
		// The results are still there below it.
		assertThat(page.select("main ol.results li a").eachText()).contains(title);

		Document unsure = search("Vocês vendem bicicletas elétricas para crianças " + word + "zz?");
		assertThat(unsure.selectFirst("main .quick-answer")).isNull();
	}

	private Document search(String q) {
		Api.Response response = Api.on(this.port)
			.withToken("")
			.get("/help/pt-BR/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(200);
		return Jsoup.parse(response.text());
	}

}
