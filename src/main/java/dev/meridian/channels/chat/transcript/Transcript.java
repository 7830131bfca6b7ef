package dev.meridian.channels.chat.transcript;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import dev.meridian.channels.chat.ChatMessage;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.channels.chat.VisitorTime;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * A chat's messages written out for the visitor: one block per message with its author
 * and time on the visitor's clock; a machine translation says so and keeps the original
 * beneath it.
 */
record Transcript(List<ChatMessage> messages, LanguageTag language, @Nullable ZoneId zone) {

	String text(ChatTexts texts) {
		StringBuilder out = new StringBuilder();
		out.append(texts.text(this.language, "chat.mail.transcript.intro")).append("\n\n");
		for (ChatMessage message : this.messages) {
			String who = switch (message.author().toLowerCase(Locale.ROOT)) {
				case "customer" -> texts.text(this.language, "chat.widget.you");
				case "system" -> texts.text(this.language, "chat.mail.transcript.system");
				default -> texts.text(this.language, "chat.widget.team");
			};
			out.append('[')
				.append(VisitorTime.time(message.createdAt(), this.language, this.zone))
				.append("] ")
				.append(who)
				.append(":\n")
				.append(message.text().strip())
				.append('\n');
			ChatMessage.Original original = message.original();
			if (message.machineTranslated() && original != null) {
				out.append("(")
					.append(texts.text(this.language, "chat.widget.machineTranslated"))
					.append(" — ")
					.append(texts.text(this.language, "chat.mail.transcript.original"))
					.append(": ")
					.append(original.text().strip())
					.append(")\n");
			}
			out.append('\n');
		}
		return out.toString().stripTrailing();
	}

}
