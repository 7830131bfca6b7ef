-- The chat's bot (channels.chatbot): a market's own confidence threshold, where its
-- articles or languages call for more (or less) caution than meridian.bot.answer-threshold.
-- A market without a row uses the setting.
create table bot_market_thresholds (
    market           varchar(2)   primary key,
    answer_threshold numeric(4,3) not null check (answer_threshold >= 0 and answer_threshold <= 1),
    updated_at       timestamptz  not null
);
