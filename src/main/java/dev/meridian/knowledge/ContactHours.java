package dev.meridian.knowledge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;

/**
 * When people who read a reader's language are working, for the contact page to say so
 * before anyone writes. Declared here and implemented by a module that knows the shifts
 * (the chat channel, which asks routing): knowledge and routing sit on the same level and
 * do not call each other.
 */
public interface ContactHours {

	/**
	 * Who can answer a reader of this language, seen from {@code zone}; empty when this
	 * cannot be told.
	 */
	Optional<Expectation> forReader(LanguageTag reader, ZoneId zone, @Nullable CountryCode market, Instant now);

	/**
	 * @param workingNow someone who reads the language is on shift now
	 * @param nextShift when someone is next on shift, if nobody is now and someone is
	 * within the routing look-ahead
	 * @param replyBy when a reply can be expected
	 * @param week the hours someone is usually on shift, on the reader's clock
	 */
	record Expectation(boolean workingNow, @Nullable Instant nextShift, @Nullable Instant replyBy, List<Span> week) {
	}

	/** Days {@code firstDay} to {@code lastDay}, each from {@code from} to {@code to}. */
	record Span(DayOfWeek firstDay, DayOfWeek lastDay, LocalTime from, LocalTime to) {
	}

}
