package dev.meridian.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessagePattern;
import dev.meridian.knowledge.KnowledgeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.DefaultValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle family under {@code src/main/resources} (the workspace's {@code messages},
 * the help center's, the chat's, the mails', ...) is checked against its base file, in
 * the spirit of spring-petclinic's I18nPropertiesSyncTest: a translation lacking a key
 * shows the base language to its reader without anyone noticing, and a translation whose
 * placeholders differ drops or invents a value (an unescaped apostrophe in a
 * {@code java.text.MessageFormat} pattern silently hides every placeholder after it).
 */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	/**
	 * {@code name_xx.properties}, {@code name_xx_YY.properties},
	 * {@code name_xxx.properties}.
	 */
	private static final Pattern TRANSLATION = Pattern
		.compile("(.+?)_([a-z]{2,3}(?:_[A-Z]{2}|_[A-Z][a-z]{3})?)\\.properties");

	/**
	 * An ICU-style named argument ({@code {subject}}): such a message is an ICU pattern.
	 */
	private static final Pattern NAMED_ARGUMENT = Pattern.compile("\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*[,}]");

	static Stream<Path> translations() {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			return files.filter(f -> TRANSLATION.matcher(f.getFileName().toString()).matches())
				.sorted()
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void translationHasEveryKeyOfItsBaseFileAndNoOther(Path translation) {
		Properties base = load(baseOf(translation));
		Properties translated = load(translation);

		Set<String> missing = new TreeSet<>(base.stringPropertyNames());
		missing.removeAll(translated.stringPropertyNames());
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(knownKeys(translation));

		assertThat(missing).as("keys of %s missing from %s", baseOf(translation), translation).isEmpty();
		assertThat(extra).as("keys of %s that %s lacks", translation, baseOf(translation)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void translationHasTheSamePlaceholdersAsItsBaseFile(Path translation) {
		Properties base = load(baseOf(translation));
		Properties translated = load(translation);

		Map<String, String> mismatches = new TreeMap<>();
		for (String key : base.stringPropertyNames()) {
			String value = translated.getProperty(key);
			if (value == null) {
				continue;
			}
			String expected = arguments(base.getProperty(key));
			String actual = arguments(value);
			if (!expected.equals(actual)) {
				mismatches.put(key, "base " + expected + ", translation " + actual);
			}
		}

		assertThat(mismatches).as("placeholders of %s that differ from %s", translation, baseOf(translation)).isEmpty();
	}

	@Test
	void workspaceIsTranslatedIntoEveryWorkspaceLanguage() {
		List<String> missing = new ArrayList<>();
		for (Locale language : WorkspaceLanguages.ALL) {
			if (!language.equals(Locale.ENGLISH)
					&& !Files.exists(RESOURCES.resolve("messages_" + language.getLanguage() + ".properties"))) {
				missing.add(language.toLanguageTag());
			}
		}
		assertThat(missing).as("workspace languages without messages_xx.properties").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mail/notifications", "notifications/notifications", "feedback/feedback" })
	void customerMailsExistInEveryWorkspaceLanguageAndEveryDemoCustomersLanguage(String family) {
		Set<String> languages = new TreeSet<>();
		WorkspaceLanguages.ALL.forEach(l -> languages.add(l.getLanguage()));
		JsonNode demo = JsonMapper.builder().build().readTree(RESOURCES.resolve("demo/demo-data.json").toFile());
		demo.get("customers")
			.forEach(c -> languages.add(Locale.forLanguageTag(c.get("language").asString()).getLanguage()));
		languages.remove("en");

		List<String> missing = languages.stream()
			.filter(l -> !Files.exists(RESOURCES.resolve(family + "_" + l + ".properties")))
			.toList();

		assertThat(missing).as("languages without %s_xx.properties", family).isEmpty();
	}

	/**
	 * The help center's pages (with its returns and privacy pages) are written in every
	 * language it offers by default ({@code meridian.knowledge.locales}): a language
	 * without its bundle would read English under its own {@code lang}.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "help-center", "commerce-returns" })
	void helpCenterIsTranslatedIntoEveryLanguageItOffers(String family) throws ReflectiveOperationException {
		Set<String> languages = new TreeSet<>();
		for (String locale : helpCenterLocales()) {
			languages.add(Locale.forLanguageTag(locale).getLanguage());
		}
		languages.remove("en");
		assertThat(languages).contains("he", "fa");

		List<String> missing = languages.stream()
			.filter(l -> !Files.exists(RESOURCES.resolve(family + "_" + l + ".properties")))
			.toList();

		assertThat(missing).as("help center languages without %s_xx.properties", family).isEmpty();
	}

	private static String[] helpCenterLocales() throws ReflectiveOperationException {
		RecordComponent[] components = KnowledgeSettings.class.getRecordComponents();
		Constructor<KnowledgeSettings> canonical = KnowledgeSettings.class
			.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		for (int i = 0; i < components.length; i++) {
			if (components[i].getName().equals("locales")) {
				return canonical.getParameters()[i].getAnnotation(DefaultValue.class).value();
			}
		}
		throw new IllegalStateException("KnowledgeSettings has no locales");
	}

	@Test
	void placeholderCheckCatchesAnApostropheThatHidesAnArgument() {
		assertThat(arguments("On the agent''s own clock: {0}.")).isEqualTo("[0]");
		assertThat(arguments("On the agent's own clock: {0}.")).isEqualTo("[]");
		assertThat(arguments("{3,choice,0#none|1<{3,number,integer} open}")).isEqualTo("[3]");
		assertThat(arguments("We'll answer by {time} ({place} time).")).isEqualTo("[place, time]");
	}

	/**
	 * The arguments a message uses, as a sorted list: parsed with ICU's
	 * {@link MessagePattern}, in {@code java.text.MessageFormat}'s apostrophe mode unless
	 * the message uses named arguments (the ICU mail bundles).
	 */
	static String arguments(String message) {
		MessagePattern.ApostropheMode mode = NAMED_ARGUMENT.matcher(message).find()
				? MessagePattern.ApostropheMode.DOUBLE_OPTIONAL : MessagePattern.ApostropheMode.DOUBLE_REQUIRED;
		Set<String> names = new TreeSet<>();
		try {
			MessagePattern pattern = new MessagePattern(mode).parse(message);
			for (int i = 0; i < pattern.countParts(); i++) {
				MessagePattern.Part part = pattern.getPart(i);
				if (part.getType() == MessagePattern.Part.Type.ARG_NAME
						|| part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
					names.add(pattern.getSubstring(part));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return "unparseable (" + ex.getMessage() + ")";
		}
		return names.toString();
	}

	/**
	 * The keys a translation may hold: its base file's, or, for the families Spring's
	 * message source reads together ({@code spring.messages.basename}), any of their base
	 * files' (a returns page's texts may take their English from {@code messages}).
	 */
	private static Set<String> knownKeys(Path translation) {
		Path base = baseOf(translation);
		String family = RESOURCES.relativize(base).toString().replace(".properties", "");
		List<String> merged = List
			.of(load(RESOURCES.resolve("application.properties")).getProperty("spring.messages.basename").split(","));
		Set<String> keys = new TreeSet<>(load(base).stringPropertyNames());
		if (merged.contains(family)) {
			merged.forEach(
					name -> keys.addAll(load(RESOURCES.resolve(name.trim() + ".properties")).stringPropertyNames()));
		}
		return keys;
	}

	private static Path baseOf(Path translation) {
		Matcher matcher = TRANSLATION.matcher(translation.getFileName().toString());
		assertThat(matcher.matches()).isTrue();
		return translation.resolveSibling(matcher.group(1) + ".properties");
	}

	private static Properties load(Path file) {
		assertThat(file).as("base file of a translation").exists();
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
