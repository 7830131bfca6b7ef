package dev.meridian.commerce.goodwill;

import javax.money.MonetaryAmount;

import dev.meridian.commerce.Conversion;
import org.jspecify.annotations.Nullable;

/**
 * Whether an amount lies within an authority, and what was compared with what.
 *
 * @param withinAuthority whether it may be granted without approval
 * @param compared the amount asked for, in the limit's currency (converted if needed)
 * @param limit the limit it was compared with; none when the asker has no limit at all
 * @param conversion the conversion into the limit's currency, when one was needed
 */
public record GoodwillDecision(boolean withinAuthority, MonetaryAmount compared, @Nullable MonetaryAmount limit,
		@Nullable Conversion conversion) {
}
