-- A formal and an informal translation of the same text are different translations
-- (DeepL's formality): the memory keeps them apart. Existing entries were made without
-- asking for a formality, which is what DEFAULT means.
alter table translation_memory
    add column formality varchar(10) not null default 'DEFAULT'
        constraint translation_memory_formality_check check (formality in ('FORMAL', 'INFORMAL', 'DEFAULT'));
alter table translation_memory drop constraint translation_memory_key;
alter table translation_memory
    add constraint translation_memory_key unique (source_sha256, source_language, target_language, formality);
