package dev.meridian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import dev.meridian.markets.MarketPlaybooks;
import dev.meridian.markets.PlaybookEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/playbooks-demo.json} when the demo is wanted and no market has a
 * playbook yet: one per demo market, written in one language and translated into some of
 * the workspace's (the others read the source, marked with its language).
 */
@Component
@Order(26)
class PlaybookDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlaybookDemo.class);

	private final DemoData demo;

	private final MarketPlaybooks playbooks;

	private final JsonMapper json;

	PlaybookDemo(DemoData demo, MarketPlaybooks playbooks, JsonMapper json) {
		this.demo = demo;
		this.playbooks = playbooks;
		this.json = json;
	}

	record Dataset(List<PlaybookData> playbooks) {
	}

	/** A market's playbook: the source language's items and the translations' items. */
	record PlaybookData(String market, String source, Map<String, List<String>> texts) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.wanted() || this.playbooks.any()) {
			return;
		}
		Dataset dataset;
		try (InputStream in = new ClassPathResource("demo/playbooks-demo.json").getInputStream()) {
			dataset = this.json.readValue(in, Dataset.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (PlaybookData data : dataset.playbooks()) {
			CountryCode market = new CountryCode(data.market());
			LanguageTag source = new LanguageTag(data.source());
			this.playbooks.write(market, source, data.texts().get(data.source()), PlaybookEdit.SUBSTANTIVE);
			data.texts()
				.entrySet()
				.stream()
				.filter(text -> !text.getKey().equals(data.source()))
				.forEach(text -> this.playbooks.translate(market, new LanguageTag(text.getKey()), text.getValue()));
		}
		log.info("Loaded demo playbooks: {}", dataset.playbooks().size());
	}

}
