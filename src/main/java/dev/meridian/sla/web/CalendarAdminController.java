package dev.meridian.sla.web;

import java.security.Principal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.agents.AgentManagement;
import dev.meridian.agents.Team;
import dev.meridian.agents.TeamId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.Market;
import dev.meridian.markets.MarketManagement;
import dev.meridian.time.BusinessSchedule;
import dev.meridian.time.CalendarDefinition;
import dev.meridian.time.CalendarManagement;
import dev.meridian.time.CalendarOwner;
import dev.meridian.time.Holiday;
import dev.meridian.time.HolidayDecision;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.HolidaySource;
import dev.meridian.time.OneOffOpening;
import dev.meridian.web.Times;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin screen for business calendars: each market and team with the calendar its SLA
 * time is counted on, and a page per owner to set weekly hours, holiday region and
 * closures, or to go back to the default. It lives in sla, not time, because it needs the
 * names of markets and teams, and time stays below markets and agents.
 */
@Controller
@RequestMapping("/app/admin/calendars")
class CalendarAdminController {

	/** Whose calendar, with what the screen needs to name it and build its default. */
	public record Owner(CalendarOwner key, String path, String name, @Nullable ZoneId zone,
			@Nullable CountryCode country) {

		public boolean isMarket() {
			return this.key.kind() == CalendarOwner.Kind.MARKET;
		}

	}

	/**
	 * An owner's calendar as the screen shows it: the stored one, the market's default,
	 * or (a team without one) nothing of its own.
	 */
	public record CalendarView(Owner owner, boolean stored, @Nullable BusinessSchedule schedule,
			@Nullable HolidayRegion region, List<LocalDate> closures, List<String> weekly, boolean neverOpen) {

		public boolean hasCalendar() {
			return this.schedule != null;
		}

	}

	/** A day for the weekly hours' select. */
	public record DayOption(String value, String label) {
	}

	private final CalendarManagement calendars;

	private final MarketManagement markets;

	private final AgentManagement agents;

	private final SlaTexts texts;

	private final Times times;

	private final Clock clock;

	CalendarAdminController(CalendarManagement calendars, MarketManagement markets, AgentManagement agents,
			SlaTexts texts, Times times, Clock clock) {
		this.calendars = calendars;
		this.markets = markets;
		this.agents = agents;
		this.texts = texts;
		this.times = times;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("markets", this.markets.all().stream().map(this::owner).map(this::view).toList());
		model.addAttribute("teams", this.agents.teams().stream().map(this::owner).map(this::view).toList());
		model.addAttribute("defaultText", defaultText());
		return "sla/calendars";
	}

	@GetMapping("/markets/{code}")
	String market(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year, Model model) {
		return page(model, marketOwner(code), null, Map.of(), year);
	}

	@GetMapping("/teams/{id}")
	String team(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Model model) {
		return page(model, teamOwner(id), null, Map.of(), year);
	}

	/**
	 * Confirms an estimated holiday ({@code confirm=true}) or moves it to the announced
	 * {@code date}; {@code day} is the date it has now.
	 */
	@PostMapping("/markets/{code}/holidays/{day}")
	String decideMarketHoliday(@PathVariable String code, @PathVariable String day,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) boolean confirm,
			Principal principal, RedirectAttributes redirect) {
		return decideHoliday(marketOwner(code), day, date, confirm, principal, redirect);
	}

	@PostMapping("/teams/{id}/holidays/{day}")
	String decideTeamHoliday(@PathVariable UUID id, @PathVariable String day,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) boolean confirm,
			Principal principal, RedirectAttributes redirect) {
		return decideHoliday(teamOwner(id), day, date, confirm, principal, redirect);
	}

	@PostMapping("/markets/{code}")
	String storeMarket(@PathVariable String code, @ModelAttribute CalendarForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return store(marketOwner(code), form, model, redirect, response);
	}

	@PostMapping("/teams/{id}")
	String storeTeam(@PathVariable UUID id, @ModelAttribute CalendarForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return store(teamOwner(id), form, model, redirect, response);
	}

	@PostMapping("/markets/{code}/reset")
	String resetMarket(@PathVariable String code, RedirectAttributes redirect) {
		return reset(marketOwner(code), redirect);
	}

	@PostMapping("/teams/{id}/reset")
	String resetTeam(@PathVariable UUID id, RedirectAttributes redirect) {
		return reset(teamOwner(id), redirect);
	}

	private String store(Owner owner, CalendarForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			CalendarForm.Parts parts = form.parse();
			// The form does not edit one-off openings (the API does): keep those stored.
			List<OneOffOpening> openings = this.calendars.definition(owner.key())
				.map(CalendarDefinition::openings)
				.orElse(List.of());
			CalendarDefinition stored = this.calendars.store(owner.key(), parts.schedule(), parts.region(),
					parts.closures(), openings);
			redirect.addFlashAttribute("notice", this.texts
				.text(stored.isNeverOpen() ? "calendars.admin.savedNeverOpen" : "calendars.admin.saved", owner.name()));
			return "redirect:/app/admin/calendars/" + owner.path();
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, owner, form, Map.of(SlaTexts.field(ex.field()), this.texts.error("calendars.admin", ex)),
					null);
		}
	}

	private String decideHoliday(Owner owner, String dayText, @Nullable String date, boolean confirm,
			Principal principal, RedirectAttributes redirect) {
		LocalDate day = parseDate("day", dayText);
		try {
			LocalDate to = confirm || date == null || date.isBlank() ? null : parseDate("date", date);
			Holiday holiday = this.calendars.decideHoliday(owner.key(), day, to, principal.getName());
			redirect.addFlashAttribute("notice",
					to == null || to.equals(day)
							? this.texts.text("calendars.admin.holidayConfirmed", holiday.name(), this.times.date(day))
							: this.texts.text("calendars.admin.holidayMoved", holiday.name(), this.times.date(day),
									this.times.date(to)));
		}
		catch (InvalidValueException | NotFoundException ex) {
			redirect.addFlashAttribute("problem", this.texts.error("calendars.admin.holiday", ex));
		}
		return "redirect:/app/admin/calendars/" + owner.path() + "?year=" + day.getYear();
	}

	private static LocalDate parseDate(String field, String date) {
		try {
			return LocalDate.parse(date.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidValueException(field, "'" + date + "' is not a date YYYY-MM-DD");
		}
	}

	private String reset(Owner owner, RedirectAttributes redirect) {
		this.calendars.remove(owner.key());
		redirect.addFlashAttribute("notice", this.texts.text("calendars.admin.wasReset", owner.name()));
		return "redirect:/app/admin/calendars/" + owner.path();
	}

	/**
	 * An owner's page: its calendar, the form (as sent when it was rejected, else filled
	 * from the calendar in force) and the public holidays of its region this year.
	 */
	private String page(Model model, Owner owner, @Nullable CalendarForm sent, Map<String, String> errors,
			@Nullable Integer requestedYear) {
		CalendarView view = view(owner);
		CalendarForm form = sent;
		BusinessSchedule schedule = view.schedule();
		if (form == null) {
			form = schedule != null ? CalendarForm.of(schedule, view.region(), view.closures())
					// A team's first calendar: its admin's zone is the likeliest guess.
					: new CalendarForm(this.times.viewerZone().getId(), List.of(), List.of(), List.of(), "", "", "");
		}
		model.addAttribute("calendar", view);
		model.addAttribute("defaultText", defaultText());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days",
				Arrays.stream(DayOfWeek.values())
					.map(day -> new DayOption(day.name(), this.texts.dayName(day)))
					.toList());
		if (view.region() != null) {
			ZoneId zone = schedule == null ? ZoneId.of("UTC") : schedule.zone();
			int thisYear = Year.now(this.clock.withZone(zone)).getValue();
			// Next year's estimated holidays are the ones to review: the page pages by
			// year.
			int year = requestedYear == null || requestedYear < HolidaySource.FIRST_YEAR
					|| requestedYear > HolidaySource.LAST_YEAR ? thisYear : requestedYear;
			model.addAttribute("year", year);
			model.addAttribute("previousYear", year > HolidaySource.FIRST_YEAR ? year - 1 : null);
			model.addAttribute("nextYear", year < HolidaySource.LAST_YEAR ? year + 1 : null);
			model.addAttribute("decisions", Map.<LocalDate, HolidayDecision>of());
			try {
				model.addAttribute("holidays", this.calendars.holidays(view.region(), year));
				model.addAttribute("decisions", this.calendars.holidayDecisions(view.region(), year));
			}
			catch (InvalidValueException ex) {
				// A region stored before the holiday data dropped it: say so, don't fail.
				model.addAttribute("holidays", List.<Holiday>of());
				model.addAttribute("holidayProblem", ex.getMessage());
			}
		}
		return "sla/calendar";
	}

	private CalendarView view(Owner owner) {
		Optional<CalendarDefinition> stored = this.calendars.definition(owner.key());
		if (stored.isPresent()) {
			CalendarDefinition definition = stored.get();
			return new CalendarView(owner, true, definition.schedule(), definition.holidays(), definition.closures(),
					weekly(definition.schedule()), definition.isNeverOpen());
		}
		ZoneId zone = owner.zone();
		CountryCode country = owner.country();
		if (zone == null || country == null) {
			return new CalendarView(owner, false, null, null, List.of(), List.of(), false);
		}
		// The same default the SLA clocks use (CalendarManagement.calendarFor).
		BusinessSchedule week = BusinessSchedule.businessDays(zone, country, CalendarManagement.DEFAULT_OPEN,
				CalendarManagement.DEFAULT_CLOSE);
		HolidayRegion region = HolidayRegion.of(country);
		return new CalendarView(owner, false, week, region, List.of(), weekly(week), false);
	}

	private String defaultText() {
		return this.texts.text("calendars.admin.default", this.texts.time(CalendarManagement.DEFAULT_OPEN),
				this.texts.time(CalendarManagement.DEFAULT_CLOSE));
	}

	/** One line per open interval: "Monday 9:00 AM – 6:00 PM". */
	private List<String> weekly(BusinessSchedule schedule) {
		List<String> lines = new ArrayList<>();
		schedule.intervals()
			.forEach(interval -> lines
				.add(this.texts.text("calendars.admin.interval", this.texts.dayName(interval.day()),
						this.texts.time(interval.start()), this.texts.time(interval.end()))));
		return lines;
	}

	private Owner owner(Market market) {
		return new Owner(CalendarOwner.market(market.code()), "markets/" + market.code().value(),
				market.name() + " (" + market.code().value() + ")", market.timeZone(), market.code());
	}

	private Owner owner(Team team) {
		// Teams have no zone or country of their own: without a stored calendar their
		// tickets count on their market's.
		return new Owner(CalendarOwner.team(team.id().value()), "teams/" + team.id().value(), team.name(), null, null);
	}

	private Owner marketOwner(String code) {
		CountryCode country = CountryCode.parse("code", code);
		return owner(this.markets.find(country).orElseThrow(() -> new NotFoundException("Market", country)));
	}

	private Owner teamOwner(UUID id) {
		return owner(this.agents.findTeam(new TeamId(id)).orElseThrow(() -> new NotFoundException("Team", id)));
	}

}
