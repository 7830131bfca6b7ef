package dev.meridian.markets;

/**
 * How far a business has gone into a market.
 */
public enum LaunchStatus {

	PLANNED, SOFT_LAUNCH, LIVE

}
