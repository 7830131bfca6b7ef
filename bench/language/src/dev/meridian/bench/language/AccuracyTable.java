package dev.meridian.bench.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.meridian.bench.language.Sample.Kind;
import dev.meridian.bench.language.Tally.Outcome;
import dev.meridian.language.Detection;
import dev.meridian.language.LanguageDetection;

/** Detections of every corpus message under every {@link Condition}, counted per language and kind. */
final class AccuracyTable {

	record Miss(Sample sample, Condition condition, Detection detection) {
	}

	private final Map<String, Map<Kind, Map<Condition, Tally>>> tallies = new TreeMap<>();

	private final List<Miss> misses = new ArrayList<>();

	static AccuracyTable measure(LanguageDetection detection, List<Sample> corpus) {
		AccuracyTable table = new AccuracyTable();
		for (Sample sample : corpus) {
			for (Condition condition : Condition.values()) {
				Detection detected = detection.detect(sample.text(), condition.hints(sample.language()));
				Outcome outcome = outcome(sample.language(), detected);
				table.tally(sample.language(), sample.kind(), condition).add(outcome);
				if (outcome != Outcome.RIGHT) {
					table.misses.add(new Miss(sample, condition, detected));
				}
			}
		}
		return table;
	}

	static Outcome outcome(String trueLanguage, Detection detected) {
		if (detected.language().isUndetermined()) {
			return Outcome.UNDETERMINED;
		}
		return detected.language().language().equals(trueLanguage) ? Outcome.RIGHT : Outcome.WRONG;
	}

	Tally total(List<String> languages, Kind kind, Condition condition) {
		Tally total = new Tally();
		languages.forEach(language -> total.add(tally(language, kind, condition)));
		return total;
	}

	void print(List<String> languages, List<String> goalLanguages) {
		System.out.println("== accuracy, % right, per language and length; columns are what is known of the writer:");
		for (Condition condition : Condition.values()) {
			System.out.printf(Locale.ROOT, "   %-9s %s%n", condition.column, condition.description);
		}
		StringBuilder header = new StringBuilder("      ");
		StringBuilder columns = new StringBuilder("lang  ");
		for (Kind kind : Kind.values()) {
			header.append(String.format(Locale.ROOT, " | %-44s", kind.label));
			columns.append(" |");
			for (Condition condition : Condition.values()) {
				columns.append(String.format(Locale.ROOT, " %8s", condition.column));
			}
			columns.append("  ");
		}
		System.out.println(header);
		System.out.println(columns);
		for (String language : languages) {
			System.out.println(row(language, List.of(language)));
		}
		System.out.println(row("all 20", goalLanguages));
		System.out.println();
		System.out.println("== outcomes for the 20 languages: right / und / wrong (a wrong guess is worse than und)");
		for (Kind kind : Kind.values()) {
			for (Condition condition : Condition.values()) {
				Tally tally = total(goalLanguages, kind, condition);
				System.out.printf(Locale.ROOT,
						"%-10s %-9s %4d / %3d / %3d   (%5.1f %% right, %4.1f %% und, %4.1f %% wrong)%n", kind.label,
						condition.column, tally.right, tally.undetermined, tally.wrong, tally.accuracy(),
						100.0 * tally.undetermined / tally.total(), 100.0 * tally.wrong / tally.total());
			}
		}
		System.out.println();
	}

	/** The misses that matter most: sentences under any hints, short messages with the customer or market known. */
	void printMisses() {
		System.out.println("== misses: sentences (any column), 1-3 words with the customer or the market known");
		for (Miss miss : this.misses) {
			boolean shown = miss.sample().kind() == Kind.SENTENCE || miss.condition() == Condition.CUSTOMER
					|| miss.condition() == Condition.MARKET;
			if (shown) {
				Detection detected = miss.detection();
				String alternatives = detected.alternatives()
					.stream()
					.map(a -> String.format(Locale.ROOT, "%s %.2f", a.language(), a.confidence()))
					.collect(Collectors.joining(", "));
				System.out.printf(Locale.ROOT, "%s %-8s %-8s -> %-3s %.2f [%s]  %s%n", miss.sample().language(),
						miss.sample().kind().name().toLowerCase(Locale.ROOT), miss.condition().column,
						detected.language(), detected.confidence(), alternatives, miss.sample().text());
			}
		}
		System.out.println();
	}

	private String row(String name, List<String> languages) {
		StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-6s", name));
		for (Kind kind : Kind.values()) {
			row.append(" |");
			for (Condition condition : Condition.values()) {
				row.append(String.format(Locale.ROOT, " %8.1f", total(languages, kind, condition).accuracy()));
			}
			row.append("  ");
		}
		return row.toString();
	}

	private Tally tally(String language, Kind kind, Condition condition) {
		return this.tallies.computeIfAbsent(language, l -> new EnumMap<>(Kind.class))
			.computeIfAbsent(kind, k -> new EnumMap<>(Condition.class))
			.computeIfAbsent(condition, c -> new Tally());
	}

}
