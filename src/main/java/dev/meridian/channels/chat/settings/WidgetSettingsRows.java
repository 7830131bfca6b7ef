package dev.meridian.channels.chat.settings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The widget settings, one row per market, in {@code chat_widget_settings}.
 */
@Repository
class WidgetSettingsRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	WidgetSettingsRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WidgetSettings> all() {
		return this.jdbc
			.sql("""
					select market, enabled, colour, greetings::text, allowed_origins, languages, prechat_name, prechat_email,
					       prechat_order, bot_mode
					from chat_widget_settings order by market""")
			.query((rs, n) -> read(rs))
			.list();
	}

	void save(WidgetSettings settings, Instant at) {
		this.jdbc
			.sql("""
					insert into chat_widget_settings (market, enabled, colour, greetings, allowed_origins, languages,
					                                  prechat_name, prechat_email, prechat_order, bot_mode, updated_at)
					values (?, ?, ?, ?::jsonb, ?::text[], ?::text[], ?, ?, ?, ?, ?)
					on conflict (market) do update set enabled = excluded.enabled, colour = excluded.colour,
					    greetings = excluded.greetings, allowed_origins = excluded.allowed_origins,
					    languages = excluded.languages, prechat_name = excluded.prechat_name,
					    prechat_email = excluded.prechat_email, prechat_order = excluded.prechat_order, bot_mode = excluded.bot_mode,
					    updated_at = excluded.updated_at""")
			.params(settings.market(), settings.enabled(), settings.colour(),
					JSON.writeValueAsString(settings.greetings()), array(settings.allowedOrigins()),
					array(settings.languages()), settings.preChat().name().value(), settings.preChat().email().value(),
					settings.preChat().order().value(), settings.bot().value(), Timestamp.from(at))
			.update();
	}

	void delete(String market) {
		this.jdbc.sql("delete from chat_widget_settings where market = ?").param(market).update();
	}

	private static WidgetSettings read(ResultSet rs) throws SQLException {
		Map<String, String> greetings = new LinkedHashMap<>(
				JSON.readValue(rs.getString(4), new TypeReference<Map<String, String>>() {
				}));
		return new WidgetSettings(rs.getString(1), rs.getBoolean(2), rs.getString(3), greetings, list(rs.getArray(5)),
				list(rs.getArray(6)),
				new PreChatForm(FieldMode.parse("prechatName", rs.getString(7)),
						FieldMode.parse("prechatEmail", rs.getString(8)),
						FieldMode.parse("prechatOrder", rs.getString(9))),
				BotMode.parse("bot", rs.getString(10)));
	}

	private static List<String> list(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * A PostgreSQL array literal: each element quoted, quotes and backslashes escaped.
	 */
	private static String array(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

}
