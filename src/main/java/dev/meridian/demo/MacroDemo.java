package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.meridian.markets.LanguageTag;
import dev.meridian.tickets.Priority;
import dev.meridian.tickets.Status;
import dev.meridian.tickets.macros.EditKind;
import dev.meridian.tickets.macros.Macro;
import dev.meridian.tickets.macros.MacroActions;
import dev.meridian.tickets.macros.MacroManagement;
import dev.meridian.web.EnumValues;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/macros-demo.json} when the demo is wanted and there are no macros
 * yet: saved replies in several languages, with placeholders and actions.
 */
@Component
@Order(25)
class MacroDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MacroDemo.class);

	private final DemoData demo;

	private final MacroManagement macros;

	private final JsonMapper json;

	MacroDemo(DemoData demo, MacroManagement macros, JsonMapper json) {
		this.demo = demo;
		this.macros = macros;
		this.json = json;
	}

	record Dataset(List<MacroData> macros) {
	}

	record MacroData(String name, String language, ActionData actions, List<VariantData> variants) {
	}

	record ActionData(@Nullable String status, @Nullable String priority, List<String> tags) {
	}

	record VariantData(String language, String name, String body) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.wanted() || this.macros.any()) {
			return;
		}
		Dataset dataset;
		try (InputStream in = new ClassPathResource("demo/macros-demo.json").getInputStream()) {
			dataset = this.json.readValue(in, Dataset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (MacroData data : dataset.macros()) {
			LanguageTag source = new LanguageTag(data.language());
			VariantData sourceVariant = data.variants()
				.stream()
				.filter(v -> new LanguageTag(v.language()).equals(source))
				.findFirst()
				.orElseThrow();
			MacroActions actions = new MacroActions(
					EnumValues.parseOrNull("status", data.actions().status(), Status.class),
					EnumValues.parseOrNull("priority", data.actions().priority(), Priority.class),
					data.actions().tags());
			Macro macro = this.macros.create(data.name(), source, sourceVariant.name(), sourceVariant.body(), actions);
			data.variants()
				.stream()
				.filter(v -> v != sourceVariant)
				.forEach(v -> this.macros.putVariant(macro.id(), new LanguageTag(v.language()), v.name(), v.body(),
						EditKind.SUBSTANTIVE));
		}
		log.info("Loaded demo macros: {}", dataset.macros().size());
	}

}
