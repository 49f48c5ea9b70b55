-- The column mapping each user last gave each import: the next file of the same office is
-- proposed the same way. Per user, so that one coordinator's habits do not change another's.
create table import_mapping (
    user_subject text not null,
    kind         text not null check (kind in ('firms', 'products', 'buyer-companies')),
    -- {"<header as in the file>": "<field>" or null for a column left out}
    columns      jsonb not null check (jsonb_typeof(columns) = 'object'),
    -- {"<field>": "<the value given for every row>"}
    constants    jsonb not null check (jsonb_typeof(constants) = 'object'),
    updated_at   timestamptz not null default now(),
    primary key (user_subject, kind)
);
