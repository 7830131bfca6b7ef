package dev.meridian.language.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import it.unimi.dsi.fastutil.objects.Object2FloatOpenHashMap;

/**
 * Reads one of Lingua's model files ({@code {"language":"IRISH","ngrams":{"1/2":"ehair
 * glésh …", …}}}: each relative frequency as a fraction, with the n-grams that have it)
 * straight into a {@link CompactNgrams}, with the frequencies Lingua computes (the
 * numerator parsed as a float, divided by the denominator). Lingua's own reader makes a
 * {@code String} of every n-gram and puts it into a hash map, which {@code CompactNgrams}
 * then copies: about a second of CPU and a few hundred megabytes of short-lived objects
 * per language on the evaluation machine, and the detector loads a language's full models
 * again whenever a short text needs a language unloaded to keep the heap in budget (a
 * dozen times in the bot's evaluation pass). Here the n-grams go from the file's
 * characters into the compact arrays directly: a few milliseconds per model.
 */
final class LinguaModelFile {

	private final String json;

	private int at;

	private LinguaModelFile(String json) {
		this.json = json;
	}

	/** The model of n-grams of {@code length} characters in a Lingua model file. */
	static CompactNgrams read(int length, InputStream in) throws IOException {
		return new LinguaModelFile(new String(in.readAllBytes(), StandardCharsets.UTF_8)).model(length);
	}

	/** The same from the file's text (for tests). */
	static CompactNgrams read(int length, String json) {
		return new LinguaModelFile(json).model(length);
	}

	private CompactNgrams model(int length) {
		Ngrams ngrams = new Ngrams(length);
		expect('{');
		while (!next('}')) {
			String name = string();
			expect(':');
			if ("language".equals(name)) {
				string();
			}
			else if ("ngrams".equals(name)) {
				expect('{');
				while (!next('}')) {
					float frequency = frequency(string());
					expect(':');
					ngrams.add(value(), frequency);
					next(',');
				}
			}
			else {
				throw malformed("unexpected name '" + name + "'");
			}
			next(',');
		}
		return ngrams.model();
	}

	/** As Lingua reads a fraction: {@code numerator.toFloat() / denominator.toInt()}. */
	private float frequency(String fraction) {
		int slash = fraction.indexOf('/');
		if (slash < 0) {
			throw malformed("a frequency '" + fraction + "' that is not a fraction");
		}
		return Float.parseFloat(fraction.substring(0, slash)) / Integer.parseInt(fraction.substring(slash + 1));
	}

	/** A string value: its characters without escapes (usually a range of the file). */
	private CharSequence value() {
		skipSpace();
		expectHere('"');
		int start = this.at;
		int end = this.json.indexOf('"', start);
		if (end < 0) {
			throw malformed("an unterminated string");
		}
		for (int i = start; i < end; i++) {
			if (this.json.charAt(i) == '\\') {
				this.at = start - 1;
				return string();
			}
		}
		this.at = end + 1;
		return this.json.subSequence(start, end);
	}

	private String string() {
		skipSpace();
		expectHere('"');
		StringBuilder text = new StringBuilder();
		while (true) {
			if (this.at >= this.json.length()) {
				throw malformed("an unterminated string");
			}
			char c = this.json.charAt(this.at++);
			if (c == '"') {
				return text.toString();
			}
			if (c != '\\') {
				text.append(c);
				continue;
			}
			char escaped = this.json.charAt(this.at++);
			switch (escaped) {
				case 'b' -> text.append('\b');
				case 'f' -> text.append('\f');
				case 'n' -> text.append('\n');
				case 'r' -> text.append('\r');
				case 't' -> text.append('\t');
				case 'u' -> {
					text.append((char) Integer.parseInt(this.json.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> text.append(escaped);
			}
		}
	}

	private void skipSpace() {
		while (this.at < this.json.length() && Character.isWhitespace(this.json.charAt(this.at))) {
			this.at++;
		}
	}

	private boolean next(char c) {
		skipSpace();
		if (this.at < this.json.length() && this.json.charAt(this.at) == c) {
			this.at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		skipSpace();
		expectHere(c);
	}

	private void expectHere(char c) {
		if (this.at >= this.json.length() || this.json.charAt(this.at) != c) {
			throw malformed("'" + c + "' expected");
		}
		this.at++;
	}

	private IllegalStateException malformed(String what) {
		return new IllegalStateException("Not a Lingua model file: " + what + " at character " + this.at);
	}

	/**
	 * The n-grams read so far: those of the model's length side by side, the rare others
	 * (a character outside the Basic Multilingual Plane) in a map, as in
	 * {@link CompactNgrams}.
	 */
	private static final class Ngrams {

		private final int length;

		private char[] keys = new char[1024];

		private float[] values = new float[256];

		private int count;

		private final Object2FloatOpenHashMap<String> others = new Object2FloatOpenHashMap<>();

		Ngrams(int length) {
			this.length = length;
		}

		/**
		 * The n-grams of one frequency, separated by single spaces (as Lingua splits).
		 */
		void add(CharSequence ngrams, float frequency) {
			int start = 0;
			for (int i = 0; i <= ngrams.length(); i++) {
				if (i == ngrams.length() || ngrams.charAt(i) == ' ') {
					add(ngrams, start, i, frequency);
					start = i + 1;
				}
			}
		}

		private void add(CharSequence ngrams, int start, int end, float frequency) {
			if (end - start != this.length) {
				this.others.put(ngrams.subSequence(start, end).toString(), frequency);
				return;
			}
			if ((this.count + 1) * this.length > this.keys.length) {
				this.keys = Arrays.copyOf(this.keys, this.keys.length * 2);
			}
			if (this.count == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.values.length * 2);
			}
			for (int i = 0; i < this.length; i++) {
				this.keys[this.count * this.length + i] = ngrams.charAt(start + i);
			}
			this.values[this.count++] = frequency;
		}

		CompactNgrams model() {
			char[] keys = Arrays.copyOf(this.keys, this.count * this.length);
			float[] values = Arrays.copyOf(this.values, this.count);
			CompactNgrams model = CompactNgrams.ofDistinct(this.length, keys, values, this.others);
			if (model != null) {
				return model;
			}
			// An n-gram listed twice (none of Lingua's files has one): through a map,
			// where the last frequency wins, as in Lingua's.
			Object2FloatOpenHashMap<String> all = new Object2FloatOpenHashMap<>(this.others);
			for (int entry = 0; entry < this.count; entry++) {
				all.put(new String(keys, entry * this.length, this.length), values[entry]);
			}
			return CompactNgrams.of(this.length, all);
		}

	}

}
