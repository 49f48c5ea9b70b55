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

analyze firm;
analyze product;
analyze project;
