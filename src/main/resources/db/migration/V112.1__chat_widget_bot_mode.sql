-- Live chat (channels.chat), i14-chatbot: when the bot answers a market's visitors.
-- off, always (first responder) or unstaffed (only while nobody who reads the visitor's
-- language is on shift). Off until a market turns it on: a shop checks its help center first.
alter table chat_widget_settings add column bot_mode varchar(12) not null default 'off';
