package dev.meridian.channels.chat.web;

import java.util.regex.Pattern;

import dev.meridian.tickets.AttachmentSettings;
import dev.meridian.web.api.RequestBodyLimit;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * A visitor's requests are small: a message of a few thousand characters in JSON. Larger
 * bodies are refused before they are read (413), whatever the API's own limit; a file
 * sent to a conversation may be as large as the attachments' limit.
 */
@Component
class ChatBodyLimit implements RequestBodyLimit {

	static final long MAX_BYTES = 64 * 1024;

	/** A file a visitor sends: the attachments' limit, and room for the form's parts. */
	private static final Pattern ATTACHMENTS = Pattern.compile("/chat/v1/conversations/[^/]+/attachments");

	private final long maxFileBytes;

	// The attachments' settings, not the chat's services: a filter is made when the web
	// server starts, and must not pull the chat (and translation engines) in with it.
	ChatBodyLimit(AttachmentSettings attachments) {
		this.maxFileBytes = attachments.maxSize().toBytes() + MAX_BYTES;
	}

	@Override
	public long limitFor(HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/chat/")) {
			return -1;
		}
		return "POST".equals(request.getMethod()) && ATTACHMENTS.matcher(request.getRequestURI()).matches()
				? this.maxFileBytes : MAX_BYTES;
	}

}
