-- Buyer companies (バイヤー企業/販路先企業) and their contacts become full registry records.

alter table buyer_company
    add column buyer_type  text not null default 'OTHER'
        check (buyer_type in ('SUPERMARKET', 'DEPARTMENT_STORE', 'WHOLESALER', 'TRADING_COMPANY', 'RESTAURANT', 'MANUFACTURER', 'OTHER')),
    add column region      text not null default 'TOKYO_AREA'
        check (region in ('HOKKAIDO', 'TOHOKU', 'TOKYO_AREA', 'KANTO', 'CHUBU', 'KINKI', 'CHUGOKU_SHIKOKU', 'KYUSHU_OKINAWA', 'OVERSEAS')),
    add column postal_code text check (postal_code ~ '^[0-9]{3}-[0-9]{4}$'),
    add column address     text check (char_length(address) <= 300),
    add column phone       text check (char_length(phone) <= 20),
    add column notes       text check (char_length(notes) <= 4000),
    add column search_key  text not null default '',
    add column archived_at timestamptz,
    add column created_by  text not null default 'system',
    add column updated_at  timestamptz not null default now(),
    add column updated_by  text not null default 'system';

alter table buyer_company alter column buyer_type drop default, alter column region drop default;

alter table buyer_contact
    add column department text check (char_length(department) <= 100),
    add column phone      text check (char_length(phone) <= 20),
    add column updated_at timestamptz not null default now();

update buyer_company set search_key = lower(replace(name || name_kana, ' ', ''));

create index buyer_company_search_key_trgm on buyer_company using gin (search_key gin_trgm_ops);
create index buyer_company_active_kana_idx on buyer_company (name_kana, id) where archived_at is null;
