package dev.meridian.commerce.goodwill;

/**
 * What goodwill gives back: money, or credit for a later purchase.
 */
public enum GoodwillKind {

	REFUND, CREDIT

}
