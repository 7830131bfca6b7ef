-- How a customer is addressed: a title (none when they asked for none, null when nobody
-- said) and how formally they prefer to be written to (DEFAULT: as their culture does).
alter table customers
    add column form_of_address varchar(10)
        constraint customers_form_of_address_check check (form_of_address in ('MS', 'MR', 'MX', 'NONE')),
    add column formality varchar(10) not null default 'DEFAULT'
        constraint customers_formality_check check (formality in ('FORMAL', 'INFORMAL', 'DEFAULT'));
