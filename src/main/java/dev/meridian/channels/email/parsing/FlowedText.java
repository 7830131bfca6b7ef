package dev.meridian.channels.email.parsing;

/**
 * Joins the lines of {@code format=flowed} text (RFC 3676): a line ending in a space
 * continues on the next one; with {@code delsp=yes} that space goes. Quote depth and
 * space-stuffing are respected, and the signature separator "-- " stays a line.
 */
final class FlowedText {

	private FlowedText() {
	}

	static String unflow(String text, boolean delsp) {
		StringBuilder out = new StringBuilder(text.length());
		StringBuilder paragraph = null;
		int paragraphDepth = 0;
		for (String raw : text.split("\r?\n", -1)) {
			int depth = 0;
			while (depth < raw.length() && raw.charAt(depth) == '>') {
				depth++;
			}
			String line = raw.substring(depth);
			if (line.startsWith(" ")) {
				line = line.substring(1);
			}
			boolean flowed = line.endsWith(" ") && !line.equals("-- ");
			if (paragraph != null && depth != paragraphDepth) {
				out.append(paragraph).append('\n');
				paragraph = null;
			}
			if (paragraph == null) {
				paragraph = new StringBuilder(">".repeat(depth) + (depth > 0 ? " " : ""));
				paragraphDepth = depth;
			}
			if (flowed) {
				paragraph.append(delsp ? line.substring(0, line.length() - 1) : line);
			}
			else {
				paragraph.append(line);
				out.append(paragraph).append('\n');
				paragraph = null;
			}
		}
		if (paragraph != null) {
			out.append(paragraph);
		}
		String result = out.toString();
		return result.endsWith("\n") && !text.endsWith("\n") ? result.substring(0, result.length() - 1) : result;
	}

}
