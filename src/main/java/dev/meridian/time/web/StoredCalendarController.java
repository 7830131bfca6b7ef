package dev.meridian.time.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.markets.CountryCode;
import dev.meridian.time.CalendarDefinition;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.CalendarOwner;
import dev.meridian.time.Holiday;
import dev.meridian.time.HolidayRegion;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendars stored for markets and teams. Without one, a market counts business time
 * on the default office week of its zone and country; deleting a calendar returns to that
 * default.
 */
@RestController
@RequestMapping("/api/v1/calendars")
@Tag(name = "Calendars", description = "Public holidays and business-time arithmetic")
class StoredCalendarController {

	private final CalendarManagement calendars;

	StoredCalendarController(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@GetMapping("/markets/{code}")
	StoredCalendarResponse market(@PathVariable String code) {
		return get(CalendarOwner.market(CountryCode.parse("code", code)));
	}

	@PutMapping("/markets/{code}")
	StoredCalendarResponse storeMarket(@PathVariable String code, @RequestBody @Nullable CalendarRequest request) {
		return store(CalendarOwner.market(CountryCode.parse("code", code)), request);
	}

	@DeleteMapping("/markets/{code}")
	ResponseEntity<Void> deleteMarket(@PathVariable String code) {
		this.calendars.remove(CalendarOwner.market(CountryCode.parse("code", code)));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/markets/{code}/holidays")
	List<HolidayResponse> marketHolidays(@PathVariable String code,
			@RequestParam(required = false) @Nullable String year) {
		return holidays(CalendarOwner.market(CountryCode.parse("code", code)), year);
	}

	/**
	 * Confirms a holiday of the market's calendar ({@code {"confirmed": true}}) or moves
	 * it to the announced day ({@code {"date": "2027-03-10"}}); {@code day} is the date
	 * the holiday has now.
	 */
	@PutMapping("/markets/{code}/holidays/{day}")
	HolidayResponse decideMarketHoliday(@PathVariable String code, @PathVariable String day,
			@RequestBody @Nullable HolidayDecisionRequest request, @Nullable Principal principal) {
		return decide(CalendarOwner.market(CountryCode.parse("code", code)), day, request, principal);
	}

	@GetMapping("/teams/{id}/holidays")
	List<HolidayResponse> teamHolidays(@PathVariable UUID id, @RequestParam(required = false) @Nullable String year) {
		return holidays(CalendarOwner.team(id), year);
	}

	@PutMapping("/teams/{id}/holidays/{day}")
	HolidayResponse decideTeamHoliday(@PathVariable UUID id, @PathVariable String day,
			@RequestBody @Nullable HolidayDecisionRequest request, @Nullable Principal principal) {
		return decide(CalendarOwner.team(id), day, request, principal);
	}

	@GetMapping("/teams/{id}")
	StoredCalendarResponse team(@PathVariable UUID id) {
		return get(CalendarOwner.team(id));
	}

	@PutMapping("/teams/{id}")
	StoredCalendarResponse storeTeam(@PathVariable UUID id, @RequestBody @Nullable CalendarRequest request) {
		return store(CalendarOwner.team(id), request);
	}

	@DeleteMapping("/teams/{id}")
	ResponseEntity<Void> deleteTeam(@PathVariable UUID id) {
		this.calendars.remove(CalendarOwner.team(id));
		return ResponseEntity.noContent().build();
	}

	private List<HolidayResponse> holidays(CalendarOwner owner, @Nullable String year) {
		HolidayRegion region = this.calendars.holidayRegion(owner)
			.orElseThrow(() -> new NotFoundException("Public holidays of the calendar of", owner));
		return HolidayController.list(this.calendars, region, HolidayController.year(year));
	}

	private HolidayResponse decide(CalendarOwner owner, String day, @Nullable HolidayDecisionRequest request,
			@Nullable Principal principal) {
		LocalDate on = CalendarRequest.date("day", day);
		LocalDate to = request == null || request.date() == null ? null : CalendarRequest.date("date", request.date());
		if (to == null && (request == null || !Boolean.TRUE.equals(request.confirmed()))) {
			throw new InvalidValueException("confirmed",
					"Send \"confirmed\": true to confirm the holiday on " + on + ", or the announced \"date\"");
		}
		Holiday holiday = this.calendars.decideHoliday(owner, on, to, principal == null ? null : principal.getName());
		HolidayRegion region = this.calendars.holidayRegion(owner).orElseThrow();
		return HolidayResponse.of(holiday,
				this.calendars.holidayDecisions(region, holiday.date().getYear()).get(holiday.date()));
	}

	private StoredCalendarResponse get(CalendarOwner owner) {
		return this.calendars.definition(owner)
			.map(StoredCalendarResponse::of)
			.orElseThrow(() -> new NotFoundException("Calendar of", owner));
	}

	private StoredCalendarResponse store(CalendarOwner owner, @Nullable CalendarRequest request) {
		if (request == null) {
			throw new InvalidValueException("zone", "The request needs a calendar");
		}
		CalendarRequest.Parts parts = request.parse("");
		return StoredCalendarResponse.of(CalendarRequest.withFieldsUnder("", () -> this.calendars.store(owner,
				parts.schedule(), parts.region(), parts.closures(), parts.openings())));
	}

	/**
	 * An admin's decision on a holiday: {@code confirmed} true to keep its date, or the
	 * {@code date} it was announced for (same year).
	 */
	record HolidayDecisionRequest(@Nullable Boolean confirmed, @Nullable String date) {
	}

	/**
	 * A stored calendar. {@code neverOpen} flags a schedule without any open time: it is
	 * allowed (a team that is being set up), but no business time can be counted on it.
	 */
	record StoredCalendarResponse(String ownerKind, String ownerKey, String zone, List<Interval> weekly,
			@Nullable Region holidays, List<String> closures, List<Opening> openings, boolean neverOpen,
			Instant updatedAt) {

		record Interval(String day, String start, String end) {
		}

		record Region(String country, @Nullable String subdivision) {
		}

		record Opening(String date, String start, String end) {
		}

		static StoredCalendarResponse of(CalendarDefinition calendar) {
			HolidayRegion region = calendar.holidays();
			return new StoredCalendarResponse(dev.meridian.web.EnumValues.write(calendar.owner().kind()),
					calendar.owner().key(), calendar.schedule().zone().getId(),
					calendar.schedule()
						.intervals()
						.stream()
						.map(i -> new Interval(dev.meridian.web.EnumValues.write(i.day()), i.start().toString(),
								i.end().toString()))
						.toList(),
					region == null ? null : new Region(region.country().value(), region.subdivision()),
					calendar.closures().stream().map(Object::toString).toList(),
					calendar.openings()
						.stream()
						.map(o -> new Opening(o.date().toString(), o.start().toString(), o.end().toString()))
						.toList(),
					calendar.isNeverOpen(), calendar.updatedAt());
		}

	}

}
