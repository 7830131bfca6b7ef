package dev.meridian.language;

/**
 * A machine translation engine: Apertium on this machine, or a cloud service. Which
 * engine translates which pair is configuration
 * ({@code meridian.language.translation.routes}). An engine translates plain text;
 * memory, glossary and pivoting are done around it.
 */
public interface TranslationEngine {

	/** The name used in configuration and reported with every translation. */
	String name();

	/**
	 * The pairs the engine translates directly, when it can list them (Apertium lists
	 * what is installed); empty when it cannot (a cloud service translates what its
	 * documentation lists).
	 * @throws TranslationUnavailableException when the engine cannot answer now
	 */
	default java.util.List<LanguagePair> pairs() {
		return java.util.List.of();
	}

	/**
	 * Whether the engine runs on this machine or network (Apertium): texts sent to it
	 * never leave, so they need no redaction and no market's residency rule limits it.
	 */
	default boolean local() {
		return false;
	}

	/** Whether the engine translates this pair directly. */
	boolean supports(LanguagePair pair);

	/**
	 * Translates plain text.
	 * @throws TranslationUnavailableException when the engine cannot answer now
	 * (time-out, quota, rate limit, refused credentials); the caller may try again later
	 */
	String translate(String text, LanguagePair pair);

	/**
	 * Whether the engine translates in a formality when asked: its translations are then
	 * remembered per formality; an engine that cannot gives the same text either way.
	 */
	default boolean translatesFormality() {
		return false;
	}

	/**
	 * Translates plain text in a formality (Sie or du, vous or tu) where the engine can
	 * be told one; an engine that cannot (the default) translates as it always does.
	 * @param formality {@link dev.meridian.markets.Formality#DEFAULT} for the engine's
	 * own choice
	 * @throws TranslationUnavailableException when the engine cannot answer now
	 */
	default String translate(String text, LanguagePair pair, dev.meridian.markets.Formality formality) {
		return translate(text, pair);
	}

}
