-- make bench, surveys: a FOOD survey of an open project with 30 exhibitors bringing 3 products each,
-- 2,400 invited buyer contacts (one a company) and 2,000 submitted responses, each rating 12 products,
-- written as the API writes them (survey_response, its survey_submission, and the answer rows
-- survey_answer / survey_rating the analysis aggregates). 16 of the contacts who have not answered yet
-- have links with known tokens (BenchAutosave00000000001 …16) for the autosave scenario.
-- Loaded by bench/surveys.sh once into the bench database (after db/seed/bench.sql).

begin;

insert into project (program_code, fiscal_year, title, state, starts_on, ends_on, search_key, created_by, updated_by)
values ('FOOD', extract(year from current_date - interval '3 months'), 'ベンチ アンケート 商談会', 'OPEN',
        current_date - 60, current_date + 90, 'ベンチアンケート商談会', 'bench-surveys', 'bench');

insert into firm (trade_name, trade_name_kana, industry_code, postal_code, chamber_member, search_key, created_by, updated_by)
select 'アンケート出展 ' || n, 'アンケートシュッテン ' || n, 'E', '970-8026', true,
       lower('アンケート出展' || n || 'アンケートシュッテン' || n), 'bench-surveys', 'bench'
from generate_series(1, 30) as n;

insert into product (firm_id, name, name_kana, category, price_yen, tax_included, content_volume, search_key, created_by, updated_by)
select f.id, 'アンケート商品 ' || f.id || '-' || n, 'アンケートショウヒン ' || n,
       (array['水産加工品', '菓子', '飲料'])[n], 480 + n * 120, true, '150g', lower('アンケート商品' || f.id || n), 'bench-surveys', 'bench'
from firm f cross join generate_series(1, 3) as n
where f.created_by = 'bench-surveys';

insert into project_firm (project_id, firm_id)
select p.id, f.id from project p, firm f where p.created_by = 'bench-surveys' and f.created_by = 'bench-surveys';
insert into project_firm_product (project_id, firm_id, product_id)
select pf.project_id, pf.firm_id, pr.id
from project_firm pf join product pr on pr.firm_id = pf.firm_id join project p on p.id = pf.project_id
where p.created_by = 'bench-surveys';

insert into buyer_company (name, name_kana, buyer_type, region, search_key, created_by, updated_by)
select 'アンケート商事 ' || n, 'アンケートショウジ ' || n,
       (array['SUPERMARKET', 'DEPARTMENT_STORE', 'WHOLESALER', 'TRADING_COMPANY', 'RESTAURANT', 'MANUFACTURER', 'OTHER'])[1 + n % 7],
       (array['TOKYO_AREA', 'TOKYO_AREA', 'TOKYO_AREA', 'KANTO', 'TOHOKU', 'CHUBU', 'KINKI', 'CHUGOKU_SHIKOKU', 'KYUSHU_OKINAWA'])[1 + n % 9],
       lower('アンケート商事' || n || 'アンケートショウジ' || n), 'bench-surveys', 'bench'
from generate_series(1, 2400) as n;
insert into buyer_contact (buyer_company_id, name, name_kana, email, preferred_language)
select c.id, 'アンケート 担当 ' || c.id, 'アンケート タントウ ' || c.id, 'buyer' || c.id || '@bench.example', 'ja'
from buyer_company c where c.created_by = 'bench-surveys';
insert into project_buyer (project_id, buyer_company_id)
select p.id, c.id from project p, buyer_company c where p.created_by = 'bench-surveys' and c.created_by = 'bench-surveys';

insert into survey (project_id, template_version_id, title, opens_on, closes_on, search_key, created_by, updated_by)
select p.id, v.id, 'ベンチ 需要動向調査 2000', current_date - 30, current_date + 60, 'ベンチ需要動向調査2000', 'bench-surveys', 'bench'
from project p, survey_template t join survey_template_version v on v.template_id = t.id
where p.created_by = 'bench-surveys' and t.program_code = 'FOOD' and t.shipped and v.number = 1;

-- The buyers, numbered 1 … 2,400 in the order of their companies; 1 … 2,000 have answered.
create temporary table bench_buyer on commit drop as
select row_number() over (order by c.id) as n, c.id as company_id, k.id as contact_id
from buyer_company c join buyer_contact k on k.buyer_company_id = c.id
where c.created_by = 'bench-surveys';

insert into survey_invitation (survey_id, contact_id, buyer_company_id, status, sent_at, opened_at, created_by)
select s.id, b.contact_id, b.company_id, case when b.n <= 2000 then 'SUBMITTED' else 'SENT' end,
       now() - interval '20 days', case when b.n <= 2000 then now() - interval '19 days' end, 'bench-surveys'
from survey s, bench_buyer b where s.created_by = 'bench-surveys';

insert into survey_link (invitation_id, token_hash, purpose, created_by)
select i.id, sha256(convert_to('BenchAutosave' || lpad((b.n - 2000)::text, 11, '0'), 'UTF8')), 'INVITATION', 'bench-surveys'
from survey_invitation i join bench_buyer b on b.contact_id = i.contact_id
where i.created_by = 'bench-surveys' and b.n between 2001 and 2016;

insert into survey_response (invitation_id, survey_id, template_version_id, status, submission_count, submitted_at, channel, created_at, updated_at)
select i.id, i.survey_id, s.template_version_id, 'SUBMITTED', 1, now() - interval '10 days' + b.n * interval '1 minute', 'LINK',
       now() - interval '15 days', now() - interval '10 days' + b.n * interval '1 minute'
from survey_invitation i join survey s on s.id = i.survey_id join bench_buyer b on b.contact_id = i.contact_id
where i.created_by = 'bench-surveys' and b.n <= 2000;

create temporary table bench_response on commit drop as
select b.n, r.id as response_id, r.survey_id, r.submitted_at
from survey_response r join survey_invitation i on i.id = r.invitation_id join bench_buyer b on b.contact_id = i.contact_id
where i.created_by = 'bench-surveys';

-- The answers other than the grid: every response gives the best sellers, the items wanted (one to three),
-- a quantity, a packaging and an interest; some add details and comments.
insert into survey_answer (response_id, survey_id, question_key, option_key, number_value, text_value)
select response_id, survey_id, 'bestSellers', cast(null as text), cast(null as numeric), '売れ筋は地元の干物と惣菜（' || n || '）' from bench_response
union all
select distinct response_id, survey_id, 'wantedItems',
       (array['seafood', 'agricultural', 'meat', 'confectionery', 'beverages', 'seasonings', 'deli', 'frozen', 'other'])[1 + (n * m) % 9],
       cast(null as numeric), cast(null as text)
from bench_response, generate_series(1, 3) as m where m <= 1 + n % 3
union all
select response_id, survey_id, 'wantedItemsDetail', null, null, '冷凍で日持ちする水産加工品（' || n || '）' from bench_response where n % 4 = 0
union all
select response_id, survey_id, 'requiredQuantity', null, 10 + n % 50, null from bench_response
union all
select response_id, survey_id, 'packaging', (array['individual', 'gift', 'family', 'bulk', 'any'])[1 + n % 5], null, null from bench_response
union all
select response_id, survey_id, 'interest', null, 1 + (n * 7) % 5, null from bench_response
union all
select response_id, survey_id, 'comments', null, null, '来年も参加したい（' || n || '）' from bench_response where n % 10 = 0;

-- The grid: each response rates 12 of the 90 products on the five criteria.
with products as (
    select row_number() over (order by pr.id) - 1 as k, pr.id as product_id, pr.firm_id
    from product pr where pr.created_by = 'bench-surveys'
)
insert into survey_rating (response_id, survey_id, question_key, product_id, firm_id, design, taste, price, content_volume, package,
                           comment, want_to_negotiate, consent_to_be_named)
select r.response_id, r.survey_id, 'productRatings', p.product_id, p.firm_id,
       1 + (r.n + j) % 5, 1 + (r.n * 3 + j) % 5, 1 + (r.n + j * 2) % 5, 1 + (r.n * 7 + j) % 5, 1 + (r.n + j * 3) % 5,
       case when (r.n + j) % 9 = 0 then '味は良いが価格がやや高い（' || r.n || '）' end,
       (r.n * (j + 1)) % 11 = 0, r.n % 3 = 0
from bench_response r cross join generate_series(0, 11) as j join products p on p.k = (r.n + j * 7) % 90;

-- Each response's one submission: the same answers as a document, as the API keeps them.
insert into survey_submission (response_id, number, template_version_id, answers, channel, submitted_at)
select r.response_id, 1, s.template_version_id,
       (select jsonb_object_agg(question_key, answer) from (
            select question_key, case
                when question_key = 'wantedItems' then jsonb_build_object('choices', jsonb_agg(option_key order by option_key))
                when bool_or(option_key is not null) then jsonb_build_object('choice', min(option_key))
                when bool_or(number_value is not null) then jsonb_build_object('number', min(number_value))
                else jsonb_build_object('text', min(text_value)) end as answer
            from survey_answer a where a.response_id = r.response_id group by question_key
            union all
            select 'productRatings', jsonb_build_object('ratings', jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                'productId', g.product_id, 'design', g.design, 'taste', g.taste, 'price', g.price, 'contentVolume', g.content_volume,
                'package', g.package, 'comment', g.comment, 'wantToNegotiate', g.want_to_negotiate,
                'consentToBeNamed', g.consent_to_be_named)) order by g.product_id))
            from survey_rating g where g.response_id = r.response_id
        ) as answers),
       'LINK', r.submitted_at
from bench_response r join survey s on s.id = r.survey_id;

commit;

analyze survey;
analyze survey_invitation;
analyze survey_link;
analyze survey_response;
analyze survey_submission;
analyze survey_answer;
analyze survey_rating;
analyze buyer_company;
analyze buyer_contact;
