package dev.meridian.commerce;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.meridian.support.Api;
import dev.meridian.support.Eventually;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import dev.meridian.support.TestMailbox;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.meridian.commerce.OrderJson.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer returns items from the public help center, through its pages as a browser
 * without JavaScript uses them: the order looked up by number and address, the one-time
 * link read from the mail that really went out (GreenMail), the return page in the
 * customer's language, then the agent's refund through the API and the notes on the
 * order's ticket. Brazil's seeded policy: 7 days from delivery, return shipping paid by
 * the shop.
 */
@IntegrationTest
class HelpCenterReturnIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(
			new ServerSetup[] { ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern
		.compile("http://localhost:\\d+/help/[^/\\s]+/returns/access\\?token=\\S+");

	static boolean mailbox;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void brazilWithItsMailbox() {
		this.api = Api.on(this.port);
		if (mailbox) {
			return;
		}
		new Fixtures(this.api).market("BR", "pt-BR", "BRL", "America/Sao_Paulo");
		String unique = Fixtures.unique();
		String support = "ajuda-" + unique + "@loja.example";
		mail.setUser(support, "ajuda-" + unique, "secret");
		TestMailbox.at(this.api, "Ajuda " + unique, support, "ajuda-" + unique)
			.market("BR")
			.imap(mail.getImap().getPort())
			.smtp(mail.getSmtp().getPort())
			.create();
		mailbox = true;
	}

	@Test
	void aReturnOpenedFromTheHelpCenterIsRefundedInTheOrdersCurrency() {
		OrderJson ordered = anOrder().in("BRL")
			.to("BR")
			.placedAt(Instant.now().minus(Duration.ofDays(5)))
			.with("\"language\": \"pt\", \"deliveredAt\": \"" + Instant.now().minus(Duration.ofDays(2)) + "\"")
			.item("CAMISA", 2, "89.90")
			.item("BONE", 1, "49.90");
		String order = place(ordered);
		String ticket = new Fixtures(this.api).aTicket()
			.from(ordered.email())
			.about("Troca do pedido " + ordered.number())
			.tagged(OrderTag.of(ordered.number()))
			.open()
			.get("id")
			.asString();

		HelpCenterVisitor visitor = new HelpCenterVisitor(this.port);
		HelpCenterVisitor.Page asked = visitor.submit("/help/pt/returns", "/help/pt/returns",
				Map.of("number", ordered.number(), "email", ordered.email().toUpperCase()));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.html()).contains("enviamos um link para esse endereço");

		MimeMessage sent = linkMailTo(ordered.email());
		assertThat(header(sent, "Content-Language")).startsWith("pt");
		String text = text(sent);
		assertThat(text).contains(ordered.number()).contains("Este link abre a página de devolução");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();

		HelpCenterVisitor.Page page = openWithLink(visitor, link.group());
		assertThat(page.status()).as(page.html()).isEqualTo(200);
		assertThat(page.html()).contains("Pedido " + ordered.number())
			.contains("Você pode devolver itens em até 7 dias após a entrega.")
			.contains("Nós pagamos o frete da devolução.")
			.contains("Chegou danificado ou com defeito")
			.contains("CAMISA")
			.doesNotContain("id=\"return-refusal\"");

		HelpCenterVisitor.Page opened = visitor.submit("/help/pt/returns/order", "/help/pt/returns/order",
				Map.of("quantity0", "1", "reason0", "damaged", "quantity1", "0", "reason1", "other"));
		assertThat(opened.status()).as(opened.html()).isEqualTo(200);
		assertThat(opened.html()).contains("id=\"return-opened\"")
			.contains("Sua devolução R-")
			.contains("Nós pagamos o frete")
			.contains("São Paulo")
			.contains("Solicitada – em análise");

		JsonNode returns = this.api.get("/api/v1/commerce/orders/" + order + "/returns").json();
		assertThat(returns).hasSize(1);
		assertThat(returns.get(0).get("items").get(0).get("sku").asString()).isEqualTo("CAMISA");
		assertThat(returns.get(0).get("items").get(0).get("reason").asString()).isEqualTo("damaged");
		String id = returns.get(0).get("id").asString();
		this.api.post("/api/v1/commerce/returns/" + id + "/status", "{\"status\": \"approved\"}");
		Api.Response refund = this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{}");
		assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
		assertThat(refund.json().get("amount").get("amount").asString()).isEqualTo("89.90");
		assertThat(refund.json().get("amount").get("currency").asString()).isEqualTo("BRL");
		assertThat(refund.json().get("orderAmount").get("currency").asString()).isEqualTo("BRL");
		assertThat(refund.json().get("rate").isNull()).isTrue();

		JsonNode notes = Eventually.satisfies("the return and its refund on the ticket's timeline",
				() -> this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items"),
				items -> items.toString().contains("Refund issued"));
		String timeline = notes.toString();
		assertThat(timeline).contains("Return requested for order " + ordered.number() + ": 1 × CAMISA")
			.contains("Arrived damaged or defective")
			.contains("R$89.90")
			.contains("the original payment method");
		for (JsonNode note : notes) {
			if (note.toString().contains("Refund issued")) {
				assertThat(note.get("visibility").asString()).isEqualTo("internal");
			}
		}

		assertThat(visitor.get("/help/pt/returns/order").html()).contains("Reembolsada").contains("R$");
		// The link worked once.
		assertThat(visitor
			.submit(link.group(), link.group().replaceFirst("\\?.*", ""),
					Map.of("token", link.group().replaceFirst(".*token=", "")))
			.html()).contains("Este link já foi usado");
	}

	@Test
	void aReturnOutsideTheWindowIsRefusedWithTheReasonInTheCustomersLanguage() {
		OrderJson ordered = anOrder().in("BRL")
			.to("BR")
			.placedAt(Instant.now().minus(Duration.ofDays(30)))
			.with("\"language\": \"pt\", \"deliveredAt\": \"" + Instant.now().minus(Duration.ofDays(20)) + "\"")
			.item("SAPATO", 1, "199.00");
		String order = place(ordered);
		HelpCenterVisitor visitor = new HelpCenterVisitor(this.port);
		visitor.submit("/help/pt/returns", "/help/pt/returns",
				Map.of("number", ordered.number(), "email", ordered.email()));
		Matcher link = LINK.matcher(text(linkMailTo(ordered.email())));
		assertThat(link.find()).isTrue();

		HelpCenterVisitor.Page page = openWithLink(visitor, link.group());

		assertThat(page.html()).contains("id=\"return-refusal\"")
			.contains("O prazo de devolução de 7 dias terminou em")
			.doesNotContain("id=\"return-form\"");
		// The form is not shown; posted anyway (with the token of another page), it is
		// refused.
		HelpCenterVisitor.Page forced = visitor.submit("/help/pt/returns", "/help/pt/returns/order",
				Map.of("quantity0", "1", "reason0", "other"));
		assertThat(forced.status()).isEqualTo(422);
		assertThat(this.api.get("/api/v1/commerce/orders/" + order + "/returns").json()).isEmpty();
	}

	@Test
	void aWrongAddressGetsTheSameAnswerAndNothingIsSent() {
		OrderJson ordered = anOrder().in("BRL").to("BR").with("\"language\": \"pt\"").item("MEIA", 3, "19.90");
		place(ordered);

		HelpCenterVisitor.Page wrong = new HelpCenterVisitor(this.port).submit("/help/pt/returns", "/help/pt/returns",
				Map.of("number", ordered.number(), "email", "someone.else@example.com"));
		HelpCenterVisitor.Page right = new HelpCenterVisitor(this.port).submit("/help/pt/returns", "/help/pt/returns",
				Map.of("number", ordered.number(), "email", ordered.email()));

		assertThat(wrong.status()).isEqualTo(right.status()).isEqualTo(200);
		assertThat(wrong.stable()).isEqualTo(right.stable());
		linkMailTo(ordered.email());
		assertThat(this.jdbc.sql("select recipient from email_outbox where order_number = ?")
			.param(ordered.number())
			.query(String.class)
			.list()).containsExactly(ordered.email());
	}

	@Test
	void lookUpsAreLimitedPerAddress() {
		HelpCenterVisitor visitor = new HelpCenterVisitor(this.port);
		String email = "prober-" + Fixtures.unique() + "@example.com";
		int last = 0;
		for (int i = 0; i < 6; i++) {
			last = visitor.submit("/help/en/returns", "/help/en/returns", Map.of("number", "X-" + i, "email", email))
				.status();
		}
		assertThat(last).isEqualTo(429);
	}

	private HelpCenterVisitor.Page openWithLink(HelpCenterVisitor visitor, String link) {
		HelpCenterVisitor.Page button = visitor.get(link);
		assertThat(button.html()).contains("id=\"return-access\"");
		return visitor.submit(link, link.replaceFirst("\\?.*", ""), Map.of("token", link.replaceFirst(".*token=", "")));
	}

	private String place(OrderJson order) {
		Api.Response placed = this.api.post("/api/v1/commerce/orders", order.json());
		assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
		return placed.json().get("id").asString();
	}

	private static MimeMessage linkMailTo(String email) {
		return Eventually.present("the return link mailed to " + email,
				() -> Arrays.stream(mail.getReceivedMessages())
					.filter(message -> recipients(message).contains(email))
					.findFirst()
					.orElse(null));
	}

	private static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getAllRecipients());
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	private static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name)[0];
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new AssertionError(ex);
		}
	}

	private static String text(MimeMessage message) {
		try {
			return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
