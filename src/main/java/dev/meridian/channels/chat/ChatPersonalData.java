package dev.meridian.channels.chat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's chat conversations (the messages themselves are ticket messages, exported
 * and erased with the tickets): the page they chatted from, the address they typed,
 * confirmations of addresses.
 */
@Component
class ChatPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ChatPersonalData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String name() {
		return "chat";
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		List<JsonNode> chats = this.jdbc.sql("""
				select jsonb_build_object('id', id, 'ticketId', ticket_id, 'locale', locale, 'page', page,
				    'contactEmail', contact_email, 'market', market, 'zone', zone, 'createdAt', created_at,
				    'lastSeenAt', last_seen_at, 'endedAt', ended_at)::text
				from chat_conversations where customer_id = ? order by created_at""")
			.param(subject.customerId())
			.query((rs, row) -> this.json.readTree(rs.getString(1)))
			.list();
		archive.section("chats", chats);
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		String[] emails = subject.emails().stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		int confirmations = this.jdbc.sql("""
				delete from chat_email_confirmations
				where conversation_id in (select id from chat_conversations where customer_id = ?)
				   or lower(email) = any (?)""").params(subject.customerId(), emails).update();
		int chats = this.jdbc.sql("""
				update chat_conversations set page = null, contact_email = null
				where customer_id = ? and (page is not null or contact_email is not null)""")
			.param(subject.customerId())
			.update();
		return Map.of("conversations", chats, "emailConfirmations", confirmations);
	}

}
