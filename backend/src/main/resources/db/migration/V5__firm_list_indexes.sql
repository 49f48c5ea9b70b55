-- Lists show active firms by default: partial indexes in the orders the lists sort by,
-- so that a page is read in index order instead of sorting every active firm.
drop index firm_kana_idx;
drop index firm_updated_idx;
create index firm_active_kana_idx on firm (trade_name_kana, id) where archived_at is null;
create index firm_active_updated_idx on firm (updated_at desc, id desc) where archived_at is null;
create index firm_kana_idx on firm (trade_name_kana, id);
