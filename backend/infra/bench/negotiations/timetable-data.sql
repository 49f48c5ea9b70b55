-- make bench, negotiations: 16 trade meetings (one for each of the load's connections, so that no two
-- generations of one timetable overlap), each with 20 exhibitors bringing 3 products and 25 invited buyer
-- companies picking 3 products each (75 picks of 20 firms), for the timetable generation scenario.
-- Loaded by bench/negotiations.sh once into the bench database (after db/seed/bench.sql).

begin;

insert into project (program_code, fiscal_year, title, state, starts_on, ends_on, search_key, created_by, updated_by)
select 'FOOD', extract(year from current_date - interval '3 months'), 'ベンチ 時間割 商談会 ' || n, 'OPEN',
       current_date + 30, current_date + 31, 'ベンチ時間割商談会' || n, 'bench-timetable', 'bench'
from generate_series(1, 16) as n;
insert into project_event (project_id, held_on, venue, capacity)
select p.id, current_date + 30, 'いわき産業創造館', 200 from project p where p.created_by = 'bench-timetable';

insert into firm (trade_name, trade_name_kana, industry_code, postal_code, chamber_member, search_key, created_by, updated_by)
select '時間割出展 ' || n, 'ジカンワリシュッテン ' || n, 'E', '970-8026', true,
       lower('時間割出展' || n || 'ジカンワリシュッテン' || n), 'bench-timetable', 'bench'
from generate_series(1, 20) as n;
insert into product (firm_id, name, name_kana, category, price_yen, tax_included, content_volume, search_key, created_by, updated_by)
select f.id, '時間割商品 ' || f.id || '-' || n, 'ジカンワリショウヒン ' || n, '水産加工品', 500 + n * 100, true, '150g',
       lower('時間割商品' || f.id || n), 'bench-timetable', 'bench'
from firm f cross join generate_series(1, 3) as n
where f.created_by = 'bench-timetable';
insert into project_firm (project_id, firm_id)
select p.id, f.id from project p, firm f where p.created_by = 'bench-timetable' and f.created_by = 'bench-timetable';
insert into project_firm_product (project_id, firm_id, product_id)
select pf.project_id, pf.firm_id, pr.id
from project_firm pf join product pr on pr.firm_id = pf.firm_id join project p on p.id = pf.project_id
where p.created_by = 'bench-timetable';

insert into buyer_company (name, name_kana, buyer_type, region, search_key, created_by, updated_by)
select '時間割商事 ' || n, 'ジカンワリショウジ ' || n, 'SUPERMARKET', 'TOKYO_AREA',
       lower('時間割商事' || n || 'ジカンワリショウジ' || n), 'bench-timetable', 'bench'
from generate_series(1, 25) as n;
insert into project_buyer (project_id, buyer_company_id)
select p.id, c.id from project p, buyer_company c where p.created_by = 'bench-timetable' and c.created_by = 'bench-timetable';

-- Buyer b (1 … 25) picks one product of each of the firms b, b + 7 and b + 14 (mod 20): 3 picks of 3 firms,
-- every firm picked by 3 or 4 buyers.
create temporary table bench_tt_buyer on commit drop as
select row_number() over (order by c.id) - 1 as b, c.id from buyer_company c where c.created_by = 'bench-timetable';
create temporary table bench_tt_firm on commit drop as
select row_number() over (order by f.id) - 1 as f, f.id, (select min(pr.id) from product pr where pr.firm_id = f.id) as product_id
from firm f where f.created_by = 'bench-timetable';
insert into buyer_pick (project_id, buyer_company_id, firm_id, product_id, picked_by)
select p.id, b.id, f.id, f.product_id, 'bench'
from project p cross join bench_tt_buyer b cross join generate_series(0, 2) as k
join bench_tt_firm f on f.f = (b.b + k * 7) % 20
where p.created_by = 'bench-timetable';

commit;
