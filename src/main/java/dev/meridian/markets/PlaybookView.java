package dev.meridian.markets;

import java.time.Instant;
import java.util.List;

/**
 * A playbook as one agent reads it.
 *
 * @param language the language of the items shown
 * @param items the checklist
 * @param sourceLanguage the language the playbook is written in
 * @param inReadersLanguage whether the items are in the reader's language; when not, they
 * are the source, marked with its language
 * @param outdated whether the items are a translation of an older revision of the source
 */
public record PlaybookView(CountryCode market, LanguageTag language, List<String> items, LanguageTag sourceLanguage,
		boolean inReadersLanguage, boolean outdated, int revision, Instant updatedAt) {

	public PlaybookView {
		items = List.copyOf(items);
	}

}
