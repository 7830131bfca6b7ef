package dev.meridian.knowledge.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.knowledge.ContactHours;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The contact page's words about when people who read the reader's language work and when
 * a reply can be expected, on the reader's clock: the zone their browser names, else
 * their market's (said so), else UTC (said so).
 */
@Component
class ContactHoursSentence {

	/**
	 * What the page shows.
	 *
	 * @param lines the sentences, in order
	 * @param zone the zone the times are in, named in the reader's language
	 */
	record Hours(List<String> lines, String zone) {
	}

	private final List<ContactHours> sources;

	private final MarketManagement markets;

	private final MessageSource messages;

	private final Clock clock;

	ContactHoursSentence(List<ContactHours> sources, MarketManagement markets, MessageSource messages, Clock clock) {
		this.sources = List.copyOf(sources);
		this.markets = markets;
		this.messages = messages;
		this.clock = clock;
	}

	Optional<Hours> forReader(LanguageTag reader, @Nullable ZoneId browserZone, @Nullable CountryCode market) {
		ZoneId zone = browserZone != null ? browserZone : market == null ? ZoneId.of("UTC")
				: this.markets.find(market).map(Market::timeZone).orElse(ZoneId.of("UTC"));
		Instant now = this.clock.instant();
		for (ContactHours source : this.sources) {
			Optional<ContactHours.Expectation> found = source.forReader(reader, zone, market, now);
			if (found.isPresent()) {
				return Optional.of(words(found.get(), reader, zone));
			}
		}
		return Optional.empty();
	}

	private Hours words(ContactHours.Expectation expectation, LanguageTag reader, ZoneId zone) {
		Locale locale = reader.locale();
		String language = new ULocale(reader.language()).getDisplayLanguage(new ULocale(locale.toLanguageTag()));
		List<String> lines = new ArrayList<>();
		if (expectation.workingNow() && expectation.replyBy() != null) {
			lines.add(
					text("help.contact.hours.workingNow", locale, language, when(expectation.replyBy(), locale, zone)));
		}
		else if (expectation.nextShift() != null && expectation.replyBy() != null) {
			lines.add(text("help.contact.hours.next", locale, language, when(expectation.nextShift(), locale, zone),
					when(expectation.replyBy(), locale, zone)));
		}
		else {
			lines.add(text("help.contact.hours.nobody", locale, language));
		}
		if (!expectation.week().isEmpty()) {
			List<String> spans = new ArrayList<>();
			DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
			for (ContactHours.Span span : expectation.week()) {
				String days = span.firstDay() == span.lastDay() ? span.firstDay().getDisplayName(TextStyle.FULL, locale)
						: span.firstDay().getDisplayName(TextStyle.FULL, locale) + "–"
								+ span.lastDay().getDisplayName(TextStyle.FULL, locale);
				String to = span.to().equals(LocalTime.MIDNIGHT) ? "24:00" : time.format(span.to());
				spans.add(days + " " + time.format(span.from()) + "–" + to);
			}
			lines.add(text("help.contact.hours.week", locale, String.join("; ", spans)));
		}
		String zoneName = TimeZone.getTimeZone(zone.getId())
			.getDisplayName(false, TimeZone.LONG_GENERIC, new ULocale(locale.toLanguageTag()));
		return new Hours(lines, zoneName);
	}

	/** Weekday, date and time on the reader's clock, as their language writes them. */
	private static String when(Instant at, Locale locale, ZoneId zone) {
		DateFormat format = DateFormat.getInstanceForSkeleton("EEEEMMMdjmm", new ULocale(locale.toLanguageTag()));
		format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
		return format.format(Date.from(at));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
