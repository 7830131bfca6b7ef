package dev.meridian.privacy.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.meridian.InvalidValueException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins read the audit log, filtered by subject, actor, action and time, and check its
 * hash chain. Access is for admins only (security configuration).
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	record Item(Instant at, String actor, String action, String subject) {
	}

	record Page(List<Item> items, @Nullable String next) {
	}

	@GetMapping
	Page list(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidValueException("limit", "Between 1 and 1000");
		}
		Long afterSeq = null;
		if (after != null) {
			try {
				afterSeq = Long.parseLong(after);
			}
			catch (NumberFormatException ex) {
				throw new InvalidValueException("after", "Not a cursor from this list");
			}
		}
		List<AuditLog.Entry> entries = this.log
			.find(new AuditLog.Filter(subject, actor, action, from, to, afterSeq, limit + 1));
		boolean more = entries.size() > limit;
		List<AuditLog.Entry> page = more ? entries.subList(0, limit) : entries;
		return new Page(page.stream().map(e -> new Item(e.at(), e.actor(), e.action(), e.subject())).toList(),
				more ? Long.toString(page.get(page.size() - 1).seq()) : null);
	}

	@GetMapping("/integrity")
	Map<String, Object> integrity() {
		AuditLog.Check check = this.log.check();
		return check.firstBrokenSeq() == null ? Map.of("intact", check.intact(), "entries", check.entries()) : Map
			.of("intact", check.intact(), "entries", check.entries(), "firstBrokenEntry", check.firstBrokenSeq());
	}

}
