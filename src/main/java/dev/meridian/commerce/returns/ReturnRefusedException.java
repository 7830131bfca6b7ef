package dev.meridian.commerce.returns;

import java.util.List;

import dev.meridian.DomainException;

/**
 * The return policy does not allow this return. The API answers 422 with the
 * {@link #reason()} and the policy's words for it in the customer's language.
 */
public class ReturnRefusedException extends DomainException {

	private final String reason;

	private final List<Object> arguments;

	/**
	 * @param reason a stable code: {@code outside-window}, {@code unknown-sku},
	 * {@code quantity-exceeds-order}, {@code already-returned}, {@code order-cancelled},
	 * {@code refund-method-not-offered}
	 * @param detail the explanation in English, for logs and API clients
	 * @param arguments the values the customer-facing message
	 * ({@code commerce.returns.refused.<reason>}) is formatted with
	 */
	public ReturnRefusedException(String reason, String detail, Object... arguments) {
		super(Kind.CONFLICT, detail);
		this.reason = reason;
		this.arguments = List.of(arguments);
	}

	public String reason() {
		return this.reason;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

	@Override
	public String type() {
		return "return-refused";
	}

}
