package dev.meridian.channels.email.parsing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a bounce says: who could not be reached, why, and which mail it was.
 *
 * @param recipients the failed recipients
 * @param originalMessageId the Message-ID of the mail that bounced, if it could be found
 * @param permanent whether the failure is permanent (5.x.x) rather than a delay
 */
public record DeliveryReport(List<FailedRecipient> recipients, @Nullable String originalMessageId, boolean permanent) {

	public DeliveryReport {
		recipients = List.copyOf(recipients);
	}

	/**
	 * One recipient the mail did not reach.
	 *
	 * @param address the address
	 * @param status the enhanced status code (e.g. 5.1.1), if given
	 * @param diagnostic the receiving server's words
	 */
	public record FailedRecipient(String address, @Nullable String status, @Nullable String diagnostic) {
	}

}
