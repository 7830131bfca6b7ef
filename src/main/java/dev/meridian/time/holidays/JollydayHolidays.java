package dev.meridian.time.holidays;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ULocale;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.meridian.InvalidValueException;
import dev.meridian.time.Holiday;
import dev.meridian.time.HolidayRegion;
import dev.meridian.time.HolidaySource;

import org.springframework.stereotype.Component;

/**
 * Public holidays from Jollyday's data, corrected by {@link HolidayOverrides}: the
 * library's data goes stale (Japan's equinoxes and substitute days, moved or new
 * holidays), the overrides are checked by hand against the governments' lists.
 */
@Component
public class JollydayHolidays implements HolidaySource {

	private static final Set<String> COUNTRIES = HolidayManager.getSupportedCalendarCodes();

	/** Region-years kept in memory, a few hundred kilobytes at most. */
	static final int MAX_CACHED_YEARS = 2000;

	private final HolidayOverrides overrides;

	private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();

	private final Map<String, List<Holiday>> years = new ConcurrentHashMap<>();

	public JollydayHolidays() {
		this(HolidayOverrides.load());
	}

	JollydayHolidays(HolidayOverrides overrides) {
		this.overrides = overrides;
	}

	@Override
	public void validate(HolidayRegion region) {
		HolidayManager manager = manager(region);
		if (region.subdivision() != null && !manager.getCalendarHierarchy()
			.getChildren()
			.containsKey(region.subdivision().toLowerCase(Locale.ROOT))) {
			throw new InvalidValueException("subdivision", "No holiday data for the subdivision '"
					+ region.subdivision() + "' of " + region.country() + " (use an ISO 3166-2 code such as DE-BY)");
		}
	}

	@Override
	public List<Holiday> holidays(HolidayRegion region, int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidValueException("year",
					"Holidays are known for the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
		}
		validate(region);
		String key = region + "/" + year;
		List<Holiday> known = this.years.get(key);
		if (known != null) {
			return known;
		}
		List<Holiday> loaded = List.copyOf(load(region, year));
		// Clients choose regions and years: the cache keeps the ones in use, not all.
		if (this.years.size() < MAX_CACHED_YEARS) {
			this.years.putIfAbsent(key, loaded);
		}
		return loaded;
	}

	private List<Holiday> load(HolidayRegion region, int year) {
		TreeMap<LocalDate, Holiday> byDate = new TreeMap<>();
		String[] path = region.subdivision() == null ? new String[0]
				: new String[] { region.subdivision().toLowerCase(Locale.ROOT) };
		Locale local = ULocale.addLikelySubtags(new ULocale("und_" + region.country().value())).toLocale();
		for (de.focus_shift.jollyday.core.Holiday holiday : manager(region).getHolidays(Year.of(year),
				HolidayType.PUBLIC_HOLIDAY, path)) {
			String name = holiday.getDescription(Locale.ENGLISH);
			String localName = holiday.getDescription(local);
			boolean moved = !holiday.getDate().equals(holiday.getActualDate());
			byDate.putIfAbsent(holiday.getDate(),
					new Holiday(holiday.getDate(), moved ? name + " (observed)" : name,
							localName.equals(holiday.getDescription(Locale.ENGLISH)) ? null : localName,
							moved ? Holiday.Kind.SUBSTITUTE : Holiday.Kind.PUBLIC, followsTheMoon(holiday)));
		}
		apply(region.country().value(), year, byDate);
		if (region.subdivision() != null) {
			apply(region.toString(), year, byDate);
		}
		return new ArrayList<>(byDate.values());
	}

	/**
	 * Jollyday computes Islamic holidays from the tabular Hijri calendar; the governments
	 * announce them after the moon is sighted, often a day apart. Until the reviewed
	 * overrides or an admin say otherwise, such a date is an estimate.
	 */
	private static boolean followsTheMoon(de.focus_shift.jollyday.core.Holiday holiday) {
		String key = holiday.getPropertiesKey();
		return key != null && (key.startsWith("islamic.") || key.startsWith("hindu."));
	}

	private void apply(String regionKey, int year, TreeMap<LocalDate, Holiday> byDate) {
		this.overrides.forRegion(regionKey, year).ifPresent((correction) -> {
			if (correction.replacesAll()) {
				byDate.clear();
			}
			correction.removed().forEach((removal) -> byDate.remove(removal.date()));
			// A subdivision may already have its own holiday on an added national date.
			correction.added().forEach((day) -> byDate.putIfAbsent(day.date(), day.toHoliday()));
		});
	}

	private HolidayManager manager(HolidayRegion region) {
		String country = region.country().value();
		if (!COUNTRIES.contains(country)) {
			throw new InvalidValueException("country", "No holiday data for the country " + country);
		}
		return this.managers.computeIfAbsent(country,
				(code) -> HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(Locale.ROOT))));
	}

}
