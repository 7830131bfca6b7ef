package dev.meridian.knowledge;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.meridian.support.Api;
import dev.meridian.support.Browser;
import dev.meridian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help center and the freshness dashboard in headless Chromium: locale fallback with
 * a note, right-to-left layout, German compound search, and freshness after minor and
 * substantive source edits.
 */
@IntegrationTest
class KnowledgeBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

	private String create(String json) {
		Api.Response response = Api.on(this.port).post("/api/v1/knowledge/articles", json);
		org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	@Test
	void brazilianReaderGetsTheEuropeanPortugueseArticleWithANote() {
		String u = unique();
		create("""
				{"sourceLocale":"en","translations":[
				 {"locale":"en","title":"Paying in your currency %s","body":"We charge in your local currency.","status":"published"},
				 {"locale":"pt-PT","title":"Pagar na sua moeda %s","body":"Cobramos na sua moeda local.","status":"published"}]}
				"""
			.formatted(u, u));
		Page page = browser.newPage("pt-BR");
		page.navigate(url("/help"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/help/pt-BR$"));
		page.locator("main a", new Page.LocatorOptions().setHasText("Pagar na sua moeda " + u)).click();
		assertThat(page.locator("article h1")).hasText("Pagar na sua moeda " + u);
		assertThat(page.locator("article")).hasAttribute("lang", "pt-PT");
		Locator note = page.locator(".fallback-note");
		assertThat(note).isVisible();
		assertThat(note).containsText("português");
		assertThat(page.locator("link[rel=alternate][hreflang=pt-PT]")).hasCount(1);
	}

	@Test
	void arabicPagesReadRightToLeft() {
		String u = unique();
		create("""
				{"sourceLocale":"ar","translations":[
				 {"locale":"ar","title":"تتبع الطلب %s","body":"يمكنك تتبع طلبك برقم التتبع.","status":"published"}]}
				""".formatted(u));
		Page page = browser.newPage("ar");
		page.navigate(url("/help/ar"));
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page.locator("h1")).hasText("كيف يمكننا مساعدتك؟");
		page.locator("main a", new Page.LocatorOptions().setHasText("تتبع الطلب " + u)).click();
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("article h1")).hasText("تتبع الطلب " + u);
		Object direction = page.evaluate("getComputedStyle(document.querySelector('article')).direction");
		assertThat(direction).isEqualTo("rtl");
	}

	@Test
	void germanCompoundQueryFindsItsArticle() {
		String u = unique();
		create("""
				{"sourceLocale":"de","translations":[
				 {"locale":"de","title":"Zoll und Gebühren in der Schweiz %s","body":"Für Sendungen in die Schweiz erhebt der Zoll Gebühren.","status":"published"}]}
				"""
			.formatted(u));
		Page page = browser.newPage("de-DE");
		page.navigate(url("/help/de"));
		page.fill("#help-q", "Zollgebühren");
		page.locator("form.search button").click();
		assertThat(page.locator("ol.results")).containsText("Zoll und Gebühren in der Schweiz " + u);
	}

	@Test
	void freshnessDashboardShowsAnOutdatedTranslationAfterASubstantiveEditOnly() {
		Api api = Api.on(this.port);
		String u = unique();
		String email = "editor." + u + "@meridian.example";
		org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/agents", """
				{"email":"%s","displayName":"Editor %s","role":"agent","timeZone":"Europe/Lisbon","uiLanguage":"en",
				 "password":"correct horse battery","languages":[{"language":"en","proficiency":"native"}]}
				""".formatted(email, u)).status()).isEqualTo(201);
		String id = create(
				"""
						{"sourceLocale":"en","translations":[
						 {"locale":"en","title":"Returns from abroad %s","body":"Send it back within 30 days.","status":"published"},
						 {"locale":"de","title":"Rücksendung aus dem Ausland %s","body":"Innerhalb von 30 Tagen zurücksenden.","status":"published"}]}
						"""
					.formatted(u, u));
		api.put("/api/v1/knowledge/articles/" + id + "/translations/en",
				"""
						{"title":"Returns from abroad %s","body":"Send it back within 30 days!","status":"published","edit":"minor"}
						"""
					.formatted(u));

		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app/knowledge/freshness"), email, "correct horse battery");
		page.navigate(url("/app/knowledge/freshness"));
		Locator german = page.locator("section.freshness[data-locale=de]");
		assertThat(german).isVisible();
		assertThat(german.locator("ul.outdated li", new Locator.LocatorOptions().setHasText(u))).hasCount(0);

		api.put("/api/v1/knowledge/articles/" + id + "/translations/en",
				"""
						{"title":"Returns from abroad %s","body":"Send it back within 14 days.","status":"published","edit":"substantive"}
						"""
					.formatted(u));
		page.reload();
		assertThat(german.locator("ul.outdated")).containsText("Rücksendung aus dem Ausland " + u);
		german.locator("ul.outdated a", new Locator.LocatorOptions().setHasText(u)).click();
		assertThat(page.locator(".diff")).containsText("14 days");
	}

	@Test
	void readerVotesAndWritesToSupportWithoutSigningIn() {
		String u = unique();
		create("""
				{"sourceLocale":"fr","translations":[
				 {"locale":"fr","title":"Retour depuis l’étranger %s","body":"Vous avez 30 jours.","status":"published"}]}
				"""
			.formatted(u));
		Page page = browser.newPage("fr-FR");
		page.navigate(url("/help/fr"));
		page.locator("main a", new Page.LocatorOptions().setHasText(u)).click();
		page.locator(".vote button[value=true]").click();
		assertThat(page.locator(".vote .notice")).hasText("Merci pour votre avis !");

		page.locator("footer a[href$='/contact']").click();
		page.fill("#c-email", "claire." + u + "@example.fr");
		page.fill("#c-subject", "Colis " + u);
		page.fill("#c-message", "Bonjour, mon colis n’est pas arrivé. Pouvez-vous vérifier ?");
		page.locator("form.contact button[type=submit]").click();
		assertThat(page.locator(".notice")).containsText("Merci");
		// The unique token alone ("colis" is in other tests' tickets too), and the first
		// result: search ranks, and Japanese analysis splits a code like "1y393" into
		// "1", "y", "393", which other tickets' codes share at a far lower score.
		JsonNode results = Api.on(this.port).get("/api/v1/search/tickets?q=" + u).json().get("results");
		org.assertj.core.api.Assertions.assertThat(results.size()).as(results.toString()).isPositive();
		org.assertj.core.api.Assertions.assertThat(results.get(0).get("subject").asString())
			.as(results.toString())
			.isEqualTo("Colis " + u);
		String ticketId = results.get(0).get("ticketId").asString();
		JsonNode ticket = Api.on(this.port).get("/api/v1/tickets/" + ticketId).json();
		org.assertj.core.api.Assertions.assertThat(ticket.get("subject").asString()).isEqualTo("Colis " + u);
		org.assertj.core.api.Assertions.assertThat(ticket.get("language").asString()).isEqualTo("fr");
	}

	@Test
	void ticketScreenSuggestsArticlesInTheCustomersLanguage() {
		Api api = Api.on(this.port);
		String u = unique();
		create("""
				{"sourceLocale":"es","translations":[
				 {"locale":"es","title":"Seguimiento del pedido %s","body":"Te enviamos el número de seguimiento del paquete por correo.","status":"published"}]}
				"""
			.formatted(u));
		String email = "agent." + u + "@meridian.example";
		api.post("/api/v1/agents", """
				{"email":"%s","displayName":"Agent %s","role":"agent","timeZone":"Europe/Madrid","uiLanguage":"en",
				 "password":"correct horse battery","languages":[{"language":"es","proficiency":"native"}]}
				""".formatted(email, u));
		JsonNode ticket = api
			.post("/api/v1/tickets",
					"""
							{"subject":"Seguimiento %s de mi paquete","customer":{"email":"lucia.%s@example.es","name":"Lucía Gómez","language":"es"},
							 "message":{"body":"Hola, ¿dónde está mi paquete?","language":"es"}}
							"""
						.formatted(u, u))
			.json();
		Page page = browser.newPage("en-US");
		Browser.signIn(page, url("/app/tickets/" + ticket.get("number").asString()), email, "correct horse battery");
		page.navigate(url("/app/tickets/" + ticket.get("number").asString()));
		Locator suggestions = page.locator(".suggestions");
		// Loaded by htmx after the page: allow for a busy machine.
		assertThat(suggestions).containsText("Seguimiento del pedido " + u,
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		suggestions.locator("li", new Locator.LocatorOptions().setHasText(u)).locator(".insert-link").click();
		assertThat(page.locator("#reply-body")).hasValue(java.util.regex.Pattern.compile(".*/help/es/articles/.*"));
	}

}
