package dev.meridian.channels.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How inbound mail is read.
 *
 * @param budget the longest one mail may take to read
 * ({@code MERIDIAN_EMAIL_PARSING_BUDGET}); a mail that takes longer goes to the
 * quarantine with the reason {@code parse-budget-exceeded} instead of holding an intake
 * thread
 * @param threads how many mails are read at once (0: one per processor, at least two)
 */
@ConfigurationProperties("meridian.email.parsing")
public record MailParsingSettings(@DefaultValue("2s") Duration budget, @DefaultValue("0") int threads) {

	/** The threads to read with. */
	public int effectiveThreads() {
		return this.threads > 0 ? this.threads : Math.max(2, Runtime.getRuntime().availableProcessors());
	}

}
