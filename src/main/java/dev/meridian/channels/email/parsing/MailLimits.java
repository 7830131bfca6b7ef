package dev.meridian.channels.email.parsing;

/**
 * How much of a mail is read: bounds that keep one hostile message from using up memory
 * or time.
 *
 * @param maxAttachmentSize the largest attachment kept, in bytes (larger ones are listed
 * as skipped; the original keeps them)
 * @param maxParts the most MIME parts read
 * @param maxDepth the deepest nesting of multiparts and attached mails read
 */
public record MailLimits(long maxAttachmentSize, int maxParts, int maxDepth) {

	public static MailLimits defaults() {
		return new MailLimits(10L * 1024 * 1024, 500, 40);
	}

}
