package dev.meridian.time.holidays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.meridian.time.Holiday;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections to Jollyday's data, one entry per region and year, each with the official
 * source it was checked against. Read once from {@code time/holiday-overrides.json}.
 */
final class HolidayOverrides {

	static final String RESOURCE = "time/holiday-overrides.json";

	/** The file's shape. */
	record File(String about, List<Correction> corrections) {
	}

	/**
	 * Changes to one region's holidays in one year: either the whole list
	 * ({@code replaceAll}) or days added and removed.
	 *
	 * @param region {@code JP} applies to the country and all its subdivisions,
	 * {@code US-CA} to the subdivision only
	 */
	record Correction(String region, int year, String source, @Nullable String note, @Nullable Boolean replaceAll,
			@Nullable List<Day> add, @Nullable List<Removal> remove) {

		boolean replacesAll() {
			return Boolean.TRUE.equals(this.replaceAll);
		}

		List<Day> added() {
			return this.add == null ? List.of() : this.add;
		}

		List<Removal> removed() {
			return this.remove == null ? List.of() : this.remove;
		}

	}

	/**
	 * A day off as the official source lists it.
	 *
	 * @param estimated true when no official announcement confirms the date yet
	 * @param source where this very date was checked, when it differs from the
	 * correction's
	 */
	record Day(LocalDate date, String name, @Nullable String localName, @Nullable String kind,
			@Nullable Boolean estimated, @Nullable String source) {

		Holiday toHoliday() {
			return new Holiday(this.date, this.name, this.localName,
					"substitute".equals(this.kind) ? Holiday.Kind.SUBSTITUTE : Holiday.Kind.PUBLIC,
					Boolean.TRUE.equals(this.estimated));
		}

	}

	record Removal(LocalDate date, String reason) {
	}

	private final Map<String, Correction> byRegionAndYear;

	private HolidayOverrides(List<Correction> corrections) {
		this.byRegionAndYear = corrections.stream()
			.collect(Collectors.toMap((c) -> c.region() + "/" + c.year(), Function.identity()));
	}

	static HolidayOverrides load() {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = HolidayOverrides.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return new HolidayOverrides(json.readValue(in, File.class).corrections());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Correction> forRegion(String region, int year) {
		return Optional.ofNullable(this.byRegionAndYear.get(region + "/" + year));
	}

}
