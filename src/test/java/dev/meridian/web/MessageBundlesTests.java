package dev.meridian.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen is in English and German: a key added to a bundle's default file without
 * its German line would show English to a German viewer without anyone noticing.
 */
class MessageBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "help-center", "commerce-explanations" })
	void germanBundleHasEveryKeyOfTheDefaultOne(String bundle) throws IOException {
		Set<String> missing = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
		missing.removeAll(load(bundle + "_de.properties").stringPropertyNames());

		assertThat(missing).as("keys of %s.properties missing from %s_de.properties", bundle, bundle).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "help-center", "commerce-explanations" })
	void germanBundleHasNoKeyTheDefaultOneLacks(String bundle) throws IOException {
		Set<String> extra = new TreeSet<>(load(bundle + "_de.properties").stringPropertyNames());
		extra.removeAll(load(bundle + ".properties").stringPropertyNames());

		assertThat(extra).as("keys of %s_de.properties that %s.properties lacks", bundle, bundle).isEmpty();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
