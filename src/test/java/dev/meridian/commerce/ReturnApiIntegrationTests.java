package dev.meridian.commerce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.meridian.support.Api;
import dev.meridian.support.EventProbe;
import dev.meridian.support.Fixtures;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.meridian.commerce.OrderJson.anOrder;
import static dev.meridian.support.ApiAssertions.assertFieldError;
import static dev.meridian.support.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returns and refunds through the real HTTP API, held to the seeded return policies: US
 * 30 days with a 10 % restocking fee, DE 30 days without a fee, JP 14 days.
 */
@IntegrationTest
class ReturnApiIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = Api.on(this.port);
		this.api.post("/api/v1/markets",
				"""
						{"code":"DE","name":"Germany","languages":["de"],"currency":"EUR","timeZone":"Europe/Berlin","launchStatus":"live"}
						""");
	}

	@Test
	void opensAReturnAndRefundsItOnceInTheOrdersCurrencyLessTheRestockingFee() {
		String order = place(anOrder().in("USD")
			.to("US")
			.placedAt(Instant.now().minus(Duration.ofDays(5)))
			.item("MUG", 3, "33.33")
			.item("LID", 1, "5.00"));

		Api.Response opened = this.api.post("/api/v1/commerce/orders/" + order + "/returns", """
				{"items": [{"sku": "MUG", "quantity": 1, "reason": "arrived broken"}]}
				""");
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		assertThat(opened.json().get("status").asString()).isEqualTo("requested");
		String id = opened.json().get("id").asString();
		assertThat(opened.header("Location")).isEqualTo("/api/v1/commerce/returns/" + id);

		assertProblem(this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{}"), 409);
		for (String status : new String[] { "approved", "in_transit", "received" }) {
			Api.Response moved = this.api.post("/api/v1/commerce/returns/" + id + "/status",
					"{\"status\": \"" + status + "\"}");
			assertThat(moved.json().get("status").asString()).as(moved.toString()).isEqualTo(status);
		}

		Api.Response refund = this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{}");
		assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
		// 33.33 less 10 % (3.33): 30.00 USD, to the card it was paid with.
		assertThat(refund.json().get("amount").get("amount").asString()).isEqualTo("30.00");
		assertThat(refund.json().get("amount").get("currency").asString()).isEqualTo("USD");
		assertThat(refund.json().get("method").asString()).isEqualTo("original_payment");

		Api.Response again = this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{}");
		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json().get("amount").get("amount").asString()).isEqualTo("30.00");
		assertThat(again.json().get("refundedAt").asString()).isEqualTo(refund.json().get("refundedAt").asString());

		ReturnId returnId = new ReturnId(java.util.UUID.fromString(id));
		assertThat(EventProbe.commerceEvent(returnId)).isInstanceOfSatisfying(ReturnRequested.class,
				event -> assertThat(event.skus()).containsExactly("MUG"));
		assertThat(EventProbe.commerceEvent("refund " + returnId)).isInstanceOfSatisfying(RefundIssued.class,
				event -> assertThat(event.amount()).isEqualTo(new AmountJson("30.00", "USD")));
		assertThat(EventProbe.commerceEvent(new OrderId(java.util.UUID.fromString(order))))
			.isInstanceOf(OrderPlaced.class);

		JsonNode stored = this.api.get("/api/v1/commerce/returns/" + id).json();
		assertThat(stored.get("status").asString()).isEqualTo("refunded");
		assertThat(stored.get("items").get(0).get("reason").asString()).isEqualTo("arrived broken");
		assertThat(this.api.get("/api/v1/commerce/orders/" + order + "/returns").json()).hasSize(1);
		assertProblem(this.api.post("/api/v1/commerce/returns/" + id + "/status", "{\"status\": \"approved\"}"), 409);
	}

	@Test
	void refundingEveryItemRefundsTheOrder() {
		String order = place(anOrder().in("EUR").item("BOOK", 1, "19.99"));
		String id = this.api.post("/api/v1/commerce/orders/" + order + "/returns", """
				{"items": [{"sku": "BOOK", "quantity": 1}]}""").json().get("id").asString();
		this.api.post("/api/v1/commerce/returns/" + id + "/status", "{\"status\": \"approved\"}");

		Api.Response refund = this.api.post("/api/v1/commerce/returns/" + id + "/refund",
				"{\"method\": \"store_credit\"}");

		assertThat(refund.json().get("amount").get("amount").asString()).as(refund.toString()).isEqualTo("19.99");
		assertThat(refund.json().get("method").asString()).isEqualTo("store_credit");
		assertThat(this.api.get("/api/v1/commerce/orders/" + order).json().get("status").asString())
			.isEqualTo("refunded");
	}

	@Test
	void aReturnOutsideTheWindowIsRefusedWithThePolicysReasonInTheCustomersLanguage() {
		String order = place(anOrder().in("EUR")
			.to("DE")
			.placedAt(Instant.now().minus(Duration.ofDays(45)))
			.item("HAT", 1, "24.90"));

		Api.Response refused = this.api.post("/api/v1/commerce/orders/" + order + "/returns", """
				{"items": [{"sku": "HAT", "quantity": 1, "reason": "zu klein"}]}
				""");

		JsonNode problem = assertProblem(refused, 422);
		assertThat(problem.get("reason").asString()).isEqualTo("outside-window");
		assertThat(problem.get("detail").asString()).contains("30 days");
		assertThat(problem.get("language").asString()).isEqualTo("de");
		assertThat(problem.get("customerMessage").asString()).startsWith("Die Rückgabefrist von 30 Tagen");
		assertThat(this.api.get("/api/v1/commerce/orders/" + order + "/returns").json()).isEmpty();
	}

	@Test
	void refusesUnknownSkusMoreThanOrderedAndWhatIsAlreadyReturned() {
		String order = place(anOrder().in("USD").to("US").item("SOCK", 2, "4.00"));
		String returns = "/api/v1/commerce/orders/" + order + "/returns";

		assertThat(assertProblem(this.api.post(returns, "{\"items\": [{\"sku\": \"SHOE\", \"quantity\": 1}]}"), 422)
			.get("reason")
			.asString()).isEqualTo("unknown-sku");
		assertThat(assertProblem(this.api.post(returns, "{\"items\": [{\"sku\": \"SOCK\", \"quantity\": 3}]}"), 422)
			.get("reason")
			.asString()).isEqualTo("quantity-exceeds-order");
		assertThat(this.api.post(returns, "{\"items\": [{\"sku\": \"SOCK\", \"quantity\": 2}]}").status())
			.isEqualTo(201);
		JsonNode again = assertProblem(this.api.post(returns, "{\"items\": [{\"sku\": \"SOCK\", \"quantity\": 1}]}"),
				422);
		assertThat(again.get("reason").asString()).isEqualTo("already-returned");
		assertThat(again.get("customerMessage").asString()).contains("SOCK");
		assertFieldError(this.api.post(returns, "{\"items\": [{\"sku\": \"SOCK\", \"quantity\": 0}]}"),
				"items[0].quantity");
	}

	@Test
	void aRejectedReturnGivesItsItemsBackAndACancelledOrderHasNothingToReturn() {
		String order = place(anOrder().in("USD").to("US").item("CAP", 1, "15.00"));
		String returns = "/api/v1/commerce/orders/" + order + "/returns";
		String first = this.api.post(returns, "{\"items\": [{\"sku\": \"CAP\", \"quantity\": 1}]}")
			.json()
			.get("id")
			.asString();
		this.api.post("/api/v1/commerce/returns/" + first + "/status", "{\"status\": \"rejected\"}");
		assertThat(this.api.post(returns, "{\"items\": [{\"sku\": \"CAP\", \"quantity\": 1}]}").status())
			.isEqualTo(201);

		OrderJson cancelledOrder = anOrder().in("USD")
			.to("US")
			.item("CAP", 1, "15.00")
			.with("\"status\": \"cancelled\"");
		String cancelled = place(cancelledOrder);
		assertThat(assertProblem(this.api.post("/api/v1/commerce/orders/" + cancelled + "/returns",
				"{\"items\": [{\"sku\": \"CAP\", \"quantity\": 1}]}"), 422)
			.get("reason")
			.asString()).isEqualTo("order-cancelled");
	}

	@Test
	void showsTheReturnPolicyInTheCustomersLanguage() {
		Instant placed = Instant.now().minus(Duration.ofDays(2));
		String order = place(anOrder().in("EUR").to("DE").placedAt(placed).item("HAT", 1, "24.90"));

		JsonNode policy = this.api.get("/api/v1/commerce/orders/" + order + "/return-policy").json();

		assertThat(policy.get("market").asString()).isEqualTo("DE");
		assertThat(policy.get("windowDays").asInt()).isEqualTo(30);
		assertThat(policy.get("windowFromDelivery").asBoolean()).isFalse();
		assertThat(policy.get("returnShippingPaidBy").asString()).isEqualTo("merchant");
		assertThat(policy.get("language").asString()).isEqualTo("de");
		assertThat(policy.get("text").get(0).asString()).startsWith("Sie können Artikel innerhalb von 30 Tagen");
		assertThat(policy.get("text").get(1).asString()).isEqualTo("Die Kosten für die Rücksendung übernehmen wir.");
		JsonNode english = this.api.get("/api/v1/commerce/orders/" + order + "/return-policy?language=en").json();
		assertThat(english.get("text").get(1).asString()).isEqualTo("We pay for the return shipping.");
	}

	@Test
	void aRefundInAnotherCurrencyIsConvertedAndStatesTheRateAndItsDay() {
		OrderJson ordered = anOrder().in("BRL").to("BR").item("REDE", 1, "100.00");
		String order = place(ordered);
		String ticket = new Fixtures(this.api).aTicket()
			.from(ordered.email())
			.tagged(OrderTag.of(ordered.number()))
			.open()
			.get("id")
			.asString();
		String id = this.api.post("/api/v1/commerce/orders/" + order + "/returns", """
				{"items": [{"sku": "REDE", "quantity": 1}]}""").json().get("id").asString();
		this.api.post("/api/v1/commerce/returns/" + id + "/status", "{\"status\": \"approved\"}");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Api.Response rate = this.api.post("/api/v1/commerce/exchange-rates",
				"{\"base\": \"EUR\", \"date\": \"" + today + "\", \"rates\": {\"BRL\": \"6.25\"}}");
		assertThat(rate.status()).as(rate.toString()).isEqualTo(201);

		Api.Response refund = this.api.post("/api/v1/commerce/returns/" + id + "/refund",
				"{\"method\": \"bank_transfer\", \"currency\": \"EUR\"}");

		assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
		// 100.00 BRL at 0.16 EUR per BRL (1 / 6.25)
		assertThat(refund.json().get("amount").get("amount").asString()).isEqualTo("16.00");
		assertThat(refund.json().get("amount").get("currency").asString()).isEqualTo("EUR");
		assertThat(refund.json().get("method").asString()).isEqualTo("bank_transfer");
		assertThat(refund.json().get("orderAmount").get("amount").asString()).isEqualTo("100.00");
		assertThat(refund.json().get("orderAmount").get("currency").asString()).isEqualTo("BRL");
		assertThat(new java.math.BigDecimal(refund.json().get("rate").asString())).isEqualByComparingTo("0.16");
		assertThat(refund.json().get("rateDate").asString()).isEqualTo(today.toString());
		Api.Response again = this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{}");
		assertThat(again.json().get("rateDate").asString()).isEqualTo(today.toString());

		String note = dev.meridian.support.Eventually.satisfies("the refund on the ticket's timeline",
				() -> this.api.get("/api/v1/tickets/" + ticket + "/messages").json().get("items").toString(),
				items -> items.contains("Refund issued"));
		assertThat(note).contains("€16.00")
			.contains("R$100.00")
			.contains("converted at 0.16")
			.contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
				.withLocale(java.util.Locale.ENGLISH)
				.format(today));
	}

	@Test
	void aRefundInACurrencyWithoutARateIsRefusedAndNothingIsRefunded() {
		String order = place(anOrder().in("BRL").to("BR").item("REDE", 1, "100.00"));
		String id = this.api.post("/api/v1/commerce/orders/" + order + "/returns", """
				{"items": [{"sku": "REDE", "quantity": 1}]}""").json().get("id").asString();
		this.api.post("/api/v1/commerce/returns/" + id + "/status", "{\"status\": \"approved\"}");

		JsonNode problem = assertProblem(
				this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{\"currency\": \"MNT\"}"), 422);

		assertThat(problem.get("type").asString()).endsWith("no-exchange-rate");
		assertThat(problem.get("detail").asString()).contains("BRL").contains("MNT");
		assertThat(this.api.get("/api/v1/commerce/returns/" + id).json().get("status").asString())
			.isEqualTo("approved");
		assertFieldError(this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{\"currency\": \"EURO\"}"),
				"currency");
	}

	@Test
	void adminsChangeAMarketsPolicy() {
		Api.Response changed = this.api.put("/api/v1/commerce/return-policies/NZ", """
				{"windowDays": 21, "returnShippingPaidBy": "customer", "restockingFeePercent": "7.5",
				 "exchangeAllowed": false, "refundMethods": ["store_credit"]}
				""");
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		String order = place(anOrder().in("NZD").to("NZ").item("KIWI", 2, "10.00"));
		String id = this.api.post("/api/v1/commerce/orders/" + order + "/returns", """
				{"items": [{"sku": "KIWI", "quantity": 2}]}""").json().get("id").asString();
		this.api.post("/api/v1/commerce/returns/" + id + "/status", "{\"status\": \"approved\"}");

		assertThat(assertProblem(
				this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{\"method\": \"bank_transfer\"}"), 422)
			.get("reason")
			.asString()).isEqualTo("refund-method-not-offered");
		Api.Response refund = this.api.post("/api/v1/commerce/returns/" + id + "/refund", "{}");
		// 20.00 less 7.5 % (1.50), to store credit, the only method offered.
		assertThat(refund.json().get("amount").get("amount").asString()).as(refund.toString()).isEqualTo("18.50");
		assertThat(refund.json().get("method").asString()).isEqualTo("store_credit");
		assertFieldError(
				this.api.put("/api/v1/commerce/return-policies/NZ",
						"""
								{"windowDays": 21, "returnShippingPaidBy": "nobody", "restockingFeePercent": "0", "refundMethods": ["store_credit"]}
								"""),
				"returnShippingPaidBy");
	}

	private String place(OrderJson order) {
		Api.Response created = this.api.post("/api/v1/commerce/orders", order.json());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
