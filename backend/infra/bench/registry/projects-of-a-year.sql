-- GET /api/projects?fiscalYear=…&program=…: the total, the page, and the participant and invitation counts of the
-- page's projects (ProjectService.list; Hibernate pads the id list to 16).
BEGIN;
select count(*) from project p1_0 where (p1_0.fiscal_year=:year) and (p1_0.program_code=:program);
select p1_0.id,p1_0.created_at,p1_0.created_by,p1_0.ends_on,p1_0.fiscal_year,p1_0.partners,p1_0.program_code,p1_0.search_key,p1_0.starts_on,p1_0.state,p1_0.title,p1_0.updated_at,p1_0.updated_by,p1_0.version from project p1_0 where (p1_0.fiscal_year=:year) and (p1_0.program_code=:program) order by p1_0.fiscal_year desc,p1_0.program_code desc,p1_0.id desc offset :offset rows fetch first :size rows only;
select p1_0.project_id,count(*) from project_firm p1_0 where p1_0.project_id in (:p1,:p2,:p3,:p4,:p5,:p6,:p7,:p8,:p9,:p10,:p11,:p12,:p13,:p14,:p15,:p16) group by p1_0.project_id;
select i1_0.project_id,count(*) from project_buyer i1_0 where i1_0.project_id in (:p1,:p2,:p3,:p4,:p5,:p6,:p7,:p8,:p9,:p10,:p11,:p12,:p13,:p14,:p15,:p16) group by i1_0.project_id;
COMMIT;
