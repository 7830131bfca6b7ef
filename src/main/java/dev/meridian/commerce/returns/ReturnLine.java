package dev.meridian.commerce.returns;

import java.util.Optional;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An item in a return.
 */
@Embeddable
public class ReturnLine {

	private String sku;

	private int quantity;

	private @Nullable String reason;

	protected ReturnLine() {
	}

	ReturnLine(RequestedLine line) {
		this.sku = line.sku();
		this.quantity = line.quantity();
		this.reason = line.reason();
	}

	public String sku() {
		return this.sku;
	}

	public int quantity() {
		return this.quantity;
	}

	public Optional<String> reason() {
		return Optional.ofNullable(this.reason);
	}

}
