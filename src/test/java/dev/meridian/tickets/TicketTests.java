package dev.meridian.tickets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.meridian.InvalidValueException;
import dev.meridian.agents.AgentId;
import dev.meridian.customers.CustomerId;
import dev.meridian.markets.CountryCode;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ticket life cycle and what messages do to it.
 */
class TicketTests {

	static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

	static final CustomerId CUSTOMER = new CustomerId(UUID.randomUUID());

	static final AgentId AGENT = new AgentId(UUID.randomUUID());

	static Ticket aNewTicket() {
		return new Ticket(1001,
				new NewTicket("Paket fehlt", CUSTOMER, Channel.EMAIL, Priority.NORMAL, new LanguageTag("de"),
						new CountryCode("DE"), List.of("Shipping", "shipping", "dhl"), null, null,
						MessageDraft.text("Wo ist mein Paket?")),
				T0);
	}

	static Message fromCustomer(Ticket ticket, Instant at) {
		return new Message(ticket.id(), Author.customer(CUSTOMER), MessageDraft.text("Hallo?"), ticket.language(), at);
	}

	static Message reply(Ticket ticket, Instant at) {
		return new Message(ticket.id(), Author.agent(AGENT), MessageDraft.text("Wir kümmern uns."), ticket.language(),
				at);
	}

	static Message note(Ticket ticket, Instant at) {
		return new Message(ticket.id(), Author.agent(AGENT), MessageDraft.note("DHL anrufen"), ticket.language(), at);
	}

	@Test
	void startsNewWithNormalizedTagsAndRegistersCreation() {
		Ticket ticket = aNewTicket();

		assertThat(ticket.status()).isEqualTo(Status.NEW);
		assertThat(ticket.tags()).containsExactly("shipping", "dhl");
		assertThat(ticket.registeredEvents()).hasOnlyElementsOfType(TicketCreated.class).hasSize(1);
	}

	@Test
	void firstPublicReplyOpensTheTicketAndCountsAsFirstResponse() {
		Ticket ticket = aNewTicket();
		Instant at = T0.plusSeconds(600);

		ticket.recordMessage(reply(ticket, at));

		assertThat(ticket.status()).isEqualTo(Status.OPEN);
		assertThat(ticket.firstResponseAt()).contains(at);
		assertThat(ticket.registeredEvents()).last().isInstanceOf(ReplySent.class);
	}

	@Test
	void saysWhetherACustomersMessageCameBeforeAnyReply() {
		Ticket ticket = aNewTicket();

		ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(60)));
		ticket.recordMessage(note(ticket, T0.plusSeconds(90)));
		ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(120)));
		ticket.recordMessage(reply(ticket, T0.plusSeconds(600)));
		ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(900)));

		assertThat(ticket.registeredEvents()).filteredOn(MessageReceived.class::isInstance)
			.map(event -> ((MessageReceived) event).awaitingFirstReply())
			.containsExactly(true, true, false);
	}

	@Test
	void internalNoteIsNotAFirstResponse() {
		Ticket ticket = aNewTicket();

		ticket.recordMessage(note(ticket, T0.plusSeconds(60)));

		assertThat(ticket.firstResponseAt()).isEmpty();
		assertThat(ticket.status()).isEqualTo(Status.NEW);
	}

	@Test
	void reopensSolvedTicketWhenCustomerReplies() {
		Ticket ticket = aNewTicket();
		ticket.changeStatus(Status.SOLVED, T0.plusSeconds(60));
		assertThat(ticket.solvedAt()).isPresent();

		ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(120)));

		assertThat(ticket.status()).isEqualTo(Status.OPEN);
		assertThat(ticket.solvedAt()).isEmpty();
		assertThat(ticket.registeredEvents()).hasAtLeastOneElementOfType(TicketReopened.class);
	}

	@Test
	void customerAnswerEndsTheWaitOfAPendingTicket() {
		Ticket ticket = aNewTicket();
		ticket.changeStatus(Status.PENDING, T0.plusSeconds(60));

		ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(120)));

		assertThat(ticket.status()).isEqualTo(Status.OPEN);
	}

	@Test
	void solvedTicketCannotGoBackToPending() {
		Ticket ticket = aNewTicket();
		ticket.changeStatus(Status.SOLVED, T0.plusSeconds(60));

		assertThatThrownBy(() -> ticket.changeStatus(Status.PENDING, T0.plusSeconds(120)))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("SOLVED")
			.hasMessageContaining("PENDING");
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void closedTicketTakesNoChange(Status target) {
		Ticket ticket = aNewTicket();
		ticket.changeStatus(Status.SOLVED, T0.plusSeconds(60));
		ticket.changeStatus(Status.CLOSED, T0.plusSeconds(120));

		assertThatThrownBy(() -> ticket.changeStatus(target, T0.plusSeconds(180)))
			.isInstanceOf(TicketClosedException.class);
		assertThatThrownBy(() -> ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(180))))
			.isInstanceOf(TicketClosedException.class);
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void nothingReturnsToNew(Status from) {
		assertThat(from.next()).doesNotContain(Status.NEW);
	}

	@Test
	void assigningTheSameAgentTwiceRegistersOneEvent() {
		Ticket ticket = aNewTicket();

		ticket.assign(AGENT, T0.plusSeconds(10));
		ticket.assign(AGENT, T0.plusSeconds(20));

		assertThat(ticket.assignee()).contains(AGENT);
		assertThat(ticket.registeredEvents()).filteredOn(TicketAssigned.class::isInstance).hasSize(1);
	}

	@Test
	void subjectLengthCountsCharactersNotUtf16Units() {
		String fiveHundredAstral = "𠮷".repeat(500);

		assertThat(Ticket.checkedSubject(fiveHundredAstral)).isEqualTo(fiveHundredAstral);
		assertThatThrownBy(() -> Ticket.checkedSubject(fiveHundredAstral + "x"))
			.isInstanceOf(InvalidValueException.class);
	}

	@Test
	void refusesTagsWithSpacesOrPunctuation() {
		assertThatThrownBy(() -> Ticket.normalizedTags(List.of("late delivery")))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("late delivery");
		assertThat(Ticket.normalizedTags(List.of("Zustellung", "配送"))).containsExactly("zustellung", "配送");
	}

	@Test
	void announcesEveryStatusChangeWithTheStatusItLeft() {
		Ticket ticket = aNewTicket();

		ticket.changeStatus(Status.PENDING, T0.plusSeconds(60));
		ticket.recordMessage(fromCustomer(ticket, T0.plusSeconds(120)));

		assertThat(ticket.registeredEvents()).filteredOn(TicketStatusChanged.class::isInstance)
			.containsExactly(new TicketStatusChanged(ticket.id(), Status.NEW, Status.PENDING, T0.plusSeconds(60)),
					new TicketStatusChanged(ticket.id(), Status.PENDING, Status.OPEN, T0.plusSeconds(120)));
	}

	@Test
	void aBounceStaysWhenASendAttemptReportsAfterIt() {
		Message reply = reply(aNewTicket(), T0);
		reply.recordDelivery(DeliveryStatus.PENDING, null);
		reply.recordDelivery(DeliveryStatus.BOUNCED, "550 5.1.1 User unknown");
		reply.recordDelivery(DeliveryStatus.RETRYING, "connection refused");
		assertThat(reply.deliveryStatus()).contains(DeliveryStatus.BOUNCED);
		reply.recordDelivery(DeliveryStatus.SENT, null);
		assertThat(reply.deliveryStatus()).contains(DeliveryStatus.BOUNCED);
	}

}
