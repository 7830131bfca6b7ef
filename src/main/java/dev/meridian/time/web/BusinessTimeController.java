package dev.meridian.time.web;

import java.time.Duration;
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

	/** Counting business minutes walks the span: ten years keep a request short. */
	static final Duration MAX_SPAN = Duration.ofDays(3653);

	private static final Instant EARLIEST = Instant.parse(HolidaySource.FIRST_YEAR + "-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse((HolidaySource.LAST_YEAR + 1) + "-01-01T00:00:00Z");

	private final CalendarManagement calendars;

	BusinessTimeController(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@PostMapping("/business-time")
	Result addBusinessTime(@RequestBody BusinessTimeRequest request) {
		BusinessCalendar calendar = calendar(request.calendar());
		Instant start = instant("start", request.start());
		if (request.addMinutes() == null || request.addMinutes() < 0 || request.addMinutes() > MAX_MINUTES) {
			throw new InvalidValueException("addMinutes",
					"addMinutes must be a whole number of business minutes from 0 to " + MAX_MINUTES);
		}
		return new Result(calendar.addBusinessMinutes(start, request.addMinutes()).toString());
	}

	@PostMapping("/business-minutes")
	Minutes businessMinutesBetween(@RequestBody BetweenRequest request) {
		BusinessCalendar calendar = calendar(request.calendar());
		Instant start = instant("start", request.start());
		Instant end = instant("end", request.end());
		if (Duration.between(start, end).abs().compareTo(MAX_SPAN) > 0) {
			throw new InvalidValueException("end",
					"start and end may lie at most " + MAX_SPAN.toDays() + " days apart");
		}
		return new Minutes(calendar.businessMinutesBetween(start, end));
	}

	@PostMapping("/next-opening")
	Result nextOpening(@RequestBody NextOpeningRequest request) {
		BusinessCalendar calendar = calendar(request.calendar());
		return new Result(calendar.nextOpening(instant("at", request.at())).toString());
	}

	private BusinessCalendar calendar(@Nullable CalendarRequest calendar) {
		if (calendar == null) {
			throw new InvalidValueException("calendar", "The request needs a calendar");
		}
		return calendar.toCalendar(this.calendars);
	}

	private static Instant instant(String field, @Nullable String value) {
		Instant instant = CalendarRequest.instant(field, value);
		if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
			throw new InvalidValueException(field, field + " must lie in the years " + HolidaySource.FIRST_YEAR + " to "
					+ HolidaySource.LAST_YEAR + ", where holidays are known");
		}
		return instant;
	}

	record BusinessTimeRequest(@Nullable CalendarRequest calendar, @Nullable String start, @Nullable Long addMinutes) {
	}

	record BetweenRequest(@Nullable CalendarRequest calendar, @Nullable String start, @Nullable String end) {
	}

	record NextOpeningRequest(@Nullable CalendarRequest calendar, @Nullable String at) {
	}

	/** Whole business minutes; negative when end is before start. */
	record Minutes(long minutes) {
	}

	/** The instant, in UTC ({@code Z}). */
	record Result(String result) {
	}

}
