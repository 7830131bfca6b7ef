package dev.meridian.channels.chatbot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.meridian.channels.chat.ChatVisitor;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bot's conversations and turns ({@code bot_conversations}, {@code bot_turns}). */
@Repository
class BotConversationRows {

	private final JdbcClient jdbc;

	BotConversationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The conversation's row, created on the bot's first turn, locked until the
	 * transaction ends: a visitor's messages, ratings and button are taken one at a time.
	 */
	BotConversation lock(ChatVisitor visitor, Instant now) {
		this.jdbc.sql("""
				insert into bot_conversations (conversation_id, ticket_id, language, market, outcome, created_at,
				                               updated_at)
				values (?, ?, ?, ?, 'abandoned', ?, ?) on conflict (conversation_id) do nothing""")
			.params(visitor.conversation(), visitor.ticket().value(), visitor.language().value(), visitor.market(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
		return this.jdbc.sql("""
				select conversation_id, ticket_id, language, answered, confirmed, unhelpful_in_row, awaiting_intent,
				       handed_off_at is not null
				from bot_conversations where conversation_id = ? for update""")
			.param(visitor.conversation())
			.query((rs, n) -> new BotConversation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)))
			.single();
	}

	/**
	 * The conversation's row as it stands, without a lock; none before the bot's first
	 * turn.
	 */
	Optional<BotConversation> find(UUID conversation) {
		return this.jdbc.sql("""
				select conversation_id, ticket_id, language, answered, confirmed, unhelpful_in_row, awaiting_intent,
				       handed_off_at is not null
				from bot_conversations where conversation_id = ?""")
			.param(conversation)
			.query((rs, n) -> new BotConversation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)))
			.optional();
	}

	boolean handedOff(UUID conversation) {
		return this.jdbc
			.sql("select count(*) from bot_conversations where conversation_id = ? and handed_off_at is not null")
			.param(conversation)
			.query(Long.class)
			.single() > 0;
	}

	/** Stores the conversation's counters and the outcome they make. */
	void update(UUID conversation, int answered, boolean confirmed, int unhelpfulInRow, @Nullable String awaitingIntent,
			Instant now) {
		this.jdbc.sql("""
				update bot_conversations set answered = ?, confirmed = ?, unhelpful_in_row = ?, awaiting_intent = ?,
				       outcome = ?, updated_at = ?
				where conversation_id = ? and handed_off_at is null""")
			.params(answered, confirmed, unhelpfulInRow, awaitingIntent,
					ConversationOutcome.of(false, confirmed, answered).value(), Timestamp.from(now), conversation)
			.update();
	}

	void handedOff(UUID conversation, String reason, Instant now) {
		this.jdbc.sql("""
				update bot_conversations set handed_off_at = ?, handoff_reason = ?, outcome = 'handed_off',
				       awaiting_intent = null, updated_at = ?
				where conversation_id = ?""")
			.params(Timestamp.from(now), reason, Timestamp.from(now), conversation)
			.update();
	}

	void addTurn(UUID conversation, @Nullable UUID question, @Nullable UUID reply, String text, String language,
			String kind, @Nullable UUID article, @Nullable String title, @Nullable Double confidence, Instant now) {
		this.jdbc.sql("""
				insert into bot_turns (id, conversation_id, question_id, reply_id, question, normalized, language, kind,
				                       article_id, title, confidence, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), conversation, question, reply, text, Turn.normalized(text), language, kind,
					article, title, confidence, Timestamp.from(now))
			.update();
	}

	List<Turn> turns(UUID conversation) {
		return this.jdbc.sql("""
				select id, reply_id, question, kind, title, confidence, reaction from bot_turns
				where conversation_id = ? order by created_at, id""")
			.param(conversation)
			.query((rs, n) -> new Turn(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), (Double) rs.getObject(6), rs.getString(7)))
			.list();
	}

	/** The answer turn of a bot's message in the conversation. */
	Optional<Turn> answer(UUID conversation, UUID reply) {
		return this.jdbc.sql("""
				select id, reply_id, question, kind, title, confidence, reaction from bot_turns
				where conversation_id = ? and reply_id = ? and kind = 'answer'""")
			.params(conversation, reply)
			.query((rs, n) -> new Turn(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), (Double) rs.getObject(6), rs.getString(7)))
			.optional();
	}

	void react(UUID turn, String reaction) {
		this.jdbc.sql("update bot_turns set reaction = ? where id = ?").params(reaction, turn).update();
	}

	/**
	 * The turn whose reply is this message, and whether its conversation was handed over.
	 */
	Optional<Described> describe(UUID reply) {
		return this.jdbc.sql("""
				select t.kind, t.reaction, c.handed_off_at is not null from bot_turns t
				join bot_conversations c on c.conversation_id = t.conversation_id where t.reply_id = ?""")
			.param(reply)
			.query((rs, n) -> new Described(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.optional();
	}

	record Described(String kind, @Nullable String reaction, boolean handedOff) {
	}

}
