-- The four support programs of the Business Development Support Plan (経営発達支援計画,
-- section 8 (4)) and their targets: a baseline (現行) and one target per fiscal year.

create table program (
    code           text primary key
                   check (code in ('MANUFACTURING', 'FOOD', 'TRADE_SHOW', 'IT_PROMOTION')),
    name_ja        text not null check (char_length(name_ja) between 1 and 100),
    name_en        text not null check (char_length(name_en) between 1 and 100),
    description_ja text not null default '' check (char_length(description_ja) <= 2000),
    description_en text not null default '' check (char_length(description_en) <= 2000),
    sort_order     integer not null unique,
    version        bigint not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text
);

create table program_target (
    id           bigint generated always as identity primary key,
    program_code text not null references program (code),
    metric       text not null
                 check (metric in ('SUPPORTED_FIRMS', 'INTRODUCTIONS', 'DEALS', 'EXHIBITORS', 'NEW_TRADING_PARTNERS')),
    unit         text not null check (unit in ('FIRMS', 'CASES')),
    baseline     integer not null check (baseline between 0 and 100000),
    sort_order   integer not null,
    unique (program_code, metric),
    unique (program_code, sort_order)
);

create table program_yearly_target (
    program_target_id bigint not null references program_target (id) on delete cascade,
    fiscal_year       integer not null check (fiscal_year between 2000 and 2100),
    target_value      integer not null check (target_value between 0 and 100000),
    primary key (program_target_id, fiscal_year)
);

insert into program (code, name_ja, name_en, description_ja, description_en, sort_order) values
('MANUFACTURING', 'ものづくり企業個別支援プロジェクト', 'Manufacturing firm support project',
 '経営支援NPOクラブと連携し、技術・製品の磨き上げ、首都圏の販路開拓先の選定、事前交渉を経て商談の場を設定する（BtoB）。',
 'With the NPO of former large-company staff: brush up technology and products, select Tokyo-area partners, pre-negotiate and set up meetings (BtoB).', 1),
('FOOD', 'メイド in いわき食の販路開拓個別支援プロジェクト', 'Made in Iwaki food sales support project',
 'いわき観光まちづくりビューローと連携し、専門家による勉強会、商品開発、バイヤー約25名を招いた商談会を開催する。',
 'With the tourism bureau: expert workshops, product development and a trade meeting with about 25 invited buyers.', 2),
('TRADE_SHOW', '他地域商談会への出展支援', 'Support for exhibiting at external trade shows',
 'スーパーマーケット・トレードショー、東北復興水産加工品展示商談会への出展を支援し、経営指導員が継続商談を成約までフォローする。',
 'About 20 firms a year exhibit at large external shows; an advisor follows the continuing negotiations to deals.', 3),
('IT_PROMOTION', 'ITを活用した情報発信と販路開拓支援', 'IT-based promotion and sales channel support',
 'ITコンサルタント等と連携し、webサイト・SNS・アクセス解析・SEO、業務省力化のセミナーと専門家派遣、経営指導員の伴走支援を行う（BtoB、BtoC）。',
 'With IT consultants: seminars on web sites, SNS, analytics, SEO and labour saving, then expert dispatch and advisor follow-up (BtoB and BtoC).', 4);

-- 現行 and R7–R11 as in the plan's target table. The plan writes the food deals as
-- 8 件 in the baseline and 8 社 in the years; they count deals, so the unit is CASES.
insert into program_target (program_code, metric, unit, baseline, sort_order) values
('MANUFACTURING', 'SUPPORTED_FIRMS', 'FIRMS', 5, 1),
('MANUFACTURING', 'INTRODUCTIONS', 'FIRMS', 10, 2),
('MANUFACTURING', 'DEALS', 'CASES', 1, 3),
('FOOD', 'SUPPORTED_FIRMS', 'FIRMS', 8, 1),
('FOOD', 'DEALS', 'CASES', 8, 2),
('TRADE_SHOW', 'EXHIBITORS', 'FIRMS', 20, 1),
('TRADE_SHOW', 'NEW_TRADING_PARTNERS', 'CASES', 5, 2),
('IT_PROMOTION', 'SUPPORTED_FIRMS', 'FIRMS', 15, 1);

insert into program_yearly_target (program_target_id, fiscal_year, target_value)
select t.id, fy, t.baseline
from program_target t cross join generate_series(2025, 2029) as fy;
