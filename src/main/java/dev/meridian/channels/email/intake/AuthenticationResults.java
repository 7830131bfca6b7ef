package dev.meridian.channels.email.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.tickets.SenderAuthentication;
import org.jspecify.annotations.Nullable;

/**
 * Reads the SPF, DKIM and DMARC results that the receiving mail server wrote into
 * {@code Authentication-Results} (RFC 8601). Only a header of a trusted authserv-id
 * counts (anyone can write such a header into a mail they send); with none configured,
 * only the topmost one, which the last server, the receiving one, added. One pass over
 * the header block, bounded in size and header count: linear in the input, no regular
 * expressions.
 */
final class AuthenticationResults {

	/** How much of a mail's head is read for these headers. */
	static final int MAX_HEAD = 64 * 1024;

	private static final int MAX_HEADERS = 20;

	private static final int MAX_VALUE = 8 * 1024;

	private AuthenticationResults() {
	}

	/**
	 * The results of the trusted header, or null when there is none.
	 * @param trusted the authserv-ids of the receiving servers, lower case; empty to take
	 * the topmost header
	 */
	static @Nullable SenderAuthentication of(byte[] raw, Set<String> trusted) {
		for (String value : headers(raw)) {
			@Nullable SenderAuthentication results = parse(value, trusted);
			if (results != null) {
				return results;
			}
			if (trusted.isEmpty()) {
				return null;
			}
		}
		return null;
	}

	/** The unfolded values of the Authentication-Results headers, topmost first. */
	static List<String> headers(byte[] raw) {
		int end = Math.min(raw.length, MAX_HEAD);
		String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
		List<String> values = new ArrayList<>();
		StringBuilder current = null;
		int at = 0;
		while (at < head.length() && values.size() < MAX_HEADERS) {
			int lineEnd = head.indexOf('\n', at);
			if (lineEnd < 0) {
				lineEnd = head.length();
			}
			String line = head.substring(at, lineEnd > at && head.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd);
			at = lineEnd + 1;
			if (line.isEmpty()) {
				break;
			}
			boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
			if (continuation) {
				if (current != null && current.length() < MAX_VALUE) {
					current.append(' ').append(line.strip());
				}
				continue;
			}
			if (current != null) {
				values.add(current.toString());
				current = null;
			}
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Authentication-Results")) {
				current = new StringBuilder(line.substring(colon + 1).strip());
			}
		}
		if (current != null && values.size() < MAX_HEADERS) {
			values.add(current.toString());
		}
		return values;
	}

	/**
	 * One header's value: {@code authserv-id [version] ; method=result [reason] [props] ;
	 * ...}, comments in parentheses and quoted strings skipped. Null when the authserv-id
	 * is not trusted.
	 */
	static @Nullable SenderAuthentication parse(String value, Set<String> trusted) {
		String text = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
		List<String> statements = statements(text);
		if (statements.isEmpty()) {
			return null;
		}
		String[] id = statements.get(0).strip().split("\\s+", 2);
		String authservId = id[0].toLowerCase(Locale.ROOT);
		if (authservId.isEmpty() || (!trusted.isEmpty() && !trusted.contains(authservId))) {
			return null;
		}
		String spf = null;
		String dkim = null;
		String dmarc = null;
		for (String statement : statements.subList(1, statements.size())) {
			String[] words = statement.strip().split("\\s+");
			if (words.length == 0) {
				continue;
			}
			// "spf=(comment) pass": the comment left a space after the "=".
			String first = words[0].endsWith("=") && words.length > 1 ? words[0] + words[1] : words[0];
			int equals = first.indexOf('=');
			if (equals <= 0) {
				continue;
			}
			String method = first.substring(0, equals).toLowerCase(Locale.ROOT);
			int slash = method.indexOf('/');
			method = slash < 0 ? method : method.substring(0, slash);
			String result = result(first.substring(equals + 1));
			if (result == null) {
				continue;
			}
			switch (method) {
				case "spf" -> spf = spf == null ? result : spf;
				// Several signatures: one that passes is enough.
				case "dkim" -> dkim = dkim == null || result.equals("pass") ? result : dkim;
				case "dmarc" -> dmarc = dmarc == null ? result : dmarc;
				default -> {
				}
			}
		}
		return spf == null && dkim == null && dmarc == null ? null
				: new SenderAuthentication(authservId, spf, dkim, dmarc);
	}

	private static @Nullable String result(String token) {
		String result = token.toLowerCase(Locale.ROOT);
		if (result.isEmpty() || result.length() > 20) {
			return null;
		}
		for (int i = 0; i < result.length(); i++) {
			if (result.charAt(i) < 'a' || result.charAt(i) > 'z') {
				return null;
			}
		}
		return result;
	}

	/**
	 * Splits on the semicolons outside comments and quoted strings, dropping the
	 * comments: one pass, nesting counted, never backtracking.
	 */
	private static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && (quoted || depth > 0) && i + 1 < text.length()) {
				i++;
				continue;
			}
			if (quoted) {
				if (c == '"') {
					quoted = false;
				}
				statement.append(c);
			}
			else if (c == '(') {
				depth++;
				statement.append(' ');
			}
			else if (c == ')' && depth > 0) {
				depth--;
			}
			else if (depth > 0) {
				continue;
			}
			else if (c == '"') {
				quoted = true;
				statement.append(c);
			}
			else if (c == ';') {
				statements.add(statement.toString());
				statement.setLength(0);
			}
			else if (c == '=') {
				// "spf = pass" as "spf=pass": the space around it is allowed (CFWS).
				while (!statement.isEmpty() && Character.isWhitespace(statement.charAt(statement.length() - 1))) {
					statement.setLength(statement.length() - 1);
				}
				statement.append(c);
				while (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
					i++;
				}
			}
			else {
				statement.append(c);
			}
		}
		statements.add(statement.toString());
		return statements;
	}

}
