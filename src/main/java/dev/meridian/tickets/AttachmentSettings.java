package dev.meridian.tickets;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachment files are kept and how large one may be.
 *
 * @param directory folder for the files ({@code MERIDIAN_ATTACHMENTS_DIRECTORY})
 * @param maxSize largest accepted file ({@code MERIDIAN_ATTACHMENTS_MAXSIZE})
 */
@ConfigurationProperties("meridian.attachments")
public record AttachmentSettings(@DefaultValue("./data/attachments") Path directory,
		@DefaultValue("10MB") DataSize maxSize) {
}
