package dev.meridian.tickets;

import dev.meridian.InvalidValueException;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Attachment names and media types as they may be stored and served back: no paths, no
 * control characters, and a media type that parses.
 */
final class AttachmentNames {

	private AttachmentNames() {
	}

	static String safe(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (base.isEmpty() || base.equals(".") || base.equals("..")) {
			throw new InvalidValueException("attachments", "An attachment needs a file name");
		}
		return base.length() > 255 ? base.substring(0, 255) : base;
	}

	static String mediaType(String mediaType) {
		try {
			return mediaType == null || mediaType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM_VALUE
					: MediaType.parseMediaType(mediaType).toString();
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
	}

}
