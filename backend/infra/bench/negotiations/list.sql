-- GET /api/negotiations filtered (program, fiscal year, stage) and sorted by last change, first page of 20,
-- as a coordinator, over the 1,000,000 negotiations.
-- bench: select fiscal_year as year from negotiation where program_code = 'FOOD' group by fiscal_year order by count(*) desc, fiscal_year limit 1
BEGIN;
select count(*) from negotiation n1_0 where (n1_0.program_code='FOOD') and (n1_0.fiscal_year=:year) and (n1_0.stage='CONTINUING');
select n1_0.id,n1_0.advisor_name,n1_0.advisor_subject,n1_0.buyer_company_id,n1_0.buyer_contact_id,n1_0.closed_reason,n1_0.created_at,n1_0.created_by,n1_0.deal_amount_yen,n1_0.deal_on,n1_0.firm_id,n1_0.fiscal_year,n1_0.interest,n1_0.introduced_by_name,n1_0.introduced_by_subject,n1_0.introduced_on,n1_0.meeting_at,n1_0.meeting_place,n1_0.next_action,n1_0.next_action_on,n1_0.program_code,n1_0.project_id,n1_0.source,n1_0.stage,n1_0.stage_changed_at,n1_0.updated_at,n1_0.updated_by,n1_0.version from negotiation n1_0 where (n1_0.program_code='FOOD') and (n1_0.fiscal_year=:year) and (n1_0.stage='CONTINUING') order by n1_0.updated_at desc,n1_0.id desc offset 0 rows fetch first 20 rows only;
select id, title from project where id = any('{145,65,5,165,85,185,105,25,45,125}');
select id, trade_name from firm where id = any('{8864,6625,4705,4,8965,9544,4904,4264,8265,3785,7244,7884,8465,7604,2744,1084,9564,7165,8445,1085}');
select id, name from buyer_company where id = any('{14337,14019,17317,4198,10537,13417,9738,16077,13838,3376,18898,12116,19638,15958,13398,5239,18938,14778,6619,11677}');
COMMIT;
