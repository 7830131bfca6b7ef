package dev.meridian.bot;

import dev.meridian.DomainException;

/** A question longer than the bot reads ({@code meridian.bot.max-question-length}). */
public class QuestionTooLongException extends DomainException {

	private final int maxLength;

	public QuestionTooLongException(int maxLength, int length) {
		super(Kind.INVALID, "A question may have at most " + maxLength + " characters; this one has " + length);
		this.maxLength = maxLength;
	}

	public int maxLength() {
		return this.maxLength;
	}

	@Override
	public String type() {
		return "question-too-long";
	}

}
