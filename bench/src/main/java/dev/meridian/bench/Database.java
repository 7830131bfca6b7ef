package dev.meridian.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/** Connections to the benchmark database, and the rows every benchmark needs first. */
final class Database {

	private final String url;

	private final Properties properties = new Properties();

	Database(String url, String user, String password) {
		this.url = LoopbackGuard.requireLoopbackJdbc(url);
		properties.setProperty("user", user);
		if (password != null && !password.isEmpty()) {
			properties.setProperty("password", password);
		}
		properties.setProperty("ApplicationName", "meridian-bench");
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("socketTimeout", "120");
	}

	static Database fromOptions(Options options) {
		return new Database(options.get("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/meridian_bench"),
				options.get("db-user", "postgres"), options.get("db-password", ""));
	}

	/** A connection with autocommit off: callers commit one unit of work at a time. */
	Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(url, properties);
		connection.setAutoCommit(false);
		return connection;
	}

	/** Creates the markets of {@link Market#ALL} that do not exist yet (normally the API did). */
	void ensureMarkets() throws SQLException {
		try (Connection connection = connect();
				PreparedStatement insert = connection.prepareStatement("""
						insert into markets (code, name, languages, currency, time_zone, launch_status,
						                     created_at, updated_at, version)
						values (?, ?, ?, ?, ?, 'LIVE', now(), now(), 0)
						on conflict (code) do nothing""")) {
			for (Market market : Market.ALL) {
				insert.setString(1, market.code());
				insert.setString(2, market.name());
				insert.setArray(3, connection.createArrayOf("text", market.languages().toArray()));
				insert.setString(4, market.currency());
				insert.setString(5, market.timeZone());
				insert.addBatch();
			}
			insert.executeBatch();
			connection.commit();
		}
	}

}
