package dev.meridian.channels.email.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.meridian.channels.email.MailParsingSettings;
import dev.meridian.channels.email.parsing.MailLimits;
import dev.meridian.channels.email.parsing.MailParser;
import dev.meridian.channels.email.parsing.ParseBudgetExceededException;
import dev.meridian.channels.email.parsing.UnreadableMailException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each mail is read within its budget, or refused with a reason the quarantine shows.
 */
class ParseBudgetTests {

	static final byte[] MAIL = "From: ana@example.pt\r\nSubject: Olá\r\n\r\nA minha encomenda?\r\n"
		.getBytes(StandardCharsets.UTF_8);

	final MailParser parser = new MailParser(MailLimits.defaults());

	@Test
	void readsAMailWithinItsBudget() {
		ParseBudget budget = new ParseBudget(new MailParsingSettings(Duration.ofSeconds(30), 1));
		try {
			assertThat(budget.read(deadline -> this.parser.parse(MAIL, deadline)).text())
				.isEqualTo("A minha encomenda?");
		}
		finally {
			budget.destroy();
		}
	}

	@Test
	void mailOverItsBudgetIsRefusedWithTheBudgetReason() {
		ParseBudget budget = new ParseBudget(new MailParsingSettings(Duration.ZERO, 1));
		try {
			assertThatThrownBy(() -> budget.read(deadline -> this.parser.parse(MAIL, deadline)))
				.isInstanceOfSatisfying(ParseBudgetExceededException.class,
						ex -> assertThat(ex.reason()).isEqualTo("parse-budget-exceeded"))
				.hasMessageContaining("parse budget");
		}
		finally {
			budget.destroy();
		}
	}

	@Test
	void aParserThatNeverChecksItsDeadlineIsStillNotWaitedForBeyondIt() {
		ParseBudget budget = new ParseBudget(new MailParsingSettings(Duration.ofMillis(10), 1));
		try {
			assertThatThrownBy(() -> budget.read(deadline -> {
				long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
				while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
					Thread.onSpinWait();
				}
				return this.parser.parse(MAIL);
			})).isInstanceOf(ParseBudgetExceededException.class);
		}
		finally {
			budget.destroy();
		}
	}

	@Test
	void aParserFailureIsAnUnreadableMail() {
		ParseBudget budget = new ParseBudget(new MailParsingSettings(Duration.ofSeconds(30), 1));
		try {
			assertThatThrownBy(() -> budget.read(deadline -> {
				throw new StackOverflowError();
			})).isInstanceOfSatisfying(UnreadableMailException.class,
					ex -> assertThat(ex.reason()).isEqualTo("unparseable"));
		}
		finally {
			budget.destroy();
		}
	}

}
