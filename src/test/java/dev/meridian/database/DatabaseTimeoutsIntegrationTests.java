package dev.meridian.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every wait for the database is bounded: a restarting or vanished PostgreSQL fails
 * requests, which clients retry, instead of hanging them (see bench/crash).
 */
@IntegrationTest
class DatabaseTimeoutsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void thePoolAndEveryStatementHaveTimeouts() throws Exception {
		// Unwrapped: the tests' SqlStatements wraps the pool to count statements.
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).isEqualTo(10_000);
		assertThat(pool.getValidationTimeout()).isEqualTo(3_000);
		assertThat(pool.getDataSourceProperties()).containsEntry("socketTimeout", "150")
			.containsEntry("connectTimeout", "10");
		try (Connection connection = pool.getConnection();
				Statement statement = connection.createStatement();
				ResultSet timeout = statement.executeQuery("select current_setting('statement_timeout')")) {
			timeout.next();
			assertThat(timeout.getString(1)).isEqualTo("2min");
		}
	}

}
