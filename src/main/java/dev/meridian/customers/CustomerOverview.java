package dev.meridian.customers;

import dev.meridian.privacy.AuditTrail;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer 360: the customer's profile and every panel other modules contribute
 * ({@link CustomerPanel}), assembled in one read-only transaction.
 */
@Service
public class CustomerOverview {

	/** Items per panel: the recent ones; older ones are a search away. */
	public static final int ITEMS_PER_PANEL = 10;

	private final CustomerManagement customers;

	private final List<CustomerPanel> panels;

	private final AuditTrail audit;

	CustomerOverview(CustomerManagement customers, List<CustomerPanel> panels, AuditTrail audit) {
		this.audit = audit;
		this.customers = customers;
		this.panels = panels.stream().sorted(Comparator.comparingInt(CustomerPanel::position)).toList();
	}

	/** A panel as shown: its key, its fragment and the customer's items. */
	public record Section(String key, String fragment, List<?> items) {
	}

	/** The customer and the panels, in page order. */
	public record View(Customer customer, List<Section> sections) {

		/** The items by panel key, in page order: the 360's JSON beside the profile. */
		public Map<String, List<?>> byKey() {
			Map<String, List<?>> items = new LinkedHashMap<>();
			this.sections.forEach(section -> items.put(section.key(), section.items()));
			return items;
		}

	}

	@Transactional(readOnly = true)
	public View of(CustomerId id) {
		View view = new View(this.customers.get(id), sections(id));
		// Who looked at a customer's data is audited (issue 16).
		this.audit.record("customer.viewed", "customer:" + id.value());
		return view;
	}

	/** The panels alone, for a screen that shows the profile its own way. */
	@Transactional(readOnly = true)
	public List<Section> sections(CustomerId id) {
		PanelReads reads = new PanelReads();
		return this.panels.stream()
			.map(panel -> new Section(panel.key(), panel.fragment(), panel.items(id, ITEMS_PER_PANEL, reads)))
			.toList();
	}

}
