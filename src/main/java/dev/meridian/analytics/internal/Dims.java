package dev.meridian.analytics.internal;

/**
 * The dimensions a rollup row is keyed by: market (country code), language (BCP 47),
 * channel, team id, agent id, and whether the conversation was machine-translated. An
 * empty string is "none" (a ticket without a market or not yet assigned).
 */
record Dims(String market, String language, String channel, String team, String agent, boolean translated) {

	/**
	 * "All", in the projections' keys: market × language ('*' in channel, team, agent and
	 * translated) and market × language × channel ('*' in team, agent and translated).
	 */
	static final String ALL = "*";

	String translatedKey() {
		return this.translated ? "y" : "n";
	}

}
