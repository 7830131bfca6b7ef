-- A help-center privacy request (export, erasure, consent choices) waits for its
-- address's owner like a held contact request: the same confirmations, without a ticket,
-- carrying what was asked.
alter table help_contact_confirmations alter column ticket_id drop not null;
alter table help_contact_confirmations add column privacy_request text;
alter table help_contact_confirmations add constraint help_contact_confirmations_about_one
    check ((ticket_id is null) <> (privacy_request is null));
