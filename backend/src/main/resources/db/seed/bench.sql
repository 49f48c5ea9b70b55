-- make bench only (profile bench, loaded once by SeedData): 100,000 synthetic firms and products, so that search and paging are
-- measured at the size the registry must handle. Names are ASCII/katakana, already in the
-- folded form, so the search key can be built here as the application would build it.
insert into firm (trade_name, trade_name_kana, industry_code, postal_code, chamber_member,
                  search_key, created_by, updated_by, employees)
select name, kana, (array['E','I','M','D','R'])[1 + n % 5], '970-' || lpad((n % 10000)::text, 4, '0'),
       n % 3 <> 0, lower(replace(name || kana, ' ', '')), 'bench', 'bench', n % 300
from (
    select n,
           (array['イワキ', 'タイラ', 'オナハマ', 'ヨツクラ', 'ナコソ', 'ウチゴウ', 'ジョウバン', 'トウキョウ'])[1 + n % 8]
               || (array['ショクヒン', 'セイサクショ', 'スイサン', 'コウギョウ', 'ショウテン'])[1 + (n / 8) % 5]
               || ' ' || n as kana,
           'ベンチ' || (array['食品', '製作所', '水産', '工業', '商店'])[1 + (n / 8) % 5] || ' ' || n as name
    from generate_series(1, 100000) as n
) as synthetic;

-- 100,000 products, one for each firm, and 200 projects over five fiscal years.
insert into product (firm_id, name, name_kana, category, price_yen, tax_included, search_key, created_by, updated_by)
select f.id, p.name, p.kana, p.category, 300 + (f.id % 50) * 60, true, lower(replace(p.name || p.kana || p.category, ' ', '')), 'bench', 'bench'
from firm f
cross join lateral (
    select (array['サンマ', 'メヒカリ', 'カマボコ', 'トマト', 'ユズ', 'ミソ', 'ソバ', 'サケ'])[1 + f.id::int % 8] || ' ' || f.id as kana,
           'ベンチ' || (array['干物', '唐揚げ', '練り物', 'ジュース', 'ジャム', '味噌', '麺', '酒'])[1 + f.id::int % 8] || ' ' || f.id as name,
           (array['水産加工品', '水産加工品', '水産練り製品', '飲料', '菓子', '調味料', '麺類', '酒類'])[1 + f.id::int % 8] as category
) as p
where f.created_by = 'bench';

insert into project (program_code, fiscal_year, title, state, search_key, created_by, updated_by)
select (array['MANUFACTURING', 'FOOD', 'TRADE_SHOW', 'IT_PROMOTION'])[1 + n % 4], 2025 + n % 5, 'ベンチ プロジェクト ' || n,
       (array['PLANNING', 'OPEN', 'CLOSED'])[1 + n % 3], lower('ベンチプロジェクト' || n), 'bench', 'bench'
from generate_series(1, 200) as n;

-- The buyer's catalogue (make bench logs in as the demo realm's buyer, whose user id is fixed): its company is
-- invited to an open project with 30 exhibitors bringing 3 products each, a closed one with 5 exhibitors, and
-- one still being planned, which the catalogue does not show.
insert into buyer_company (name, name_kana, buyer_type, region, search_key, created_by, updated_by)
values ('ベンチ商事株式会社', 'ベンチショウジ', 'WHOLESALER', 'TOKYO_AREA', 'ベンチ商事株式会社ベンチショウジ', 'bench', 'bench');
insert into buyer_contact (buyer_company_id, name, name_kana, login_subject)
select id, 'ベンチ バイヤー', 'ベンチ バイヤー', '3f1c2a4e-7b21-4d8e-9a55-0c6e1b7d2f01' from buyer_company where created_by = 'bench';

insert into project (program_code, fiscal_year, title, state, starts_on, ends_on, partners, search_key, created_by, updated_by)
values ('FOOD', 2025, 'ベンチ カタログ 商談会', 'OPEN', '2025-06-01', '2026-02-27', '{いわき観光まちづくりビューロー}', 'ベンチカタログ商談会', 'bench-catalogue', 'bench'),
       ('TRADE_SHOW', 2025, 'ベンチ カタログ 展示会', 'CLOSED', '2025-04-15', '2025-09-30', '{}', 'ベンチカタログ展示会', 'bench-catalogue', 'bench'),
       ('TRADE_SHOW', 2026, 'ベンチ カタログ 企画中', 'PLANNING', null, null, '{}', 'ベンチカタログ企画中', 'bench-catalogue', 'bench');
insert into project_event (project_id, held_on, venue, capacity)
select id, date '2025-11-12', 'いわき産業創造館', 25 from project where created_by = 'bench-catalogue' and state = 'OPEN'
union all
select id, date '2026-01-21', 'いわき産業創造館（試食会）', 15 from project where created_by = 'bench-catalogue' and state = 'OPEN';
insert into project_buyer (project_id, buyer_company_id)
select p.id, c.id from project p, buyer_company c where p.created_by = 'bench-catalogue' and c.created_by = 'bench';

insert into firm (trade_name, trade_name_kana, industry_code, postal_code, address, chamber_member, search_key, created_by, updated_by)
select 'カタログ出展 ' || n, 'カタログシュッテン ' || n, 'E', '970-8026', '福島県いわき市平字田町' || n, true,
       lower('カタログ出展' || n || 'カタログシュッテン' || n), 'bench-catalogue', 'bench'
from generate_series(1, 30) as n;
insert into product (firm_id, name, name_kana, category, description, price_yen, tax_included, content_volume, search_key, created_by, updated_by)
select f.id, 'カタログ商品 ' || f.id || '-' || n, 'カタログショウヒン ' || n, '水産加工品', 'いわき沖で獲れた魚を使った干物', 540 + n * 100, true,
       '120g', lower('カタログ商品' || f.id || n), 'bench-catalogue', 'bench'
from firm f cross join generate_series(1, 3) as n
where f.created_by = 'bench-catalogue';
insert into project_firm (project_id, firm_id)
select p.id, f.id from project p, firm f
where p.created_by = 'bench-catalogue' and f.created_by = 'bench-catalogue'
  and (p.state = 'OPEN' or f.trade_name in ('カタログ出展 1', 'カタログ出展 2', 'カタログ出展 3', 'カタログ出展 4', 'カタログ出展 5'));
insert into project_firm_product (project_id, firm_id, product_id)
select pf.project_id, pf.firm_id, pr.id from project_firm pf join product pr on pr.firm_id = pf.firm_id
join project p on p.id = pf.project_id and p.created_by = 'bench-catalogue';

analyze firm;
analyze product;
analyze project;
analyze project_firm;
analyze project_firm_product;
analyze project_buyer;
analyze buyer_contact;
