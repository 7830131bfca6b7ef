-- Several nodes (issue 11): a poll claims its mailbox for a lease, so two nodes never
-- fetch the same mailbox at once. Null when no poll runs.
alter table email_mailboxes add column poll_claimed_until timestamptz;
