package dev.meridian.channels.chat.transcript;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.meridian.channels.chat.ChatMessage;
import dev.meridian.channels.chat.ChatTexts;
import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.MessageId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTests {

	static final LanguageTag GERMAN = new LanguageTag("de");

	static final Instant NOON_UTC = Instant.parse("2026-12-05T12:00:00Z");

	@Test
	void saysWhoWroteWhatAndWhenOnTheVisitorsClockAndMarksTranslations() {
		List<ChatMessage> messages = List.of(
				new ChatMessage(new MessageId(UUID.randomUUID()), "customer", "Wo ist mein Paket?", GERMAN, NOON_UTC,
						false, null),
				new ChatMessage(new MessageId(UUID.randomUUID()), "agent", "Ihr Paket ist im Lager.", GERMAN,
						NOON_UTC.plusSeconds(300), true,
						new ChatMessage.Original("Your parcel is in the warehouse.", new LanguageTag("en"))));

		String text = new Transcript(messages, GERMAN, ZoneId.of("Asia/Tokyo")).text(new ChatTexts());

		assertThat(text).startsWith("Hier ist der Verlauf Ihres Chats mit uns.")
			.contains("[21:00] Sie:\nWo ist mein Paket?")
			.contains("[21:05] Support:\nIhr Paket ist im Lager.\n(Maschinell übersetzt — Original: "
					+ "Your parcel is in the warehouse.)")
			.doesNotContain("12:00");
	}

	@Test
	void withoutAZoneTimesAreUtcAndSaySo() {
		List<ChatMessage> messages = List.of(new ChatMessage(new MessageId(UUID.randomUUID()), "customer", "Hi",
				new LanguageTag("en"), NOON_UTC, false, null));

		assertThat(new Transcript(messages, new LanguageTag("en"), null).text(new ChatTexts()))
			.contains("(UTC)] You:\nHi")
			.contains("12:00");
	}

}
