package dev.meridian.channels.chat.web;

import dev.meridian.web.api.RequestBodyLimit;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * A visitor's requests are small: a message of a few thousand characters in JSON. Larger
 * bodies are refused before they are read (413), whatever the API's own limit.
 */
@Component
class ChatBodyLimit implements RequestBodyLimit {

	static final long MAX_BYTES = 64 * 1024;

	@Override
	public long limitFor(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/chat/") ? MAX_BYTES : -1;
	}

}
