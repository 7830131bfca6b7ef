package dev.meridian.channels.email.parsing;

import org.jspecify.annotations.Nullable;

/**
 * Reads the few lines of an iCalendar invitation an agent needs to see: what, when, and
 * whether it is a request or a cancellation.
 */
final class CalendarInvites {

	private CalendarInvites() {
	}

	static ParsedMail.CalendarInvite read(String calendar, @Nullable String methodParameter) {
		String unfolded = calendar.replaceAll("\\r?\\n[ \\t]", "");
		String method = methodParameter;
		String summary = null;
		String start = null;
		boolean inEvent = false;
		for (String line : unfolded.split("\\r?\\n")) {
			String upper = line.toUpperCase(java.util.Locale.ROOT);
			if (upper.startsWith("BEGIN:VEVENT")) {
				inEvent = true;
			}
			else if (upper.startsWith("METHOD:") && method == null) {
				method = line.substring(7).strip();
			}
			else if (inEvent && upper.startsWith("SUMMARY") && summary == null) {
				summary = valueOf(line);
			}
			else if (inEvent && upper.startsWith("DTSTART") && start == null) {
				start = valueOf(line);
			}
		}
		return new ParsedMail.CalendarInvite(method, summary, start);
	}

	private static @Nullable String valueOf(String line) {
		int colon = line.indexOf(':');
		if (colon < 0) {
			return null;
		}
		return line.substring(colon + 1).replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").strip();
	}

}
