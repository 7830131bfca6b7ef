package dev.meridian.tickets.reviews;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversation reviews are sampled.
 *
 * @param samplePerAgent conversations proposed per agent and week
 * ({@code MERIDIAN_REVIEWS_SAMPLEPERAGENT})
 */
@ConfigurationProperties("meridian.reviews")
public record ReviewSettings(@DefaultValue("2") int samplePerAgent) {

	public ReviewSettings {
		if (samplePerAgent < 1 || samplePerAgent > 50) {
			throw new IllegalArgumentException(
					"meridian.reviews.sample-per-agent is from 1 to 50, not " + samplePerAgent);
		}
	}

}
