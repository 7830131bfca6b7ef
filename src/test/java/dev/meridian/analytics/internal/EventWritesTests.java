package dev.meridian.analytics.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventWritesTests {

	@Test
	void oneWriteIsSentAsItIs() {
		EventWrites writes = new EventWrites().add("update t set a = ? where id = ?", List.of(1, 2));

		assertThat(writes.sql()).isEqualTo("update t set a = ? where id = ?");
	}

	@Test
	void severalWritesBecomeOneStatementInTheirOrder() {
		EventWrites writes = new EventWrites().add("insert into d (x) values (?)", List.of(1))
			.add("insert into d (x) values (?)", List.of(2))
			.add("update t set a = ? where id = ?", List.of(3, 4));

		assertThat(writes.sql())
			.isEqualTo("with w1 as (insert into d (x) values (?)), w2 as (insert into d (x) values (?))"
					+ " update t set a = ? where id = ?");
	}

}
