package dev.meridian.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes one event makes (its ticket's row, one or two delta rows), sent to the
 * database as one statement: each write but the last becomes a data-modifying
 * {@code WITH} part, which PostgreSQL runs whether or not the main statement reads it. An
 * event then costs one round trip for its writes instead of one per write. The parts must
 * not change the same row twice (PostgreSQL leaves the outcome undefined): the updates
 * here change one ticket row and append delta rows.
 */
final class EventWrites {

	private final List<String> statements = new ArrayList<>();

	private final List<Object> arguments = new ArrayList<>();

	/** An insert or update, with its arguments in the order of its {@code ?}s. */
	EventWrites add(String sql, List<?> args) {
		this.statements.add(sql);
		this.arguments.addAll(args);
		return this;
	}

	void run(JdbcTemplate jdbc) {
		if (this.statements.isEmpty()) {
			return;
		}
		jdbc.update(sql(), this.arguments.toArray());
	}

	String sql() {
		int last = this.statements.size() - 1;
		if (last == 0) {
			return this.statements.get(0);
		}
		StringBuilder sql = new StringBuilder("with ");
		for (int i = 0; i < last; i++) {
			sql.append(i == 0 ? "" : ", ")
				.append("w")
				.append(i + 1)
				.append(" as (")
				.append(this.statements.get(i))
				.append(")");
		}
		return sql.append(' ').append(this.statements.get(last)).toString();
	}

}
