package dev.meridian.channels.email.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first address of an address header, however it is written.
 */
class MailboxTests {

	@Test
	void readsAngleBracketsBareAddressesAndCommentNames() {
		assertThat(Mailbox.parseFirst("\"Doe, Jane\" < jane@example.com >"))
			.isEqualTo(new Mailbox("jane@example.com", "Doe, Jane"));
		assertThat(Mailbox.parseFirst("jane@example.com (Jane Doe)"))
			.isEqualTo(new Mailbox("jane@example.com", "Jane Doe"));
		assertThat(Mailbox.parseFirst("mailto:x@example.com")).isEqualTo(new Mailbox("x@example.com", null));
	}

	@Test
	void skipsBracketsThatHoldNoAddress() {
		assertThat(Mailbox.parseFirst("<not an address> <@x> <x@> Jane <jane@example.com>").address())
			.isEqualTo("jane@example.com");
		assertThat(Mailbox.parseFirst("<<a@<b")).isNull();
	}

	@Test
	void findsTheAddressAfterThousandsOfUnclosedBracketsAndAtSigns() {
		String header = "<a@a@a@".repeat(20_000) + " <jane@example.com>";

		assertThat(Mailbox.parseFirst(header).address()).isEqualTo("jane@example.com");
		assertThat(Mailbox.parseFirst("x".repeat(100_000) + " jane@example.com").address())
			.isEqualTo("jane@example.com");
	}

	@Test
	void hasNoAddressWithoutAnAtSignBetweenOtherCharacters() {
		assertThat(Mailbox.parseFirst("@ a@ @b undisclosed-recipients:;")).isNull();
	}

}
