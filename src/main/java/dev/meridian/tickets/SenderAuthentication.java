package dev.meridian.tickets;

import org.jspecify.annotations.Nullable;

/**
 * What the receiving mail server reported about a message's sender (RFC 8601
 * {@code Authentication-Results}): the server that checked ({@code authservId}) and the
 * SPF, DKIM and DMARC results, each as the server wrote it ({@code pass}, {@code fail},
 * {@code softfail}, {@code none}, ...) or null when it did not check.
 */
public record SenderAuthentication(String authservId, @Nullable String spf, @Nullable String dkim,
		@Nullable String dmarc) {

	/** Whether any check failed: a sender that may not be who they say. */
	public boolean failed() {
		return isFailure(this.spf) || isFailure(this.dkim) || isFailure(this.dmarc);
	}

	/** Whether DMARC passed, or without DMARC both SPF and DKIM did. */
	public boolean passed() {
		return "pass".equals(this.dmarc) || (this.dmarc == null && "pass".equals(this.spf) && "pass".equals(this.dkim));
	}

	private static boolean isFailure(@Nullable String result) {
		return "fail".equals(result) || "softfail".equals(result) || "permerror".equals(result);
	}

}
