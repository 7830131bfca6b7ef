package dev.meridian.commerce.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.money.MonetaryAmount;

import dev.meridian.commerce.OrderId;
import dev.meridian.customers.CustomerId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * An order a customer placed in a shop. The customer is referenced by id (customers own
 * them); an order for a country without a market is kept and flagged, never dropped.
 */
@Entity
@Table(name = "commerce_orders")
public class Order {

	@Id
	private UUID id;

	private String shop;

	private String number;

	private @Nullable String externalId;

	private String source;

	private UUID customerId;

	private String market;

	private boolean marketKnown;

	private String language;

	private String currency;

	private Instant placedAt;

	private @Nullable Instant deliveredAt;

	private String status;

	private @Nullable String paymentMethod;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commerce_order_items", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<LineItem> items = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> shippingAddress = new LinkedHashMap<>();

	@JdbcTypeCode(SqlTypes.JSON)
	private @Nullable Map<String, String> billingAddress;

	private BigDecimal goodsAmount;

	private BigDecimal shippingAmount;

	private BigDecimal taxAmount;

	private BigDecimal dutiesAmount;

	private BigDecimal totalAmount;

	private @Nullable Instant sourceUpdatedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Order() {
	}

	Order(OrderDraft draft, CustomerId customer, boolean marketKnown, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.shop = draft.shop();
		this.number = draft.number();
		this.createdAt = now;
		apply(draft, customer, marketKnown, language, now);
	}

	/** Takes over everything the draft says; the shop and number stay. */
	void apply(OrderDraft draft, CustomerId customer, boolean marketKnown, String language, Instant now) {
		this.externalId = draft.externalId();
		this.source = draft.source();
		this.customerId = customer.value();
		this.market = draft.market().value();
		this.marketKnown = marketKnown;
		this.language = language;
		this.currency = draft.currency().value();
		this.placedAt = draft.placedAt();
		this.deliveredAt = draft.deliveredAt();
		this.status = draft.status().value();
		this.paymentMethod = draft.paymentMethod();
		this.items = new ArrayList<>(draft.items().stream().map(LineItem::new).toList());
		this.shippingAddress = new LinkedHashMap<>(draft.shippingAddress());
		this.billingAddress = draft.billingAddress() == null ? null : new LinkedHashMap<>(draft.billingAddress());
		this.goodsAmount = draft.goods();
		this.shippingAmount = draft.shipping();
		this.taxAmount = draft.tax();
		this.dutiesAmount = draft.duties();
		this.totalAmount = draft.total() != null ? draft.total()
				: this.goodsAmount.add(this.shippingAmount).add(this.taxAmount).add(this.dutiesAmount);
		this.sourceUpdatedAt = draft.sourceUpdatedAt();
		this.updatedAt = now;
	}

	/** Every line refunded: the order as a whole is. */
	void markRefunded(Instant now) {
		this.status = OrderStatus.REFUNDED.value();
		this.updatedAt = now;
	}

	/**
	 * Whether a change the source made at {@code changedAt} is older than what is stored
	 * (webhooks arrive out of order).
	 */
	boolean isNewerThan(@Nullable Instant changedAt) {
		return this.sourceUpdatedAt != null && changedAt != null && this.sourceUpdatedAt.isAfter(changedAt);
	}

	public OrderId id() {
		return new OrderId(this.id);
	}

	public String shop() {
		return this.shop;
	}

	public String number() {
		return this.number;
	}

	public Optional<String> externalId() {
		return Optional.ofNullable(this.externalId);
	}

	public String source() {
		return this.source;
	}

	public CustomerId customer() {
		return new CustomerId(this.customerId);
	}

	public String market() {
		return this.market;
	}

	/**
	 * False when no market is set up for the country: the order is flagged for a person.
	 */
	public boolean marketKnown() {
		return this.marketKnown;
	}

	public String language() {
		return this.language;
	}

	public String currency() {
		return this.currency;
	}

	public Instant placedAt() {
		return this.placedAt;
	}

	public Optional<Instant> deliveredAt() {
		return Optional.ofNullable(this.deliveredAt);
	}

	public OrderStatus status() {
		return OrderStatus.parse("status", this.status);
	}

	public Optional<String> paymentMethod() {
		return Optional.ofNullable(this.paymentMethod);
	}

	public List<LineItem> items() {
		return List.copyOf(this.items);
	}

	public Map<String, String> shippingAddress() {
		return Map.copyOf(this.shippingAddress);
	}

	public Optional<Map<String, String>> billingAddress() {
		return Optional.ofNullable(this.billingAddress).map(Map::copyOf);
	}

	public MonetaryAmount goods() {
		return money(this.goodsAmount);
	}

	public MonetaryAmount shipping() {
		return money(this.shippingAmount);
	}

	public MonetaryAmount tax() {
		return money(this.taxAmount);
	}

	public MonetaryAmount duties() {
		return money(this.dutiesAmount);
	}

	public MonetaryAmount total() {
		return money(this.totalAmount);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** An amount of this order's currency. */
	public MonetaryAmount money(BigDecimal amount) {
		return Money.of(amount, this.currency);
	}

}
