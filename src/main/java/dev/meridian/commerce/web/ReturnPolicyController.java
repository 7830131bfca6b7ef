package dev.meridian.commerce.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.commerce.returns.RefundMethod;
import dev.meridian.commerce.returns.ReturnManagement;
import dev.meridian.commerce.returns.ReturnTerms;
import dev.meridian.markets.CountryCode;
import dev.meridian.web.ListFields;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The return policy of each market ({@code *}: the default). Reading needs
 * {@code commerce:read}; changing is for admins.
 */
@RestController
@RequestMapping("/api/v1/commerce/return-policies")
@Tag(name = "Commerce")
class ReturnPolicyController {

	private final ReturnManagement returns;

	ReturnPolicyController(ReturnManagement returns) {
		this.returns = returns;
	}

	record PolicyJson(String market, int windowDays, String returnShippingPaidBy, String restockingFeePercent,
			boolean exchangeAllowed, List<String> refundMethods) {

		static PolicyJson of(ReturnTerms terms) {
			return new PolicyJson(terms.market(), terms.windowDays(), terms.returnShippingPaidBy(),
					terms.restockingFeePercent().stripTrailingZeros().toPlainString(), terms.exchangeAllowed(),
					terms.refundMethods().stream().map(RefundMethod::value).toList());
		}

	}

	record PolicyRequest(@Nullable Integer windowDays, @Nullable String returnShippingPaidBy,
			@Nullable String restockingFeePercent, @Nullable Boolean exchangeAllowed,
			@Nullable List<String> refundMethods) {
	}

	@GetMapping
	List<PolicyJson> list() {
		return this.returns.policies().stream().map(PolicyJson::of).toList();
	}

	@GetMapping("/{market}")
	PolicyJson get(@PathVariable String market) {
		String key = market(market);
		return this.returns.policies()
			.stream()
			.filter(terms -> terms.market().equals(key))
			.findFirst()
			.map(PolicyJson::of)
			.orElseThrow(() -> new NotFoundException("Return policy for", key));
	}

	@PutMapping("/{market}")
	PolicyJson put(@PathVariable String market, @RequestBody PolicyRequest request) {
		if (request.windowDays() == null || request.windowDays() < 0 || request.windowDays() > 3650) {
			throw new InvalidValueException("windowDays", "Between 0 and 3650 days");
		}
		String payer = request.returnShippingPaidBy() == null ? ""
				: request.returnShippingPaidBy().strip().toLowerCase(Locale.ROOT);
		if (!payer.equals("customer") && !payer.equals("merchant")) {
			throw new InvalidValueException("returnShippingPaidBy", "Either customer or merchant");
		}
		BigDecimal fee;
		try {
			fee = new BigDecimal(request.restockingFeePercent() == null ? "0" : request.restockingFeePercent().strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException("restockingFeePercent", "A decimal percentage such as 10 or 7.5");
		}
		if (fee.signum() < 0 || fee.compareTo(BigDecimal.valueOf(100)) > 0 || fee.stripTrailingZeros().scale() > 2) {
			throw new InvalidValueException("restockingFeePercent", "From 0 to 100, at most two decimals");
		}
		List<RefundMethod> methods = ListFields.parse("refundMethods", request.refundMethods(), RefundMethod::parse);
		if (methods.isEmpty()) {
			throw new InvalidValueException("refundMethods", "At least one refund method");
		}
		return PolicyJson.of(this.returns.savePolicy(new ReturnTerms(market(market), request.windowDays(), payer, fee,
				Boolean.TRUE.equals(request.exchangeAllowed()), methods.stream().distinct().toList())));
	}

	private static String market(String market) {
		return "*".equals(market) ? "*" : CountryCode.parse("market", market).value();
	}

}
