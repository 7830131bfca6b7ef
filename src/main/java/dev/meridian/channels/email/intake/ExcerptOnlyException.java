package dev.meridian.channels.email.intake;

import java.util.UUID;

import dev.meridian.DomainException;

/**
 * A held mail of which only an excerpt was kept (it was over the size limit) cannot be
 * re-imported: the mail itself is not there.
 */
public class ExcerptOnlyException extends DomainException {

	public ExcerptOnlyException(UUID id) {
		super(Kind.CONFLICT, "Quarantined mail " + id
				+ " was over the size limit: only its headers and the start of its body were kept, so it cannot be re-imported");
	}

	@Override
	public String type() {
		return "excerpt-only";
	}

}
