package dev.meridian.channels.chatbot;

import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a customer asked the chat bot: erased questions keep their kind, language and
 * outcome for the bot's figures.
 */
@Component
class BotPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	BotPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "bot";
	}

	record Turn(String question, String language, String kind, java.time.Instant at) {
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		archive.section("botQuestions",
				this.jdbc.sql("""
						select t.question, t.language, t.kind, t.created_at from bot_turns t
						join bot_conversations c on c.conversation_id = t.conversation_id
						join tickets k on k.id = c.ticket_id
						where k.customer_id = ? order by t.created_at""")
					.param(subject.customerId())
					.query((rs, row) -> new Turn(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getTimestamp(4).toInstant()))
					.list());
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		int turns = this.jdbc.sql("""
				update bot_turns t set question = ?, normalized = ?
				from bot_conversations c join tickets k on k.id = c.ticket_id
				where c.conversation_id = t.conversation_id and k.customer_id = ? and t.question <> ?""")
			.params(DataSubject.ERASED, DataSubject.ERASED, subject.customerId(), DataSubject.ERASED)
			.update();
		return Map.of("questions", turns);
	}

}
