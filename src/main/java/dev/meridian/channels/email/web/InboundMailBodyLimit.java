package dev.meridian.channels.email.web;

import dev.meridian.channels.email.EmailSettings;
import dev.meridian.web.api.RequestBodyLimit;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The inbound mail endpoint takes a body up to the mail size limit
 * ({@code meridian.email.max-message-size}, the one IMAP polling and the quarantine use)
 * plus room for what relays add on the way (trace headers): a mail somewhat over the
 * limit is still answered, with a quarantine entry that says why; only far larger bodies
 * get 413.
 */
@Component
class InboundMailBodyLimit implements RequestBodyLimit {

	/** Room for Received, DKIM and Authentication-Results headers added by relays. */
	static final long ENVELOPE_OVERHEAD = 64 * 1024;

	private final long limit;

	InboundMailBodyLimit(EmailSettings settings) {
		this.limit = settings.maxMessageSize().toBytes() + ENVELOPE_OVERHEAD;
	}

	@Override
	public long limitFor(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "/api/v1/channels/email/inbound".equals(request.getRequestURI())
				? this.limit : -1;
	}

}
