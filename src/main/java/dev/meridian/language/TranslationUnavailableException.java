package dev.meridian.language;

import java.time.Duration;

import dev.meridian.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An engine could not translate now: it timed out, its quota is used up, it limits the
 * rate, or it refused our credentials. The text is kept and the translation tried again
 * later.
 */
public class TranslationUnavailableException extends DomainException {

	private final String engine;

	private final @Nullable Duration retryAfter;

	public TranslationUnavailableException(String engine, String reason, @Nullable Duration retryAfter) {
		super(Kind.CONFLICT, "The translation engine '" + engine + "' is unavailable: " + reason);
		this.engine = engine;
		this.retryAfter = retryAfter;
	}

	public String engine() {
		return this.engine;
	}

	/** When the engine said to come back, if it did. */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public String type() {
		return "translation-unavailable";
	}

}
