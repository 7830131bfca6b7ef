package dev.meridian.privacy.consent;

import java.util.Map;

import dev.meridian.privacy.ConsentDecision;
import dev.meridian.privacy.Consents;
import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's consent decisions go into their export ({@code consents.json}). Erasure
 * keeps them: they name nobody once the customer row is anonymized, they are the proof of
 * what the customer allowed, and a refusal must still be honoured should the same person
 * be known again under the same id. Only a consent text that names the customer is
 * scrubbed.
 */
@Component
class ConsentPersonalData implements PersonalDataHolder {

	private final Consents consents;

	private final JdbcClient jdbc;

	ConsentPersonalData(Consents consents, JdbcClient jdbc) {
		this.consents = consents;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "consents";
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		archive.section("consents",
				this.consents.history(subject.customerId()).stream().map(ConsentPersonalData::item).toList());
	}

	record Item(String purpose, String decision, java.time.Instant decidedAt, String channel, @Nullable String text,
			@Nullable String language) {
	}

	private static Item item(ConsentDecision decision) {
		return new Item(decision.purpose().value(), decision.agreed() ? "agreed" : "refused", decision.decidedAt(),
				decision.channel(), decision.text(), decision.language());
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int scrubbed = 0;
		for (Object[] row : this.jdbc
			.sql("select seq, text from privacy_consents where customer_id = ? and text is not null")
			.param(subject.customerId())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list()) {
			String text = (String) row[1];
			if (subject.mentionedIn(text)) {
				scrubbed += this.jdbc.sql("update privacy_consents set text = ? where seq = ?")
					.params(subject.scrub(text), row[0])
					.update();
			}
		}
		return Map.of("textsScrubbed", scrubbed);
	}

}
