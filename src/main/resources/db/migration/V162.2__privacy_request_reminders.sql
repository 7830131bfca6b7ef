-- Privacy (issue 16): when an open request was first seen due soon and overdue, so the
-- reminder says so once.
alter table privacy_requests add column due_soon_flagged_at timestamptz;
alter table privacy_requests add column overdue_flagged_at timestamptz;
create index privacy_requests_open_due_idx on privacy_requests (due_at) where status = 'open';
