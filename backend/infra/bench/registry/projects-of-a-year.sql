-- GET /api/projects?fiscalYear=…&program=…: the total, the page, and the participant and invitation counts of the
-- page's projects (ProjectService.list; Hibernate pads the id list to 16).
-- bench: select 2025 as year, 'FOOD' as program, 0 as offset, 20 as size
-- bench: select ids[least(1, cardinality(ids))] as p1, ids[least(2, cardinality(ids))] as p2, ids[least(3, cardinality(ids))] as p3, ids[least(4, cardinality(ids))] as p4, ids[least(5, cardinality(ids))] as p5, ids[least(6, cardinality(ids))] as p6, ids[least(7, cardinality(ids))] as p7, ids[least(8, cardinality(ids))] as p8, ids[least(9, cardinality(ids))] as p9, ids[least(10, cardinality(ids))] as p10, ids[least(11, cardinality(ids))] as p11, ids[least(12, cardinality(ids))] as p12, ids[least(13, cardinality(ids))] as p13, ids[least(14, cardinality(ids))] as p14, ids[least(15, cardinality(ids))] as p15, ids[least(16, cardinality(ids))] as p16 from (select array_agg(id order by id desc) as ids from (select id from project where fiscal_year = 2025 and program_code = 'FOOD' order by id desc limit 20) as page) as p
BEGIN;
select count(*) from project p1_0 where (p1_0.fiscal_year=:year) and (p1_0.program_code=:program);
select p1_0.id,p1_0.created_at,p1_0.created_by,p1_0.ends_on,p1_0.fiscal_year,p1_0.partners,p1_0.program_code,p1_0.search_key,p1_0.starts_on,p1_0.state,p1_0.title,p1_0.updated_at,p1_0.updated_by,p1_0.version from project p1_0 where (p1_0.fiscal_year=:year) and (p1_0.program_code=:program) order by p1_0.fiscal_year desc,p1_0.program_code desc,p1_0.id desc offset :offset rows fetch first :size rows only;
select p1_0.project_id,count(*) from project_firm p1_0 where p1_0.project_id in (:p1,:p2,:p3,:p4,:p5,:p6,:p7,:p8,:p9,:p10,:p11,:p12,:p13,:p14,:p15,:p16) group by p1_0.project_id;
select i1_0.project_id,count(*) from project_buyer i1_0 where i1_0.project_id in (:p1,:p2,:p3,:p4,:p5,:p6,:p7,:p8,:p9,:p10,:p11,:p12,:p13,:p14,:p15,:p16) group by i1_0.project_id;
COMMIT;
