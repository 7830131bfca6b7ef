package dev.meridian.commerce.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.meridian.commerce.NoExchangeRateException;
import dev.meridian.commerce.OrderId;
import dev.meridian.commerce.ReturnId;
import dev.meridian.commerce.orders.Order;
import dev.meridian.commerce.orders.OrderManagement;
import dev.meridian.commerce.returns.OrderReturn;
import dev.meridian.commerce.returns.RefundMethod;
import dev.meridian.commerce.returns.ReturnCheck;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.returns.ReturnRefusedException;
import dev.meridian.commerce.returns.ReturnStatus;
import dev.meridian.commerce.returns.ReturnTerms;
import dev.meridian.commerce.returns.ReturnTexts;
import dev.meridian.customers.Customer;
import dev.meridian.customers.CustomerManagement;
import dev.meridian.markets.CurrencyCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns (RMA) and refunds. A return the policy refuses is a 422 whose {@code reason} is
 * a stable code and whose {@code customerMessage} is the policy's words in the customer's
 * language.
 */
@RestController
@Tag(name = "Commerce")
class ReturnController {

	private final ReturnManagement returns;

	private final OrderManagement orders;

	private final CustomerManagement customers;

	private final ReturnTexts texts;

	ReturnController(ReturnManagement returns, OrderManagement orders, CustomerManagement customers,
			ReturnTexts texts) {
		this.returns = returns;
		this.orders = orders;
		this.customers = customers;
		this.texts = texts;
	}

	@PostMapping("/api/v1/commerce/orders/{id}/returns")
	ResponseEntity<?> open(@PathVariable UUID id, @RequestBody ReturnRequest request) {
		OrderId order = new OrderId(id);
		return refusedAsProblem(order, () -> {
			OrderReturn opened = this.returns.request(order, request.lines());
			return ResponseEntity.created(URI.create("/api/v1/commerce/returns/" + opened.id()))
				.body(ReturnResponse.of(opened, this.orders.get(order).language()));
		});
	}

	@GetMapping("/api/v1/commerce/orders/{id}/returns")
	List<ReturnResponse> ofOrder(@PathVariable UUID id) {
		String language = this.orders.get(new OrderId(id)).language();
		return this.returns.ofOrder(new OrderId(id)).stream().map(found -> ReturnResponse.of(found, language)).toList();
	}

	@GetMapping("/api/v1/commerce/returns/{id}")
	ReturnResponse get(@PathVariable UUID id) {
		return response(this.returns.get(new ReturnId(id)));
	}

	record StatusRequest(@Nullable String status) {
	}

	@PostMapping("/api/v1/commerce/returns/{id}/status")
	ReturnResponse move(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return response(this.returns.move(new ReturnId(id), ReturnStatus.parse("status", request.status())));
	}

	/**
	 * @param currency ISO 4217; when it differs from the order's, the refund is converted
	 * at the latest stored rate on or before today
	 */
	record RefundRequest(@Nullable String method, @Nullable String currency) {
	}

	/**
	 * Refunds once: {@code 201} when this call issued the refund, {@code 200} with the
	 * same refund when it was issued before.
	 */
	@PostMapping("/api/v1/commerce/returns/{id}/refund")
	ResponseEntity<?> refund(@PathVariable UUID id, @RequestBody(required = false) @Nullable RefundRequest request) {
		RefundMethod method = request == null || request.method() == null ? null
				: RefundMethod.parse("method", request.method());
		String currency = request == null || request.currency() == null ? null
				: CurrencyCode.parse("currency", request.currency()).value();
		OrderReturn found = this.returns.get(new ReturnId(id));
		return refusedAsProblem(found.order(), () -> {
			ReturnManagement.Refunded refunded;
			try {
				refunded = this.returns.refund(new ReturnId(id), method, currency);
			}
			catch (NoExchangeRateException missing) {
				// The return and the request are fine; the rate is what is missing, so
				// not
				// a 404 of the return.
				ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, missing.type(),
						"No exchange rate", missing.getMessage());
				problem.setProperty("field", "currency");
				return ResponseEntity.unprocessableContent()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
			}
			return ResponseEntity.status(refunded.issued() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(ReturnResponse.RefundResponse.of(refunded.orderReturn()));
		});
	}

	/** The policy a return of this order is held to, in the customer's language. */
	record PolicyResponse(String market, int windowDays, Instant windowEndsAt, boolean windowFromDelivery,
			String returnShippingPaidBy, String restockingFeePercent, boolean exchangeAllowed,
			List<String> refundMethods, String language, List<String> text) {
	}

	@GetMapping("/api/v1/commerce/orders/{id}/return-policy")
	PolicyResponse policy(@PathVariable UUID id, @RequestParam(required = false) @Nullable String language) {
		OrderId order = new OrderId(id);
		ReturnCheck check = this.returns.checkFor(order);
		LanguageTag tag = language == null ? customerLanguage(this.orders.get(order))
				: LanguageTag.parse("language", language);
		ReturnTerms terms = check.terms();
		return new PolicyResponse(terms.market(), terms.windowDays(), check.deadline(), check.deliveredAt().isPresent(),
				terms.returnShippingPaidBy(), terms.restockingFeePercent().stripTrailingZeros().toPlainString(),
				terms.exchangeAllowed(), terms.refundMethods().stream().map(RefundMethod::value).toList(), tag.value(),
				this.texts.policy(terms, check.deliveredAt().isPresent(), locale(tag)));
	}

	private ResponseEntity<?> refusedAsProblem(OrderId order, Supplier<ResponseEntity<?>> action) {
		try {
			return action.get();
		}
		catch (ReturnRefusedException refused) {
			LanguageTag language = customerLanguage(this.orders.get(order));
			ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, refused.type(), "Return not possible",
					refused.getMessage());
			problem.setProperty("reason", refused.reason());
			problem.setProperty("customerMessage", this.texts.refusal(refused, locale(language)));
			problem.setProperty("language", language.value());
			return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
	}

	private ReturnResponse response(OrderReturn found) {
		return ReturnResponse.of(found, this.orders.get(found.order()).language());
	}

	/** The customer's language, else the order's. */
	private LanguageTag customerLanguage(Order order) {
		LanguageTag preferred = this.customers.find(order.customer())
			.map(Customer::preferredLanguage)
			.orElse(LanguageTag.UNDETERMINED);
		return preferred.isUndetermined() ? LanguageTag.read(order.language()) : preferred;
	}

	private static Locale locale(LanguageTag tag) {
		return tag.isUndetermined() ? Locale.ROOT : tag.locale();
	}

}
