package dev.meridian.tickets.macros;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import tools.jackson.databind.JsonNode;

import static dev.meridian.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the macro tests share: macros through the API and a Brazilian customer's ticket.
 */
final class MacroFixtures {

	private final Api api;

	private final Fixtures fixtures;

	MacroFixtures(Api api) {
		this.api = api;
		this.fixtures = new Fixtures(api);
	}

	/**
	 * An order-delay macro with English as source and Portuguese (Brazil), Japanese and
	 * German translations; status pending, tag {@code delay}.
	 */
	JsonNode delayMacro() {
		String suffix = Fixtures.unique();
		Api.Response created = this.api.post("/api/v1/macros", json(Map.of("name", "Order delayed " + suffix,
				"language", "en", "variantName", "Order delayed " + suffix, "body",
				"Dear {{customer.name}}, your order {{order.number}} is late. We will write again by {{reply.promised}}.",
				"actions", Map.of("status", "pending", "tags", List.of("delay")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		variant(id, "pt-BR", "Pedido atrasado " + suffix,
				"Olá, {{customer.name}}! Seu pedido {{order.number}} está atrasado. Voltamos a falar com você até {{reply.promised}}.");
		variant(id, "ja", "注文の遅延 " + suffix,
				"{{customer.name}}様、ご注文 {{order.number}} のお届けが遅れております。{{reply.promised}} までにご連絡いたします。");
		variant(id, "de", "Bestellung verspätet " + suffix,
				"Guten Tag {{customer.name}}, Ihre Bestellung {{order.number}} verspätet sich.");
		return this.api.get("/api/v1/macros/" + id).json();
	}

	void variant(String macro, String language, String name, String body) {
		Api.Response written = this.api.put("/api/v1/macros/" + macro + "/variants/" + language,
				json(Map.of("name", name, "body", body)));
		assertThat(written.status()).as(written.toString()).isEqualTo(200);
	}

	/**
	 * A ticket of Ana Souza, in Brazil (São Paulo's zone, BRL), about order
	 * {@code order}, once the SLA clocks have promised her a reply.
	 */
	JsonNode brazilianTicketWithPromise(String order) {
		this.fixtures.market("BR", "pt-BR", "BRL", "America/Sao_Paulo");
		if (!this.api.get("/api/v1/sla-policies").json().toString().contains("Brazil macro clocks")) {
			Map<String, Object> policy = new LinkedHashMap<>();
			policy.put("name", "Brazil macro clocks");
			policy.put("markets", List.of("BR"));
			policy.put("firstReplyMinutes", 240);
			Api.Response created = this.api.post("/api/v1/sla-policies", json(policy));
			assertThat(created.status()).as(created.toString()).isIn(201, 409);
		}
		String email = "ana.souza." + Fixtures.unique() + "@example.com.br";
		Api.Response customer = this.api.post("/api/v1/customers",
				json(Map.of("givenName", "Ana", "familyName", "Souza", "emails", List.of(email), "language", "pt-BR",
						"locale", "pt-BR", "timeZone", "America/Sao_Paulo", "market", "BR")));
		assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
		String id = this.fixtures.aTicket()
			.from(email)
			.inMarket("BR")
			.inLanguage("pt-BR")
			.about("Cadê meu pedido?")
			.saying("Olá, meu pedido ainda não chegou. Vocês podem verificar, por favor?")
			.tagged("order:" + order)
			.open()
			.get("id")
			.asString();
		return Eventually.satisfies("the reply promised on " + id, () -> this.api.get("/api/v1/tickets/" + id).json(),
				t -> !t.get("promisedReplyAt").isNull());
	}

}
