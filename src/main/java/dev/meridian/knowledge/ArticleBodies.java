package dev.meridian.knowledge;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import dev.meridian.InvalidValueException;

/**
 * Article bodies are written in Markdown. commonmark passes raw HTML through (a
 * {@code <script>} included), so its output always goes through the sanitizer before it
 * is stored or shown.
 */
final class ArticleBodies {

	static final int MAX_LENGTH = 200_000;

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(List.of(TablesExtension.create()))
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

	private ArticleBodies() {
	}

	static String checked(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidValueException("body", "An article needs a body");
		}
		if (body.length() > MAX_LENGTH) {
			throw new InvalidValueException("body", "A body may have at most " + MAX_LENGTH + " characters");
		}
		return body;
	}

	static String html(String markdown) {
		return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
	}

	/** Readable text without markup, for the search index. */
	static String text(String markdown) {
		return TEXT.render(PARSER.parse(markdown));
	}

}
