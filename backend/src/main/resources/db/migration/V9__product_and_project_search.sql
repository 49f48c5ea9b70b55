-- The product list across every firm and the project list are searched like the firm list:
-- a folded search key (NFKC, katakana, lower case, no spaces; set by the application) on a
-- trigram index, and indexes in the orders the lists sort by.
alter table product add column search_key text not null default '';
update product set search_key = lower(translate(
        regexp_replace(normalize(name || name_kana || coalesce(category, ''), NFKC), '\s', '', 'g'),
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'));
create index product_search_key_trgm on product using gin (search_key gin_trgm_ops);
create index product_active_kana_idx on product (name_kana, id) where archived_at is null;
create index product_active_updated_idx on product (updated_at desc, id desc) where archived_at is null;

alter table project add column search_key text not null default '';
update project set search_key = lower(translate(regexp_replace(normalize(title, NFKC), '\s', '', 'g'),
        'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ',
        'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ'));
create index project_search_key_trgm on project using gin (search_key gin_trgm_ops);

-- "Which projects does this firm take part in / is this company invited to" from their pages.
-- project_firm (firm_id) and project_buyer (buyer_company_id) are indexed since V8.
