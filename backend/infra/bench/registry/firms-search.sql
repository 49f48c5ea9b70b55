-- GET /api/firms?q=…: the total and the first page of the firms whose folded names contain :q (FirmService.list
-- through ListQuery, which leaves the page out when nothing matches: give :q that matches).
-- bench: select 0 as offset, 20 as size
BEGIN;
select count(*) from firm f1_0 where (f1_0.archived_at is null) and (f1_0.search_key like :q escape '\');
select f1_0.id,f1_0.address,f1_0.advisor_name,f1_0.advisor_subject,f1_0.archived_at,f1_0.chamber_member,f1_0.contact_name,f1_0.corporate_number,f1_0.created_at,f1_0.created_by,f1_0.email,f1_0.employees,f1_0.industry_code,f1_0.notes,f1_0.phone,f1_0.postal_code,f1_0.representative_name,f1_0.search_key,f1_0.trade_name,f1_0.trade_name_kana,f1_0.updated_at,f1_0.updated_by,f1_0.version from firm f1_0 where (f1_0.archived_at is null) and (f1_0.search_key like :q escape '\') order by f1_0.trade_name_kana,f1_0.id offset :offset rows fetch first :size rows only;
COMMIT;
