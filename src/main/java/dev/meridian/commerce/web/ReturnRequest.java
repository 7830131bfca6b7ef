package dev.meridian.commerce.web;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.InvalidValueException;
import dev.meridian.commerce.returns.RequestedLine;
import org.jspecify.annotations.Nullable;

/**
 * A return as a client asks for it: {@code {"items": [{"sku", "quantity", "reason"}]}}.
 */
record ReturnRequest(@Nullable List<Item> items) {

	record Item(@Nullable String sku, @Nullable Integer quantity, @Nullable String reason) {
	}

	List<RequestedLine> lines() {
		if (this.items == null || this.items.isEmpty()) {
			throw new InvalidValueException("items", "A return has at least one item");
		}
		if (this.items.size() > 500) {
			throw new InvalidValueException("items", "At most 500 items");
		}
		List<RequestedLine> lines = new ArrayList<>();
		for (int i = 0; i < this.items.size(); i++) {
			Item item = this.items.get(i);
			String at = "items[" + i + "]";
			if (item == null || item.sku() == null || item.sku().isBlank()) {
				throw new InvalidValueException(at + ".sku", "Each item names its SKU");
			}
			if (item.quantity() == null || item.quantity() <= 0) {
				throw new InvalidValueException(at + ".quantity", "The quantity must be at least 1");
			}
			String reason = item.reason() == null || item.reason().isBlank() ? null : item.reason().strip();
			if (reason != null && reason.codePointCount(0, reason.length()) > 1000) {
				throw new InvalidValueException(at + ".reason", "At most 1000 characters");
			}
			lines.add(new RequestedLine(item.sku().strip(), item.quantity(), reason));
		}
		return lines;
	}

}
