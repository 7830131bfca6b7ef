-- How sure language detection was about a message's language (0..1); null when the
-- language was declared by the sender or not detected.
alter table messages add column language_confidence double precision;
