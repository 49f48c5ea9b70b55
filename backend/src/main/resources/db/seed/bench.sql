-- make bench only (profile bench, loaded once by SeedData): 100,000 synthetic firms, so that search and paging are
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

analyze firm;
