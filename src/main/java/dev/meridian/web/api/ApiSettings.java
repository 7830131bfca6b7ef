package dev.meridian.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the REST API.
 *
 * @param maxRequestSize largest request body ({@code MERIDIAN_API_MAXREQUESTSIZE}); large
 * enough for a message with base64 attachments at the attachment size limit
 * @param maxPageSize largest page a list returns
 */
@ConfigurationProperties("meridian.api")
public record ApiSettings(@DefaultValue("16MB") DataSize maxRequestSize, @DefaultValue("200") int maxPageSize) {
}
