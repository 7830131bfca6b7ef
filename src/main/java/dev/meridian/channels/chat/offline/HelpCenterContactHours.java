package dev.meridian.channels.chat.offline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import dev.meridian.knowledge.ContactHours;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.routing.CoverageWeek;
import dev.meridian.routing.Routing;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Tells the help center's contact page what the widget tells visitors: whether someone
 * who reads the reader's language is working now, else when someone next is, when a reply
 * can be expected, and the hours they usually work, all on the reader's clock. The chat
 * implements it because it already asks routing the same question for the widget, and a
 * channel may call both knowledge and routing, which may not call each other.
 */
@Component
class HelpCenterContactHours implements ContactHours {

	private final Routing routing;

	HelpCenterContactHours(Routing routing) {
		this.routing = routing;
	}

	@Override
	public Optional<Expectation> forReader(LanguageTag reader, ZoneId zone, @Nullable CountryCode market, Instant now) {
		if (reader.isUndetermined()) {
			return Optional.empty();
		}
		String language = reader.language();
		Optional<Instant> onShift = this.routing.nextCoverage(language, now);
		boolean workingNow = onShift.isPresent() && !onShift.get().isAfter(now);
		Instant replyBy = this.routing.nextAnswerable(language, now).orElse(null);
		LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Span> week = this.routing.coverage(monday, zone, null, null)
			.languages()
			.stream()
			.filter(coverage -> coverage.language().equalsIgnoreCase(language))
			.findFirst()
			.map(CoverageWeek.LanguageCoverage::days)
			.map(WorkingWeek::summarize)
			.orElse(List.of());
		return Optional.of(new Expectation(workingNow, workingNow ? null : onShift.orElse(null), replyBy, week));
	}

}
