package dev.meridian.channels.email.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts what a reply repeats (the quoted earlier mail) and the sender's signature from a
 * text body, so the ticket shows what was newly written. The full original stays in the
 * stored source. When nothing would be left, the text is kept whole.
 */
final class QuotedHistory {

	/** Lines that introduce quoted history, in the languages mail programs write them. */
	private static final List<Pattern> ATTRIBUTION = List.of(Pattern.compile("^On .{4,200}(wrote|writes):\\s*$"),
			Pattern.compile("^Am .{4,200}schrieb.{0,80}:\\s*$"), Pattern.compile("^Le .{4,200}a écrit\\s?:\\s*$"),
			Pattern.compile("^El .{4,200}escribió:\\s*$"), Pattern.compile("^Em .{4,200}escreveu:\\s*$"),
			Pattern.compile("^Il .{4,200}ha scritto:\\s*$"), Pattern.compile("^Op .{4,200}schreef.{0,80}:\\s*$"),
			Pattern.compile("^.{2,200}のメッセージ:\\s*$"), Pattern.compile("^.{2,200}님이 작성:\\s*$"),
			Pattern.compile("^在.{2,200}写道[：:]\\s*$"), Pattern.compile("^.{2,200}писал[а]?\\s?\\(?а?\\)?:\\s*$"),
			Pattern.compile(
					"^-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|Messaggio originale|Oorspronkelijk bericht|Исходное сообщение|元のメッセージ|原始邮件)\\s*-{2,}\\s*$",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("^_{20,}\\s*$"));

	/** Outlook's header block of the mail replied to: "From: ..." then "Sent: ...". */
	private static final Pattern OUTLOOK_FROM = Pattern
		.compile("^\\*?(From|Von|De|Da|Van|От|差出人|发件人|보낸 사람)\\s?\\*?\\s?[:：].*");

	private static final Pattern OUTLOOK_NEXT = Pattern.compile(
			"^\\*?(Sent|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Отправлено|送信日時|发送时间|보낸 날짜|Date|Datum)\\s?\\*?\\s?[:：].*");

	private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
			"^(Sent from my .{2,40}|Von meinem .{2,40} gesendet|Envoyé de mon .{2,40}|Enviado desde mi .{2,40}|Enviado do meu .{2,40}|Inviato da .{2,40}|iPhoneから送信)\\s*$");

	private QuotedHistory() {
	}

	/**
	 * Only short lines ending in a colon (or a line of dashes or underscores) can be an
	 * attribution: the others are not tried against the dozen patterns, each of which may
	 * step through 200 characters of every line.
	 */
	private static boolean mayBeAttribution(String line) {
		if (line.length() < 4 || line.length() > 400) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return last == ':' || last == '：' || last == '-' || last == '_';
	}

	/**
	 * Only lines with a colon near their start can open Outlook's header block: the
	 * others are not tried against its pattern (a mail of a million short lines made a
	 * matcher for each).
	 */
	private static boolean mayBeOutlookFrom(String line) {
		int within = Math.min(line.length(), 16);
		for (int i = 0; i < within; i++) {
			char c = line.charAt(i);
			if (c == ':' || c == '：') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Mobile signatures are short and start with one of a few letters: "Sent from my
	 * iPhone" and its translations.
	 */
	private static boolean mayBeMobileSignature(String line) {
		return line.length() >= 8 && line.length() <= 60 && "SVEIi".indexOf(line.charAt(0)) >= 0;
	}

	static String strip(String text) {
		return strip(text, ParseDeadline.none());
	}

	static String strip(String text, ParseDeadline deadline) {
		String[] lines = text.split("\r?\n", -1);
		int end = lines.length;
		for (int i = 0; i < lines.length; i++) {
			if (i % 1024 == 1023) {
				deadline.check();
			}
			String line = lines[i].strip();
			if (line.equals("--") && lines[i].equals("-- ")
					|| mayBeAttribution(line) && ATTRIBUTION.stream().anyMatch(p -> p.matcher(line).matches())
					|| mayBeOutlookFrom(line) && OUTLOOK_FROM.matcher(line).matches() && i + 1 < lines.length
							&& OUTLOOK_NEXT.matcher(lines[i + 1].strip()).matches()
					|| mayBeMobileSignature(line) && MOBILE_SIGNATURE.matcher(line).matches()) {
				end = i;
				break;
			}
		}
		// Trailing quoted lines ("> ...") without an attribution line.
		int last = end - 1;
		while (last >= 0 && (lines[last].isBlank() || lines[last].startsWith(">"))) {
			last--;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i <= last; i++) {
			out.append(lines[i]).append('\n');
		}
		String stripped = out.toString().strip();
		return stripped.isEmpty() ? text.strip() : stripped;
	}

}
