package dev.meridian.commerce.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A return policy and a refusal in a customer's language, from the message bundles
 * ({@code commerce.returns.*}); a language without a bundle reads the default one.
 */
@Component
public class ReturnTexts {

	private final MessageSource messages;

	ReturnTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The policy as sentences a customer reads. */
	public List<String> policy(ReturnTerms terms, boolean deliveryKnown, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(text(deliveryKnown ? "commerce.returns.policy.window" : "commerce.returns.policy.windowFromOrder",
				locale, terms.windowDays()));
		lines.add(text("commerce.returns.policy.shipping." + terms.returnShippingPaidBy(), locale));
		lines.add(terms.restockingFeePercent().signum() == 0 ? text("commerce.returns.policy.noFee", locale)
				: text("commerce.returns.policy.fee", locale,
						terms.restockingFeePercent().stripTrailingZeros().toPlainString()));
		lines.add(text(
				terms.exchangeAllowed() ? "commerce.returns.policy.exchange" : "commerce.returns.policy.noExchange",
				locale));
		lines.add(text("commerce.returns.policy.methods", locale,
				String.join(", ",
						terms.refundMethods()
							.stream()
							.map(method -> text("commerce.returns.method." + method.value(), locale))
							.toList())));
		return lines;
	}

	/** Why a return was refused, in the customer's words. */
	public String refusal(ReturnRefusedException refused, Locale locale) {
		return text("commerce.returns.refused." + refused.reason(), locale, refused.arguments());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
