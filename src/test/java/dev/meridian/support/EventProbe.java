package dev.meridian.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.meridian.sla.SlaBreached;
import dev.meridian.sla.SlaTarget;
import dev.meridian.tickets.TicketId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An event and a listener that fails on its first attempt for each event, for tests of
 * what happens to failed listeners; and a count of the SLA breaches published and
 * committed, for tests that a breach goes out once. Registered in every integration-test
 * server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EventProbe {

	private static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();

	/** Published by a test; its listener fails the first time. */
	public record Poked(String id) {
	}

	private static final Map<String, String> THREADS = new ConcurrentHashMap<>();

	/**
	 * The name of the thread the listener last ran on for the event with this id, or
	 * null.
	 */
	public static String thread(String id) {
		return THREADS.get(id);
	}

	/** How often the listener has run for the event with this id. */
	public static int attempts(String id) {
		return ATTEMPTS.getOrDefault(id, 0);
	}

	private static final Map<String, Integer> BREACHES = new ConcurrentHashMap<>();

	/** How often a breach of the target was published for the ticket (and committed). */
	public static int breaches(TicketId ticket, SlaTarget target) {
		return BREACHES.getOrDefault(ticket.value() + " " + target, 0);
	}

	private static final Map<Object, Object> COMMERCE = new ConcurrentHashMap<>();

	/**
	 * The commerce event published (and committed) for an order, return or refund id, or
	 * null.
	 */
	public static Object commerceEvent(Object id) {
		return COMMERCE.get(id);
	}

	@Bean
	CommerceEvents commerceEvents() {
		return new CommerceEvents();
	}

	static class CommerceEvents {

		@TransactionalEventListener
		void on(dev.meridian.commerce.OrderPlaced event) {
			COMMERCE.put(event.order(), event);
		}

		@TransactionalEventListener
		void on(dev.meridian.commerce.ReturnRequested event) {
			COMMERCE.put(event.returnId(), event);
		}

		@TransactionalEventListener
		void on(dev.meridian.commerce.RefundIssued event) {
			COMMERCE.put("refund " + event.returnId(), event);
		}

	}

	@Bean
	FailingOnce failingOnce() {
		return new FailingOnce();
	}

	@Bean
	BreachCount breachCount() {
		return new BreachCount();
	}

	static class BreachCount {

		@TransactionalEventListener
		void on(SlaBreached event) {
			BREACHES.merge(event.ticket().value() + " " + event.target(), 1, Integer::sum);
		}

	}

	static class FailingOnce {

		@ApplicationModuleListener
		void on(Poked event) {
			THREADS.put(event.id(), Thread.currentThread().getName());
			if (ATTEMPTS.merge(event.id(), 1, Integer::sum) == 1) {
				throw new IllegalStateException("First attempt fails on purpose");
			}
		}

	}

}
