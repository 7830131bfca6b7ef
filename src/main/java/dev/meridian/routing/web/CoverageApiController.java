package dev.meridian.routing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.routing.CoverageWeek;
import dev.meridian.routing.Routing;
import dev.meridian.web.EnumValues;
import dev.meridian.web.Times;
import dev.meridian.web.api.WrittenInCallersLanguage;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage as JSON: for each language, each hour of a week covered, partly covered or
 * not, and the gaps in words.
 */
@RestController
@Tag(name = "Routing")
class CoverageApiController {

	private final Routing routing;

	private final CoverageTexts texts;

	private final Times times;

	private final Clock clock;

	CoverageApiController(Routing routing, CoverageTexts texts, Times times, Clock clock) {
		this.routing = routing;
		this.texts = texts;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping("/api/v1/coverage")
	@WrittenInCallersLanguage
	CoverageResponse coverage(@RequestParam(required = false) @Nullable String week,
			@RequestParam(required = false) @Nullable String zone,
			@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String market) {
		CoverageQuery query = CoverageQuery.parse(week, zone, team, market, this.times.viewerZone(), this.clock);
		CoverageWeek coverage = this.routing.coverage(query.monday(), query.zone(), query.team(), query.market());
		String textLanguage = LocaleContextHolder.getLocale().toLanguageTag();
		List<CoverageResponse.Language> languages = new ArrayList<>();
		for (CoverageWeek.LanguageCoverage language : coverage.languages()) {
			List<CoverageResponse.Day> days = new ArrayList<>();
			for (int d = 0; d < 7; d++) {
				days.add(new CoverageResponse.Day(coverage.monday().plusDays(d),
						language.days().get(d).stream().map(EnumValues::write).toList()));
			}
			languages.add(new CoverageResponse.Language(language.language(),
					this.texts.languageName(language.language()), days,
					language.gaps()
						.stream()
						.map(gap -> new CoverageResponse.Gap(gap.firstDay(), gap.lastDay(),
								String.format("%02d:00", gap.fromHour()), String.format("%02d:00", gap.toHour()),
								this.texts.gap(gap, coverage.zone()), textLanguage))
						.toList()));
		}
		return new CoverageResponse(query.week(), coverage.monday(), coverage.zone().getId(),
				EnumValues.write(coverage.minimum()), languages);
	}

	record CoverageResponse(String week, LocalDate monday, String zone, String minProficiency,
			List<Language> languages) {

		record Language(String language, String name, List<Day> days, List<Gap> gaps) {
		}

		record Day(LocalDate date, List<String> hours) {
		}

		/**
		 * A gap; {@code text} is written for the caller, in {@code textLanguage} (the
		 * row's {@code language} is the language that lacks speakers).
		 */
		record Gap(LocalDate firstDay, LocalDate lastDay, String from, String to, String text, String textLanguage) {
		}

	}

}
