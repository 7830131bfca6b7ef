-- Commerce (i12): dated exchange rates, customs rules per destination market, and the
-- per-market duty rates by HS code prefix. Owned by dev.meridian.commerce.

-- One row per currency pair and day, as published (ECB: base EUR) or entered by hand.
-- A conversion on a day without a row uses the latest earlier day (weekends, holidays).
create table exchange_rate (
    base        char(3)        not null,
    quote       char(3)        not null,
    rate_date   date           not null,
    rate        numeric(30, 12) not null check (rate > 0),
    source      varchar(40)    not null,
    recorded_at timestamptz    not null default now(),
    primary key (base, quote, rate_date),
    check (base <> quote)
);

-- A market's customs and import-tax rule for a period (valid_to inclusive, null = open).
-- Amounts are in the rule's currency. origins: comma-separated ISO 3166 codes the rule is
-- limited to (e.g. Canada's CUSMA thresholds for US and MX goods); empty = any origin, and
-- an origin-specific rule wins over the general one.
create table customs_rule (
    id                        bigserial     primary key,
    code                      varchar(60)   not null unique,
    country                   char(2)       not null,
    origins                   varchar(200)  not null default '',
    valid_from                date          not null,
    valid_to                  date,
    currency                  char(3)       not null,
    duty_de_minimis           numeric(19, 4),
    tax_de_minimis            numeric(19, 4),
    tax_name                  varchar(40)   not null,
    tax_rate                  numeric(7, 5) not null check (tax_rate >= 0 and tax_rate < 1),
    seller_collects_up_to     numeric(19, 4),
    scheme                    varchar(120),
    customs_value_factor      numeric(5, 4) not null default 1 check (customs_value_factor > 0),
    shipping_in_customs_value boolean       not null,
    low_value_duty_per_line   numeric(19, 4),
    local_tax_name            varchar(80),
    local_tax_rate            numeric(7, 5),
    carrier_fee               numeric(19, 4),
    carrier_fee_name          varchar(80),
    estimate                  boolean       not null default false,
    source                    varchar(500)  not null,
    source_url                varchar(500),
    notes                     text,
    updated_at                timestamptz   not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);

create index customs_rule_country on customs_rule (country, valid_from);

-- Duty rate per market and HS code prefix (2 to 10 digits; '' = the market's default,
-- a representative rate marked as an estimate). The longest matching prefix wins.
create table customs_duty_rate (
    id          bigserial     primary key,
    country     char(2)       not null,
    hs_prefix   varchar(10)   not null default '',
    rate        numeric(7, 5) not null check (rate >= 0 and rate < 10),
    valid_from  date          not null,
    valid_to    date,
    estimate    boolean       not null,
    source      varchar(500)  not null,
    updated_at  timestamptz   not null default now(),
    unique (country, hs_prefix, valid_from),
    check (hs_prefix ~ '^([0-9]{2,10})?$'),
    check (valid_to is null or valid_to >= valid_from)
);
