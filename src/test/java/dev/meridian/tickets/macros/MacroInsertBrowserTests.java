package dev.meridian.tickets.macros;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Japanese agent answers a Brazilian customer with a macro: searching in Japanese with
 * the keyboard, they insert the Portuguese variant, with the customer's name and the
 * reply time promised to her in São Paulo's time.
 */
@IntegrationTest
class MacroInsertBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void japaneseAgentInsertsThePortugueseVariantForABrazilianCustomer() {
		Api api = Api.on(this.port);
		MacroFixtures macros = new MacroFixtures(api);
		JsonNode macro = macros.delayMacro();
		String japaneseName = macro.get("variants")
			.valueStream()
			.filter(v -> v.get("language").asString().equals("ja"))
			.findFirst()
			.orElseThrow()
			.get("name")
			.asString();
		String order = "BR-" + Math.floorMod(System.nanoTime(), 1_000_000_000L);
		JsonNode ticket = macros.brazilianTicketWithPromise(order);
		String promisedInSaoPaulo = DateTimeFormatter.ofPattern("HH:mm")
			.format(Instant.parse(ticket.get("promisedReplyAt").asString()).atZone(ZoneId.of("America/Sao_Paulo")));
		Page agent = japaneseAgent();

		agent.navigate(url("/app/tickets/" + ticket.get("number").asString()));
		assertThat(agent.locator("label[for=macro-q]")).containsText("マクロを挿入");
		agent.locator("#macro-q").click();
		agent.keyboard().type(japaneseName);
		assertThat(agent.locator("#macro-results .macro-button")).hasCount(1);
		assertThat(agent.locator("#macro-results .macro-name")).hasAttribute("lang", "pt-BR");
		agent.keyboard().press("ArrowDown");
		agent.keyboard().press("Enter");

		assertThat(agent.locator("#macro-inserted")).containsText("Pedido atrasado");
		String reply = agent.locator("#reply-body").inputValue();
		assertThat(reply).startsWith("Olá, Ana Souza! Seu pedido " + order + " está atrasado.")
			.contains(promisedInSaoPaulo)
			.contains("Brasília")
			.doesNotContain("{{");
		assertThat(agent.locator("form.reply select[name=status]")).hasValue("pending");
		assertThat(api.get("/api/v1/tickets/" + ticket.get("id").asString()).json().get("tags").toString())
			.contains("delay");
		assertThat(api.get("/api/v1/macros/" + macro.get("id").asString()).json().get("usageCount").asLong())
			.isEqualTo(1);
	}

	private Page japaneseAgent() {
		String email = "macros." + Fixtures.unique() + "@meridian.example";
		Api.Response created = Api.on(this.port)
			.post("/api/v1/agents",
					json(Map.of("email", email, "displayName", "佐藤 健", "role", "agent", "timeZone", "Asia/Tokyo",
							"uiLanguage", "ja", "password", Workspace.PASSWORD, "languages",
							List.of(Map.of("language", "ja", "proficiency", "native"),
									Map.of("language", "pt", "proficiency", "b1")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Page page = browser.newPage("ja-JP");
		page.setDefaultTimeout(60_000);
		Browser.signIn(page, url("/app"), email, Workspace.PASSWORD);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/app(\\?continue)?$"));
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
