-- Targets against actuals: the dashboard counts each program's records of a fiscal year with SQL
-- aggregates (jp.iwaki.matching.kpi.Counting). These indexes let those counts read only the year's
-- rows of one program: introductions and deals by date within a program, and the projects of a
-- program and year (their participants through project_firm's primary key).

create index negotiation_program_introduced_idx on negotiation (program_code, introduced_on);
create index negotiation_program_deal_idx on negotiation (program_code, deal_on) where stage = 'WON';
create index project_program_year_idx on project (program_code, fiscal_year);
-- The advisors' table: open negotiations whose next action has passed.
create index negotiation_open_next_action_idx on negotiation (next_action_on)
    where stage in ('INTRODUCED', 'SCHEDULED', 'MET', 'CONTINUING');
