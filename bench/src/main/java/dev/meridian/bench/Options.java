package dev.meridian.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of the form {@code --name=value} (or {@code --flag}). */
final class Options {

	private final Map<String, String> values;

	private Options(Map<String, String> values) {
		this.values = values;
	}

	static Options parse(String[] args) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Expected --name=value, got: " + arg);
			}
			int eq = arg.indexOf('=');
			if (eq < 0) {
				values.put(arg.substring(2), "true");
			}
			else {
				values.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
		}
		return new Options(values);
	}

	String get(String name, String defaultValue) {
		String value = values.get(name);
		return (value == null || value.isBlank()) ? defaultValue : value;
	}

	String require(String name) {
		String value = get(name, null);
		if (value == null) {
			throw new IllegalArgumentException("Missing required option --" + name + "=...");
		}
		return value;
	}

	int getInt(String name, int defaultValue) {
		return Integer.parseInt(get(name, Integer.toString(defaultValue)));
	}

	long getLong(String name, long defaultValue) {
		return Long.parseLong(get(name, Long.toString(defaultValue)));
	}

	Duration seconds(String name, double defaultSeconds) {
		double seconds = Double.parseDouble(get(name, Double.toString(defaultSeconds)));
		return Duration.ofMillis(Math.round(seconds * 1000));
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(get(name, "false"));
	}

	List<Integer> intList(String name, String defaultValue) {
		List<Integer> list = new ArrayList<>();
		for (String part : get(name, defaultValue).split("[,\\s]+")) {
			if (!part.isBlank()) {
				list.add(Integer.parseInt(part.trim()));
			}
		}
		if (list.isEmpty()) {
			throw new IllegalArgumentException("--" + name + " must list at least one value");
		}
		return list;
	}

	/** Bench settings shared by the load commands. */
	LoadSettings loadSettings(String defaultLevels, double defaultWarmup, double defaultDuration) {
		return new LoadSettings(intList("levels", defaultLevels), seconds("warmup", defaultWarmup),
				seconds("duration", defaultDuration), getLong("max-ops", 5_000_000L));
	}

	record LoadSettings(List<Integer> levels, Duration warmup, Duration duration, long maxOpsPerLevel) {

		@Override
		public String toString() {
			return "levels=" + levels + ", warm-up=" + warmup.toMillis() / 1000.0 + " s, duration="
					+ duration.toMillis() / 1000.0 + " s, max ops per level=" + maxOpsPerLevel;
		}

	}

}
