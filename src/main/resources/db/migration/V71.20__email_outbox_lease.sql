-- Outgoing mail is claimed with a lease in a short transaction and sent outside any
-- transaction; while the lease runs no other sender (node or next round) takes the row,
-- so a mail SMTP accepted but whose "sent" mark was lost is not sent again before the
-- lease ends. Rows claimed before this migration have no lease (null = free).
alter table email_outbox add column claimed_until timestamptz;
