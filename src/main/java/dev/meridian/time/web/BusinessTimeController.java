package dev.meridian.time.web;

import java.time.Instant;

import dev.meridian.InvalidValueException;
import dev.meridian.time.BusinessCalendar;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.HolidaySource;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business-time arithmetic on a calendar sent with the request, so outside tools can
 * check it against their own reference. Computes only: nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Calendars", description = "Public holidays and business-time arithmetic")
class BusinessTimeController {

	/**
	 * About ten years of office hours: enough for any SLA, small enough that a request
	 * cannot keep a thread busy.
	 */
	static final long MAX_MINUTES = 1_000_000;

	private static final Instant EARLIEST_START = Instant.parse(HolidaySource.FIRST_YEAR + "-01-01T00:00:00Z");

	private static final Instant LATEST_START = Instant.parse((HolidaySource.LAST_YEAR + 1) + "-01-01T00:00:00Z");

	private final CalendarManagement calendars;

	BusinessTimeController(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@PostMapping("/business-time")
	Result addBusinessTime(@RequestBody BusinessTimeRequest request) {
		if (request.calendar() == null) {
			throw new InvalidValueException("calendar", "The request needs a calendar");
		}
		Instant start = CalendarRequest.instant("start", request.start());
		if (start.isBefore(EARLIEST_START) || !start.isBefore(LATEST_START)) {
			throw new InvalidValueException("start", "start must lie in the years " + HolidaySource.FIRST_YEAR + " to "
					+ HolidaySource.LAST_YEAR + ", where holidays are known");
		}
		if (request.addMinutes() == null || request.addMinutes() < 0 || request.addMinutes() > MAX_MINUTES) {
			throw new InvalidValueException("addMinutes",
					"addMinutes must be a whole number of business minutes from 0 to " + MAX_MINUTES);
		}
		BusinessCalendar calendar = request.calendar().toCalendar(this.calendars);
		return new Result(calendar.addBusinessMinutes(start, request.addMinutes()).toString());
	}

	record BusinessTimeRequest(@Nullable CalendarRequest calendar, @Nullable String start, @Nullable Long addMinutes) {
	}

	/** The instant, in UTC ({@code Z}). */
	record Result(String result) {
	}

}
