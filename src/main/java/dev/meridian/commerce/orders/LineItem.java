package dev.meridian.commerce.orders;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * One line of a stored order; its prices are in the order's currency.
 */
@Embeddable
public class LineItem {

	private String sku;

	private String title;

	private int quantity;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	private @Nullable String hsCode;

	private @Nullable String originCountry;

	private @Nullable Integer weightGrams;

	protected LineItem() {
	}

	LineItem(LineDraft draft) {
		this.sku = draft.sku();
		this.title = draft.title();
		this.quantity = draft.quantity();
		this.unitPrice = draft.unitPrice();
		this.hsCode = draft.hsCode() == null ? null : draft.hsCode().value();
		this.originCountry = draft.originCountry() == null ? null : draft.originCountry().value();
		this.weightGrams = draft.weightGrams();
	}

	public String sku() {
		return this.sku;
	}

	public String title() {
		return this.title;
	}

	public int quantity() {
		return this.quantity;
	}

	public BigDecimal unitPrice() {
		return this.unitPrice;
	}

	public Optional<String> hsCode() {
		return Optional.ofNullable(this.hsCode);
	}

	public Optional<String> originCountry() {
		return Optional.ofNullable(this.originCountry);
	}

	public Optional<Integer> weightGrams() {
		return Optional.ofNullable(this.weightGrams);
	}

}
