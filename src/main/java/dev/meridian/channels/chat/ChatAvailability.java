package dev.meridian.channels.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.meridian.markets.LanguageTag;
import dev.meridian.routing.Routing;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Whether someone who reads the visitor's language is on shift now, and otherwise when a
 * person can answer, told on the visitor's clock and in their language ("We'll answer by
 * Monday 09:00 your time"). Routing knows the shifts; this only asks and words it.
 */
@Component
public class ChatAvailability {

	private final Routing routing;

	private final ChatTexts texts;

	private final Clock clock;

	ChatAvailability(Routing routing, ChatTexts texts, Clock clock) {
		this.routing = routing;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Who can answer a visitor.
	 *
	 * @param staffed someone who reads the visitor's language is on shift now
	 * @param answerBy when a person can answer, if nobody is on shift now and someone is
	 * within the routing look-ahead
	 * @param text the widget's sentence about it, in the visitor's language and zone
	 */
	public record Availability(boolean staffed, @Nullable Instant answerBy, String text) {
	}

	public Availability forVisitor(LanguageTag language, @Nullable ZoneId zone) {
		Instant now = this.clock.instant();
		String tag = language.isUndetermined() ? "en" : language.language();
		Optional<Instant> onShift = this.routing.nextCoverage(tag, now);
		if (onShift.isPresent() && !onShift.get().isAfter(now)) {
			return new Availability(true, null, this.texts.text(language, "chat.widget.staffed"));
		}
		Optional<Instant> answerable = this.routing.nextAnswerable(tag, now);
		if (answerable.isEmpty()) {
			return new Availability(false, null, this.texts.text(language, "chat.widget.unstaffed"));
		}
		String when = onTheirClock(answerable.get(), ChatTexts.languageFor(language), zone);
		return new Availability(false, answerable.get(),
				this.texts.text(language, zone == null ? "chat.widget.answerByUtc" : "chat.widget.answerBy", when));
	}

	/** Weekday and time on the visitor's clock, as their language writes them. */
	private static String onTheirClock(Instant at, String language, @Nullable ZoneId zone) {
		DateFormat format = DateFormat.getInstanceForSkeleton("EEEEjmm", new ULocale(language));
		format.setTimeZone(TimeZone.getTimeZone(zone == null ? "UTC" : zone.getId()));
		return format.format(Date.from(at));
	}

}
