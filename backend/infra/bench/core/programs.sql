-- GET /api/programs: the four programs, their targets and yearly values (batch fetches by id).
-- bench: select (select array_agg(code order by sort_order) from program)::text as programs, (select array_agg(id order by id) from program_target)::text as targets
BEGIN;
select p1_0.code,p1_0.description_en,p1_0.description_ja,p1_0.name_en,p1_0.name_ja,p1_0.sort_order,p1_0.updated_at,p1_0.updated_by,p1_0.version from program p1_0 order by p1_0.sort_order;
select t1_0.program_code,t1_0.id,t1_0.baseline,t1_0.metric,t1_0.sort_order,t1_0.unit from program_target t1_0 where t1_0.program_code = any (:programs) order by t1_0.sort_order;
select y1_0.program_target_id,y1_0.fiscal_year,y1_0.target_value from program_yearly_target y1_0 where y1_0.program_target_id = any (:targets);
COMMIT;
