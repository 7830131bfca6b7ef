package dev.meridian.markets;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import dev.meridian.NotFoundException;
import dev.meridian.markets.internal.Playbooks;
import dev.meridian.privacy.AuditTrail;
import dev.meridian.web.WorkspaceLanguages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the markets' playbooks. Supervisors write them (the API checks the
 * role); every agent reads the one of a ticket's market, in their UI language when it is
 * translated, else in the source language.
 */
@Service
@Transactional
public class MarketPlaybooks {

	private final Playbooks playbooks;

	private final MarketManagement markets;

	private final Clock clock;

	private final AuditTrail audit;

	MarketPlaybooks(Playbooks playbooks, MarketManagement markets, Clock clock, AuditTrail audit) {
		this.playbooks = playbooks;
		this.markets = markets;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Writes the source: the first write creates the playbook in that language; later
	 * ones must be in the same language, and a substantive one outdates the translations.
	 */
	public Playbook write(CountryCode market, LanguageTag language, List<String> items, PlaybookEdit edit) {
		this.markets.get(market);
		Optional<Playbook> existing = this.playbooks.findById(market.value());
		Playbook playbook;
		if (existing.isPresent()) {
			playbook = existing.get();
			playbook.rewrite(language, items, edit, this.clock.instant());
		}
		else {
			playbook = this.playbooks.save(new Playbook(market, language, items, this.clock.instant()));
		}
		this.audit.record("market.playbook-written", "market:" + market.value());
		return playbook;
	}

	/**
	 * Writes the translation into a workspace language, as made from the current
	 * revision.
	 */
	public Playbook translate(CountryCode market, LanguageTag language, List<String> items) {
		if (!WorkspaceLanguages.isTranslated(language.locale())) {
			throw new InvalidValueException("language",
					"Playbooks are translated into the workspace's languages ("
							+ String.join(", ", WorkspaceLanguages.ALL.stream().map(Locale::toLanguageTag).toList())
							+ "); no agent would read " + language.value());
		}
		Playbook playbook = get(market);
		playbook.translate(language, items, this.clock.instant());
		this.audit.record("market.playbook-translated", "market:" + market.value());
		return playbook;
	}

	public void removeTranslation(CountryCode market, LanguageTag language) {
		if (!get(market).removeTranslation(language)) {
			throw new NotFoundException("Playbook translation", market.value() + "/" + language.value());
		}
		this.audit.record("market.playbook-translation-removed", "market:" + market.value());
	}

	public void delete(CountryCode market) {
		this.playbooks.delete(get(market));
		this.audit.record("market.playbook-deleted", "market:" + market.value());
	}

	@Transactional(readOnly = true)
	public Optional<Playbook> find(CountryCode market) {
		return this.playbooks.findById(market.value());
	}

	@Transactional(readOnly = true)
	public Playbook get(CountryCode market) {
		return find(market).orElseThrow(() -> new NotFoundException("Playbook", market));
	}

	/** The playbook of a market as a reader of this language sees it, if it has one. */
	@Transactional(readOnly = true)
	public Optional<PlaybookView> forReader(CountryCode market, Locale reader) {
		return find(market).map(playbook -> playbook.forReader(reader));
	}

	/** Whether any market has a playbook (the demo loads its own only into none). */
	@Transactional(readOnly = true)
	public boolean any() {
		return this.playbooks.count() > 0;
	}

}
