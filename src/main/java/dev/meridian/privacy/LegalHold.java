package dev.meridian.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a market's law requires to be kept of a customer's orders after they are erased,
 * and for how long: e.g. Germany's and France's ten years for invoice records. Names,
 * addresses and emails are never among it.
 *
 * @param market the market (ISO 3166-1 alpha-2), or {@code null} for the default that
 * applies to markets without a hold of their own
 * @param years how long after an order was placed its held fields are kept (0: none)
 * @param orderFields the fields kept
 */
public record LegalHold(@Nullable String market, int years, Set<HeldField> orderFields) {

	public LegalHold {
		orderFields = orderFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(orderFields));
	}

	/** When the hold on an order placed then ends. */
	public Instant until(Instant placedAt) {
		return placedAt.atZone(ZoneOffset.UTC).plusYears(this.years).toInstant();
	}

	/** Whether an order placed then is still held at {@code now}. */
	public boolean holds(Instant placedAt, Instant now) {
		return this.years > 0 && !this.orderFields.isEmpty() && until(placedAt).isAfter(now);
	}

	/** The fields in a stable order, by their API names. */
	public List<String> fieldKeys() {
		return EnumSet.copyOf(this.orderFields.isEmpty() ? EnumSet.noneOf(HeldField.class) : this.orderFields)
			.stream()
			.map(HeldField::key)
			.toList();
	}

	/**
	 * What an erasure kept under a hold, for its report.
	 *
	 * @param kept what, e.g. {@code commerce.orders}
	 * @param market the market whose hold it was
	 * @param records how many records were kept
	 * @param fields the fields kept on them
	 * @param until when the last of these holds ends
	 */
	public record Kept(String kept, String market, int records, List<String> fields, Instant until) {

		public Kept {
			fields = List.copyOf(fields);
		}

	}

}
