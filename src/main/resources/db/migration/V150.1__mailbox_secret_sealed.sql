-- Secrets at rest (issue 16): a mailbox's password or OAuth token is stored sealed with
-- AES-GCM under MERIDIAN_SECRETS_KEY. Rows written before are plaintext until the server's
-- start-up step seals them; this flag says which is which (a password may look like
-- anything, so the value itself cannot tell).
alter table email_mailboxes add column secret_sealed boolean not null default false;
