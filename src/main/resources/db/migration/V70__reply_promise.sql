-- When the customer was told to expect a first reply (issue 6, item 6): the later of the
-- SLA's first-reply target and the next time a qualified agent is on shift.
alter table tickets add column promised_reply_at timestamptz;
