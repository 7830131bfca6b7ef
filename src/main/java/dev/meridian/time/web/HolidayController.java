package dev.meridian.time.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.meridian.markets.CountryCode;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.HolidayDecision;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.HolidaySource;
import dev.meridian.InvalidValueException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public holidays as the calendars use them (Jollyday corrected by the reviewed
 * overrides), for any signed-in agent or token.
 */
@RestController
@RequestMapping("/api/v1/holidays")
@Tag(name = "Calendars", description = "Public holidays and business-time arithmetic")
class HolidayController {

	private final CalendarManagement calendars;

	HolidayController(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	List<HolidayResponse> list(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String subdivision,
			@RequestParam(required = false) @Nullable String year) {
		HolidayRegion region = new HolidayRegion(CountryCode.parse("country", country), subdivision);
		return list(this.calendars, region, year(year));
	}

	/** A region's holidays of a year with the admins' decisions on them. */
	static List<HolidayResponse> list(CalendarManagement calendars, HolidayRegion region, int year) {
		Map<LocalDate, HolidayDecision> decisions = calendars.holidayDecisions(region, year);
		return calendars.holidays(region, year)
			.stream()
			.map((holiday) -> HolidayResponse.of(holiday, decisions.get(holiday.date())))
			.toList();
	}

	static int year(@Nullable String value) {
		try {
			int year = Integer.parseInt(value == null ? "" : value.strip());
			if (year >= HolidaySource.FIRST_YEAR && year <= HolidaySource.LAST_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidValueException("year",
				"'" + value + "' is not a year from " + HolidaySource.FIRST_YEAR + " to " + HolidaySource.LAST_YEAR);
	}

}
