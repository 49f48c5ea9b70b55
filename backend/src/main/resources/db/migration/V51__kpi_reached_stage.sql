-- Targets against actuals: the funnel counts a year's introductions by the furthest stage of the funnel each
-- reached (now or in its history). Asked of the history with a subquery per negotiation, 200,000 introductions
-- a year took seconds; the negotiation keeps that stage's rank instead, kept by triggers from every stage it
-- is given (insert or update) and every stage event written (statement-level, so a COPY of many events updates
-- each negotiation once). Ranks: INTRODUCED 1, SCHEDULED 2, MET 3, CONTINUING 4, WON 5; LOST and WITHDRAWN 0.

create function negotiation_stage_rank(stage text) returns smallint
    language sql immutable parallel safe
    return case stage when 'INTRODUCED' then 1 when 'SCHEDULED' then 2 when 'MET' then 3
                      when 'CONTINUING' then 4 when 'WON' then 5 else 0 end;

alter table negotiation add column reached_rank smallint not null default 0;

update negotiation n
   set reached_rank = greatest(negotiation_stage_rank(n.stage),
                               coalesce((select max(negotiation_stage_rank(e.to_stage)) from negotiation_event e
                                          where e.negotiation_id = n.id), 0));

create function negotiation_reached_from_stage() returns trigger language plpgsql as $$
begin
    new.reached_rank := greatest(coalesce(new.reached_rank, 0), negotiation_stage_rank(new.stage));
    return new;
end
$$;

create trigger negotiation_reached_stage before insert or update on negotiation
    for each row execute function negotiation_reached_from_stage();

create function negotiation_reached_from_events() returns trigger language plpgsql as $$
begin
    update negotiation n
       set reached_rank = e.rank
      from (select negotiation_id, max(negotiation_stage_rank(to_stage)) as rank from written group by negotiation_id) e
     where n.id = e.negotiation_id and n.reached_rank < e.rank;
    return null;
end
$$;

create trigger negotiation_event_reached after insert on negotiation_event
    referencing new table as written for each statement execute function negotiation_reached_from_events();

-- The funnel and the advisors' table read a year's introductions by date with their reached stage and owner,
-- and deals and overdue next actions with their owner, from the index alone.
create index negotiation_introduced_reached_idx on negotiation (introduced_on, reached_rank)
    include (program_code, advisor_subject, advisor_name);
create index negotiation_deal_owner_idx on negotiation (deal_on) include (program_code, advisor_subject, advisor_name)
    where stage = 'WON';
drop index negotiation_open_next_action_idx;
create index negotiation_open_next_action_idx on negotiation (next_action_on) include (program_code, advisor_subject, advisor_name)
    where stage in ('INTRODUCED', 'SCHEDULED', 'MET', 'CONTINUING');

-- The advisors' table groups each figure's records by their owner: the view of won negotiations names it too.
create or replace view won_negotiation as
select n.id, n.project_id, n.program_code, n.fiscal_year, n.firm_id, n.buyer_company_id, n.advisor_subject,
       n.deal_on, n.deal_amount_yen,
       not exists (select 1 from negotiation e
                   where e.firm_id = n.firm_id and e.buyer_company_id = n.buyer_company_id and e.stage = 'WON'
                     and (e.deal_on < n.deal_on or (e.deal_on = n.deal_on and e.id < n.id))) as new_trading_partner,
       n.advisor_name
from negotiation n
where n.stage = 'WON';
