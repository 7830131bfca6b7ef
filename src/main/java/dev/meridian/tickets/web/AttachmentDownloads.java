package dev.meridian.tickets.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.meridian.tickets.Attachment;
import dev.meridian.tickets.TicketId;
import dev.meridian.tickets.TicketManagement;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves an attachment as a download, to the API and the workspace alike. The file name
 * goes out twice (RFC 6266): an ASCII stand-in for old clients and the exact UTF-8 name
 * ({@code filename*}) for everyone else; always as {@code application/octet-stream} with
 * {@code nosniff}, whatever type the sender claimed, so the content is never sniffed or
 * rendered into something executable.
 */
@Component
class AttachmentDownloads {

	private final TicketManagement tickets;

	AttachmentDownloads(TicketManagement tickets) {
		this.tickets = tickets;
	}

	ResponseEntity<InputStreamResource> download(TicketId ticket, UUID attachmentId) throws IOException {
		Attachment attachment = this.tickets.attachment(ticket, attachmentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.name()))
			.header("X-Content-Type-Options", "nosniff")
			// Opened from our own origin, a file of a customer's must never run as a page
			// or
			// a script: a neutral type, no sniffing, and a sandbox should a browser
			// render it.
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(attachment.size())
			.body(new InputStreamResource(this.tickets.content(attachment)));
	}

	static String contentDisposition(String name) {
		String ascii = name.codePoints()
			.map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
