package dev.meridian.privacy.export;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The export's readable page: each section with its title in the customer's language and
 * every item's fields; the JSON files stay the machine-readable record.
 */
@Component
class ExportSummary {

	private final MessageSource messages;

	ExportSummary(MessageSource messages) {
		this.messages = messages;
	}

	String html(Locale locale, Map<String, JsonNode> sections, List<String> files, Instant at) {
		StringBuilder html = new StringBuilder();
		String title = text("privacy.export.title", locale);
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(escape(locale.toLanguageTag()))
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title))
			.append("</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}"
					+ "dl{border-top:1px solid #ccc;padding-top:.5rem}dt{font-weight:bold}</style></head><body>")
			.append("<h1>")
			.append(escape(title))
			.append("</h1><p>")
			.append(escape(this.messages.getMessage("privacy.export.intro", new Object[] { at.toString() }, locale)))
			.append("</p>");
		for (var section : sections.entrySet()) {
			html.append("<h2>")
				.append(escape(this.messages.getMessage("privacy.export.section." + section.getKey(), null,
						section.getKey(), locale)))
				.append(" (")
				.append(section.getValue().size())
				.append(")</h2>");
			for (JsonNode item : section.getValue()) {
				html.append("<dl>");
				fields(html, "", item);
				html.append("</dl>");
			}
		}
		if (!files.isEmpty()) {
			html.append("<h2>").append(escape(text("privacy.export.files", locale))).append("</h2><ul>");
			files.forEach(file -> html.append("<li>").append(escape(file)).append("</li>"));
			html.append("</ul>");
		}
		return html.append("</body></html>\n").toString();
	}

	private static void fields(StringBuilder html, String prefix, JsonNode node) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				fields(html, prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue());
			}
		}
		else if (node.isArray()) {
			int index = 0;
			for (JsonNode element : node) {
				fields(html, prefix + "[" + index++ + "]", element);
			}
		}
		else if (!node.isNull()) {
			html.append("<dt>")
				.append(escape(prefix))
				.append("</dt><dd>")
				.append(escape(node.asString()))
				.append("</dd>");
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
