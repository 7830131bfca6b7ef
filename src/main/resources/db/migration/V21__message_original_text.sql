-- A reply written in the agent's language and sent translated keeps both texts: body_text
-- is what the customer got, original_text what the agent wrote, in original_language,
-- translated by translation_engine.
alter table messages add column original_text text;
alter table messages add column original_language varchar(35);
alter table messages add column translation_engine varchar(40);
