-- Retention (issue 16): each module's rows in the order its retention looks for them,
-- oldest first.
create index tickets_solved_at_idx on tickets (solved_at) where status in ('SOLVED', 'CLOSED');
create index email_sources_received_idx on email_sources (received_at);
create index email_quarantine_received_idx on email_quarantine (received_at);
create index chat_conversations_activity_idx on chat_conversations ((coalesce(ended_at, last_seen_at)));
